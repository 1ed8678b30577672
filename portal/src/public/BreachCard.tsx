import type { PublicBreach, PublicCompanyRef } from '@qorgau/shared';
import { Link } from 'react-router';
import { BreachFacts } from './BreachFacts';

interface BreachCardProps {
  breach: PublicBreach;
  /** Shown on the wall; left out on the company's own page. */
  company?: PublicCompanyRef;
  headingLevel?: 2 | 3;
}

/** One breach in a list: its title leads to its page, its company to the company's. */
export const BreachCard = ({ breach, company, headingLevel = 2 }: BreachCardProps) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={breach.reportedLate ? 'card breach-card breach-card-late' : 'card breach-card'} aria-labelledby={`breach-${breach.id}`}>
      {company && (
        <p className="breach-company">
          <Link to={`/companies/${company.bin}`}>{company.name}</Link>
        </p>
      )}
      <Heading id={`breach-${breach.id}`} className="breach-title">
        <Link to={`/breaches/${breach.id}`}>{breach.title}</Link>
      </Heading>
      <BreachFacts breach={breach} />
    </article>
  );
};
