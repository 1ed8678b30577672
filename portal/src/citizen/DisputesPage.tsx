import { DISPUTE_REASONS, type Dispute, type DisputeCreated, type DisputeReason, type DisputeRequest, type MeResponse } from '@qorgau/shared';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatDate } from '../format';
import { ApiProblem, citizenApi, useCitizenApi } from './api';
import { FieldError } from './forms';
import { LoadedView, ProblemMessage, useCitizen } from './ui';

/** The person's disputes with their outcome, and the form to dispute a breach (`?breach=<id>`, from its card). */
export const DisputesPage = () => {
  const { token, lang, t } = useCitizen();
  const [searchParams, setSearchParams] = useSearchParams();
  const breachId = searchParams.get('breach');
  const [disputes, reload] = useCitizenApi<Dispute[]>(token, lang, '/me/disputes');
  const [created, setCreated] = useState(false);
  return (
    <section aria-labelledby="disputes-title">
      <h1 id="disputes-title">{t.disputes.title}</h1>
      <p>{t.disputes.lead}</p>
      {breachId && (
        <DisputeForm
          breachId={breachId}
          onCreated={() => {
            setCreated(true);
            setSearchParams({});
            reload();
          }}
        />
      )}
      {created && (
        <p className="citizen-success" role="status">
          {t.disputes.created}
        </p>
      )}
      <LoadedView loaded={disputes}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t.disputes.none}</p>
          ) : (
            <ul className="disputes">
              {rows.map((dispute) => (
                <li key={dispute.id} className={`card dispute dispute-${dispute.status}`}>
                  <h2>
                    {dispute.breachTitle} — <span className="badge">{t.disputes.status[dispute.status]}</span>
                  </h2>
                  <p className="muted">
                    {dispute.companyName} · {t.disputes.filed} {formatDate(lang, dispute.createdAt)} · {t.disputes.reasons[dispute.reason]}
                  </p>
                  <p>{dispute.text}</p>
                  {dispute.decisionReason && (
                    <p>
                      <strong>{t.disputes.decision}:</strong> {dispute.decisionReason}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
};

const DisputeForm = ({ breachId, onCreated }: { breachId: string; onCreated: () => void }) => {
  const { token, lang, t } = useCitizen();
  const [me] = useCitizenApi<MeResponse>(token, lang, '/me');
  const [reason, setReason] = useState<DisputeReason>('not_mine');
  const [problem, setProblem] = useState<ApiProblem | null | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request: DisputeRequest = { breachId, reason, text: String(new FormData(event.currentTarget).get('text') ?? '') };
    citizenApi<DisputeCreated>(token, lang, 'POST', '/me/disputes', request).then(onCreated, (error: unknown) =>
      setProblem(error instanceof ApiProblem ? error : null),
    );
  };
  const errors = problem?.errors ?? {};
  return (
    <LoadedView loaded={me}>
      {(data) => {
        const breach = data.exposures.find((exposure) => exposure.breach.id === breachId)?.breach;
        return (
          <form className="citizen-form card" onSubmit={submit} aria-labelledby="dispute-form-title">
            <h2 id="dispute-form-title">{t.disputes.formTitle(breach ? `${breach.title} (${breach.company.name})` : breachId)}</h2>
            <fieldset>
              <legend>{t.disputes.reasonLegend}</legend>
              {DISPUTE_REASONS.map((value) => (
                <label className="choice" key={value}>
                  <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
                  <span>{t.disputes.reasons[value]}</span>
                </label>
              ))}
              <FieldError errors={errors} field="reason" />
            </fieldset>
            <label htmlFor="dispute-text">{t.disputes.text}</label>
            <textarea id="dispute-text" name="text" rows={4} maxLength={2000} />
            <FieldError errors={errors} field="text" />
            {problem !== undefined && <ProblemMessage problem={problem} />}
            <button type="submit" className="button button-primary">
              {t.disputes.submit}
            </button>
          </form>
        );
      }}
    </LoadedView>
  );
};
