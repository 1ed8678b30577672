import { SECTOR_LABELS, type PublicCompany } from '@qorgau/shared';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../format';
import { usePublicApi } from './api';
import { BreachCard } from './BreachCard';
import { RemoteState } from './RemoteState';
import { usePublicMessages } from './usePublicMessages';

/** A company's record: its figures and every breach of it the public may see, newest first. */
export const CompanyPage = () => {
  const { bin = '' } = useParams();
  const [lang, m] = usePublicMessages();
  const remote = usePublicApi<PublicCompany>(`/companies/${encodeURIComponent(bin)}`);

  return (
    <div className="container content">
      <p className="back-link">
        <Link to="/breaches">← {m.breach.backToList}</Link>
      </p>
      <RemoteState remote={remote} notFound={m.company.notFound} invalid={m.company.invalidBin}>
        {(company) => (
          <>
            <header className="card company-header">
              <h1>{company.name}</h1>
              <dl className="facts">
                <div>
                  <dt>{m.company.bin}</dt>
                  <dd>{company.bin}</dd>
                </div>
                <div>
                  <dt>{m.company.sector}</dt>
                  <dd>{SECTOR_LABELS[lang][company.sector]}</dd>
                </div>
                {company.website && /^https?:\/\//i.test(company.website) && (
                  <div>
                    <dt>{m.company.website}</dt>
                    <dd>
                      <a href={company.website} rel="noopener noreferrer nofollow">
                        {company.website}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
              <ul className="tiles">
                <li>
                  <span className="tile-figure">{formatNumber(lang, company.breachCount)}</span>
                  <span className="tile-label">{m.company.breaches}</span>
                </li>
                <li>
                  <span className="tile-figure">{formatNumber(lang, company.peopleExposed)}</span>
                  <span className="tile-label">{m.company.peopleExposed}</span>
                </li>
                <li className={company.lateReports > 0 ? 'tile-warning' : undefined}>
                  <span className="tile-figure">{formatNumber(lang, company.lateReports)}</span>
                  <span className="tile-label">{m.company.lateReports}</span>
                </li>
              </ul>
            </header>
            <section aria-labelledby="history-title">
              <h2 id="history-title">{m.company.history}</h2>
              <ol className="breach-list">
                {company.breaches.map((breach) => (
                  <li key={breach.id}>
                    <BreachCard breach={breach} headingLevel={3} />
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </RemoteState>
    </div>
  );
};
