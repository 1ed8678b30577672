import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import type { IngestJob } from '@qorgau/shared';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDuration, formatNumber, formatPercent } from './format';
import { CANCELLED_ERROR, isActive } from './ingestJobs';
import { IngestJobStatusChip } from './IngestJobStatusChip';

/**
 * Where a job stands while it works: reading the file (a bar by bytes, rows read, rows/s, time
 * left), waiting for its merge, or merging (the merge is one transaction: no partial figure exists,
 * so its bar only moves). Nothing once the job is finished.
 */
export const IngestJobProgress = ({ job }: { job: IngestJob }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!isActive(job.status)) return null;
  const rows = formatNumber(job.rowsRead, locale);
  const reading = job.status === 'running' && job.bytesTotal !== null && job.bytesTotal > 0 && job.bytesRead < job.bytesTotal;
  const share = reading && job.bytesTotal ? job.bytesRead / job.bytesTotal : null;
  const caption =
    job.status === 'queued'
      ? translate('qorgau.ingest.progress.queued', { rows })
      : reading
        ? translate('qorgau.ingest.progress.reading', { rows, percent: formatPercent(share ?? 0, locale) })
        : job.bytesTotal === null
          ? translate('qorgau.ingest.progress.processing', { rows })
          : translate('qorgau.ingest.progress.merging', { rows });
  const details = [
    reading && job.rate > 0 ? translate('qorgau.ingest.progress.rate', { rate: formatNumber(job.rate, locale) }) : null,
    reading && job.etaSeconds !== null ? translate('qorgau.ingest.progress.eta', { time: formatDuration(job.etaSeconds, locale) }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Box data-testid="ingest-job-progress" sx={{ my: 1 }}>
      <LinearProgress
        variant={share === null ? 'indeterminate' : 'determinate'}
        value={share === null ? undefined : Math.round(share * 100)}
        aria-label={caption}
      />
      <Typography variant="body2" sx={{ mt: 1 }} role="status">
        {caption}
        {details.length > 0 ? ` · ${details.join(' · ')}` : ''}
      </Typography>
    </Box>
  );
};

const Count = ({ name, label, value }: { name: string; label: string; value: number }) => {
  const [locale] = useLocaleState();
  return (
    <Box data-testid={`count-${name}`} sx={{ minWidth: 110 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="h6" sx={{ m: 0 }}>
        {formatNumber(value, locale)}
      </Typography>
    </Box>
  );
};

/** Rows read, then per value: accepted (new to the breach), duplicates and rejected (SPEC §5.1). */
export const IngestJobCounts = ({ job }: { job: IngestJob }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.ingest-jobs.fields.${name}`);
  return (
    <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, m: 0 }}>
      <Count name="rowsRead" label={field('rowsRead')} value={job.rowsRead} />
      <Count name="accepted" label={field('accepted')} value={job.accepted} />
      <Count name="duplicates" label={field('duplicates')} value={job.duplicates} />
      <Count name="rejected" label={field('rejected')} value={job.rejected} />
    </Box>
  );
};

/** Why a failed job failed; a cancellation is said in the reader's language. */
export const IngestJobError = ({ job }: { job: IngestJob }) => {
  const translate = useTranslate();
  if (job.status !== 'failed') return null;
  const cancelled = job.error === CANCELLED_ERROR;
  return (
    <Alert severity={cancelled ? 'warning' : 'error'} sx={{ my: 1 }}>
      {cancelled ? translate('qorgau.ingest.cancelled') : (job.error ?? translate('qorgau.ingest.failed'))}
    </Alert>
  );
};

/** Status, progress, counts and failure of one job: the dialog's last step and the job page's head. */
export const IngestJobFigures = ({ job }: { job: IngestJob }) => (
  <Box>
    <Box sx={{ mb: 1 }}>
      <IngestJobStatusChip status={job.status} />
    </Box>
    <IngestJobProgress job={job} />
    <IngestJobError job={job} />
    <IngestJobCounts job={job} />
  </Box>
);

/** The record's figures, for the job page. */
export const IngestJobFiguresField = (_props: { label?: string }) => {
  const record = useRecordContext<IngestJob>();
  return record ? <IngestJobFigures job={record} /> : null;
};
