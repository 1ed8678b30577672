import type { Lift, MeResponse } from '@qorgau/shared';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiProblem, citizenApi, useCitizenApi } from './api';
import type { CitizenMessages } from './messages';
import { Countdown, LoadedView, ProblemMessage, ScamWarning, useCitizen } from './ui';
import { formatDateTime } from '../format';

export const scopeText = (t: CitizenMessages, lift: Pick<Lift, 'lenderKind' | 'lenderBin'>) =>
  lift.lenderBin ? t.lifts.scopeLender(lift.lenderBin) : lift.lenderKind === 'bank' ? t.lifts.scopeBank : lift.lenderKind === 'mfo' ? t.lifts.scopeMfo : t.lifts.scopeAll;

/** The person's lifts, newest first: a pending one counts down to its effective time; any not over cancels in one click. */
export const LiftsPage = () => {
  const { token, lang, t } = useCitizen();
  const [me, reload] = useCitizenApi<MeResponse>(token, lang, '/me');
  const justCreated = (useLocation().state as { created?: boolean } | null)?.created === true;
  return (
    <section aria-labelledby="lifts-title">
      <h1 id="lifts-title">{t.lifts.title}</h1>
      <p>{t.lifts.lead}</p>
      <ScamWarning lang={lang} title={t.scamTitle} />
      {justCreated && (
        <p className="citizen-success" role="status">
          {t.lifts.created}
        </p>
      )}
      <p>
        <Link className="button button-primary" to="/me/lifts/new">
          {t.lifts.newLift}
        </Link>
      </p>
      <LoadedView loaded={me}>
        {(data) =>
          data.lifts.length === 0 ? (
            <p>{t.lifts.none}</p>
          ) : (
            <ul className="lifts">
              {[...data.lifts]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((lift) => (
                  <LiftCard key={lift.id} lift={lift} onChange={reload} />
                ))}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
};

const LiftCard = ({ lift, onChange }: { lift: Lift; onChange: () => void }) => {
  const { token, lang, t } = useCitizen();
  const [problem, setProblem] = useState<ApiProblem | null | undefined>(undefined);
  const [cancelled, setCancelled] = useState(false);
  const cancel = () =>
    citizenApi<Lift>(token, lang, 'DELETE', `/me/lifts/${lift.id}`).then(
      () => {
        setCancelled(true);
        onChange();
      },
      (error: unknown) => setProblem(error instanceof ApiProblem ? error : null),
    );
  const titleId = `lift-${lift.id}`;
  return (
    <li className={`card lift lift-${lift.status}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {lift.kind === 'temporary' ? t.lifts.kindTemporary : t.lifts.kindPermanent} — <span className="badge">{t.lifts.status[lift.status]}</span>
      </h2>
      <p>{scopeText(t, lift)}</p>
      {lift.until && <p>{t.lifts.window(formatDateTime(lang, lift.from ?? lift.effectiveAt), formatDateTime(lang, lift.until))}</p>}
      <p>{t.lifts.effectiveAt(formatDateTime(lang, lift.effectiveAt))}</p>
      {lift.status === 'pending' && <Countdown at={lift.effectiveAt} label={t.lifts.countdown} onElapsed={onChange} />}
      {lift.cancelledBy === 'reviewer' && (
        <p className="citizen-error">
          {t.lifts.reviewerCancelled} {lift.cancelReason}
        </p>
      )}
      {(lift.status === 'pending' || lift.status === 'effective') && (
        <button type="button" className="button button-secondary" onClick={() => void cancel()}>
          {t.lifts.cancel}
        </button>
      )}
      {cancelled && <p role="status">{t.lifts.cancelled}</p>}
      {problem !== undefined && <ProblemMessage problem={problem} />}
    </li>
  );
};
