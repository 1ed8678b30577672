import { SECTOR_LABELS, type PublicBreachListItem } from '@qorgau/shared';
import { Link, useParams } from 'react-router';
import { usePublicApi } from './api';
import { BreachFacts } from './BreachFacts';
import { RemoteState } from './RemoteState';
import { usePublicMessages } from './usePublicMessages';

/** One public breach: everything the public may know of it, and the way to check one's own data. */
export const BreachPage = () => {
  const { id = '' } = useParams();
  const [lang, m] = usePublicMessages();
  const remote = usePublicApi<PublicBreachListItem>(`/breaches/${encodeURIComponent(id)}`);

  return (
    <div className="container content">
      <p className="back-link">
        <Link to="/breaches">← {m.breach.backToList}</Link>
      </p>
      <RemoteState remote={remote} notFound={m.breach.notFound}>
        {(breach) => (
          <>
            <article className="card breach-detail" aria-labelledby="breach-title">
              <p className="breach-company">
                <Link to={`/companies/${breach.company.bin}`}>{breach.company.name}</Link>
                <span className="muted"> · {SECTOR_LABELS[lang][breach.company.sector]}</span>
              </p>
              <h1 id="breach-title">{breach.title}</h1>
              <BreachFacts breach={breach} detailed />
              <p className="hint">{m.breach.peopleExposedHint}</p>
              {breach.reportedLate && <p className="hint">{m.breach.lateHint}</p>}
              {breach.description && (
                <section aria-labelledby="breach-description">
                  <h2 id="breach-description">{m.breach.description}</h2>
                  <p className="description">{breach.description}</p>
                </section>
              )}
              <p>
                <Link to={`/companies/${breach.company.bin}`}>{m.breach.allOfCompany(breach.company.name)}</Link>
              </p>
            </article>
            <aside className="card card-accent" aria-labelledby="check-title">
              <h2 id="check-title">{m.breach.ifYouWereThere}</h2>
              <p>
                <Link className="button button-solid" to="/me">
                  {m.breach.checkMyData}
                </Link>
              </p>
            </aside>
          </>
        )}
      </RemoteState>
    </div>
  );
};
