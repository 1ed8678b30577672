import type { LiftCreated, LiftKind, LiftRequest } from '@qorgau/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiProblem, citizenApi } from './api';
import { FieldError, fromLocalInput } from './forms';
import { formatSeconds, ProblemMessage, ScamWarning, useCitizen } from './ui';

type Scope = 'all' | 'bank' | 'mfo' | 'lender';

/**
 * The guided request for a lift: which kind (temporary with dates, or permanent), for which
 * lenders, then the cooling-off and the scam warning, and an explicit "nobody is asking me".
 */
export const LiftForm = () => {
  const { token, lang, t, coolingOffSeconds } = useCitizen();
  const navigate = useNavigate();
  const [kind, setKind] = useState<LiftKind>('temporary');
  const [scope, setScope] = useState<Scope>('all');
  const [problem, setProblem] = useState<ApiProblem | null | undefined>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const request: LiftRequest = { kind };
    if (kind === 'temporary') {
      if (text('from')) request.from = fromLocalInput(text('from'));
      request.until = fromLocalInput(text('until'));
    }
    if (scope === 'bank' || scope === 'mfo') request.lenderKind = scope;
    if (scope === 'lender') request.lenderBin = text('lenderBin');
    citizenApi<LiftCreated>(token, lang, 'POST', '/me/lifts', request).then(
      () => navigate('/me/lifts', { state: { created: true } }),
      (error: unknown) => setProblem(error instanceof ApiProblem ? error : null),
    );
  };
  const errors = problem?.errors ?? {};

  return (
    <section aria-labelledby="lift-form-title">
      <h1 id="lift-form-title">{t.lifts.formTitle}</h1>
      <ScamWarning lang={lang} title={t.scamTitle} />
      <form className="citizen-form" onSubmit={submit} noValidate={false}>
        <fieldset>
          <legend>{t.lifts.kindLegend}</legend>
          <label className="choice">
            <input type="radio" name="kind" value="temporary" checked={kind === 'temporary'} onChange={() => setKind('temporary')} />
            <span>
              <strong>{t.lifts.kindTemporary}</strong> — {t.lifts.temporaryHint}
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="permanent" checked={kind === 'permanent'} onChange={() => setKind('permanent')} />
            <span>
              <strong>{t.lifts.kindPermanent}</strong> — {t.lifts.permanentHint}
            </span>
          </label>
          <FieldError errors={errors} field="kind" />
        </fieldset>
        {kind === 'temporary' && (
          <div className="dates">
            <div>
              <label htmlFor="lift-from">{t.lifts.from}</label>
              <input id="lift-from" name="from" type="datetime-local" aria-describedby="lift-from-hint" />
              <p id="lift-from-hint" className="muted">
                {t.lifts.fromHint}
              </p>
              <FieldError errors={errors} field="from" />
            </div>
            <div>
              <label htmlFor="lift-until">{t.lifts.until}</label>
              <input id="lift-until" name="until" type="datetime-local" required />
              <FieldError errors={errors} field="until" />
            </div>
          </div>
        )}
        <fieldset>
          <legend>{t.lifts.scopeLegend}</legend>
          {(
            [
              ['all', t.lifts.scopeAll],
              ['bank', t.lifts.scopeBank],
              ['mfo', t.lifts.scopeMfo],
              ['lender', t.lifts.scopeLender('…')],
            ] as const
          ).map(([value, label]) => (
            <label className="choice" key={value}>
              <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
              <span>{label}</span>
            </label>
          ))}
          {scope === 'lender' && (
            <div>
              <label htmlFor="lift-bin">{t.lifts.lenderBin}</label>
              <input id="lift-bin" name="lenderBin" inputMode="numeric" maxLength={12} required />
              <FieldError errors={errors} field="lenderBin" />
            </div>
          )}
          <FieldError errors={errors} field="lenderKind" />
        </fieldset>
        <p className="cooling-off">{t.lifts.coolingOff(formatSeconds(lang, coolingOffSeconds))}</p>
        <label className="choice confirm">
          <input type="checkbox" name="confirm" required />
          <span>{t.lifts.confirm}</span>
        </label>
        {problem !== undefined && <ProblemMessage problem={problem} />}
        <button type="submit" className="button button-primary">
          {t.lifts.submit}
        </button>
      </form>
    </section>
  );
};
