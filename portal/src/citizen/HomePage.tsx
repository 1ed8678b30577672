import { DATA_CLASS_LABELS, type MeExposure, type MeResponse } from '@qorgau/shared';
import { Link } from 'react-router';
import { formatDate } from '../format';
import { useCitizenApi } from './api';
import { ADVICE } from './advice';
import { LoadedView, useCitizen } from './ui';
import { formatDateTime } from '../format';

/** Restricted or not and until when, in plain words; each breach holding the person, with advice per data class. */
export const HomePage = () => {
  const { token, lang, t } = useCitizen();
  const [me] = useCitizenApi<MeResponse>(token, lang, '/me');
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.home.title}</h1>
      <LoadedView loaded={me}>
        {(data) => (
          <>
            <div className={`status-card ${data.restricted ? 'status-restricted' : 'status-free'}`} role="status">
              <p className="status-headline">
                {data.restricted ? t.home.restricted(formatDateTime(lang, data.restrictedUntil!)) : t.home.notRestricted}
              </p>
              <p>{data.restricted ? t.home.restrictedExplained : t.home.notRestrictedExplained}</p>
              {data.restricted && (
                <p>
                  <Link to="/me/lifts">{t.nav.lifts}</Link>
                </p>
              )}
            </div>
            <h2>{t.home.breachesTitle}</h2>
            {data.exposures.length === 0 ? <p>{t.home.noBreaches}</p> : data.exposures.map((exposure) => <BreachCard key={exposure.breach.id} exposure={exposure} />)}
            <aside className="card fine-scam" aria-labelledby="fine-scam-title">
              <h2 id="fine-scam-title">{t.home.fineScamTitle}</h2>
              <p>{t.home.fineScam}</p>
            </aside>
          </>
        )}
      </LoadedView>
    </section>
  );
};

const BreachCard = ({ exposure: { breach } }: { exposure: MeExposure }) => {
  const { lang, t } = useCitizen();
  const titleId = `breach-${breach.id}`;
  return (
    <article className="card breach-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{breach.title}</h3>
      <dl className="facts">
        <dt>{t.home.company}</dt>
        <dd>
          {breach.company.name} ({breach.company.bin})
        </dd>
        {breach.occurredAt && (
          <>
            <dt>{t.home.occurred}</dt>
            <dd>{formatDate(lang, breach.occurredAt)}</dd>
          </>
        )}
        <dt>{t.home.reported}</dt>
        <dd>
          {formatDate(lang, breach.reportedAt)}
          {breach.reportedLate && <span className="badge badge-late"> {t.home.lateReport}</span>}
        </dd>
        <dt>{t.home.leaked}</dt>
        <dd>{breach.dataClasses.map((dataClass) => DATA_CLASS_LABELS[lang][dataClass]).join(', ')}</dd>
      </dl>
      <h4>{t.home.adviceTitle}</h4>
      <ul className="advice">
        {breach.dataClasses.map((dataClass) => (
          <li key={dataClass}>
            <strong>{DATA_CLASS_LABELS[lang][dataClass]}:</strong> {ADVICE[lang][dataClass]}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/me/disputes?breach=${breach.id}`}>{t.home.dispute}</Link>
      </p>
    </article>
  );
};
