import type { PublicBreach } from '@qorgau/shared';
import { useId } from 'react';
import { formatDate, formatDuration, formatNumber } from '../format';
import { DataClassChips } from './DataClassChips';
import { usePublicMessages } from './usePublicMessages';

/** The facts of a breach a person scans for: when, how late, how many, what leaked. */
export const BreachFacts = ({ breach, detailed = false }: { breach: PublicBreach; detailed?: boolean }) => {
  const [lang, m] = usePublicMessages();
  const t = m.breach;
  const leakedId = useId();
  return (
    <>
      <dl className="facts">
        {detailed && breach.occurredAt && (
          <div>
            <dt>{t.occurred}</dt>
            <dd>{formatDate(lang, breach.occurredAt)}</dd>
          </div>
        )}
        {detailed && (
          <div>
            <dt>{t.discovered}</dt>
            <dd>{formatDate(lang, breach.discoveredAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t.reported}</dt>
          <dd>{formatDate(lang, breach.reportedAt)}</dd>
        </div>
        <div>
          <dt>{t.reportingDelay}</dt>
          <dd>
            {formatDuration(lang, breach.reportingDelayHours)}{' '}
            <span className={breach.reportedLate ? 'flag flag-late' : 'flag flag-on-time'}>{breach.reportedLate ? t.late : t.onTime}</span>
          </dd>
        </div>
        <div>
          <dt>{t.peopleExposed}</dt>
          <dd className="figure">{formatNumber(lang, breach.exposureCount)}</dd>
        </div>
        {detailed && breach.recordsClaimed !== null && (
          <div>
            <dt>{t.recordsClaimed}</dt>
            <dd>{formatNumber(lang, breach.recordsClaimed)}</dd>
          </div>
        )}
      </dl>
      <p className="chips-label" id={leakedId}>
        {t.whatLeaked}
      </p>
      <DataClassChips dataClasses={breach.dataClasses} labelledBy={leakedId} />
    </>
  );
};
