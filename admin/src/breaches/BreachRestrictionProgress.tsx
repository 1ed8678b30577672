import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { Breach, RestrictionJob, RestrictionJobStatus } from '@qorgau/shared';
import { Link, useCanAccess, useCreatePath, useGetList, useGetOne, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDuration, formatNumber } from '../ingest-jobs/format';

/** While a restriction job works, it (and the breach's count) is asked for again every two seconds. */
const WHILE_ACTIVE_MS = 2000;

const isActive = (status: RestrictionJobStatus) => status === 'queued' || status === 'running';

/**
 * Placing (or removing) the breach's restrictions (SPEC §3.2): the people restricted, and the newest
 * restriction job with a bar of IINs gone through, its pace and the time left. Refetching the
 * breach here refreshes the count shown on the rest of the page too.
 */
export const BreachRestrictionProgress = () => {
  const translate = useTranslate();
  const record = useRecordContext<Breach>();
  const { data: jobs } = useGetList<RestrictionJob>(
    'restriction-jobs',
    { filter: { breachId: record?.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!record, refetchInterval: (query) => (query.state.data?.data.some((job) => isActive(job.status)) ? WHILE_ACTIVE_MS : false) },
  );
  const job = jobs?.[0];
  const working = !!job && isActive(job.status);
  const { data: breach } = useGetOne<Breach>('breaches', { id: record?.id }, { enabled: !!record, refetchInterval: working ? WHILE_ACTIVE_MS : false });
  const current = breach ?? record;
  if (!current) return null;
  return (
    <Card variant="outlined" component="section" aria-labelledby="breach-restrictions-heading" sx={{ mt: 2 }} data-testid="breach-restrictions">
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
          <Typography id="breach-restrictions-heading" component="h2" variant="h6">
            {translate('qorgau.restriction.heading')}
          </Typography>
          <Typography variant="body1" data-testid="restricted-count">
            {translate('resources.breaches.fields.restrictedCount')}: <RestrictedCount value={current.restrictedCount} />
          </Typography>
          <Box sx={{ flex: 1 }} />
          <RestrictionListLink breachId={current.id} />
        </Stack>
        {job ? <RestrictionJobProgress job={job} /> : <Typography color="text.secondary">{translate('qorgau.restriction.no_job')}</Typography>}
      </CardContent>
    </Card>
  );
};

const RestrictedCount = ({ value }: { value: number }) => {
  const [locale] = useLocaleState();
  return <strong>{formatNumber(value, locale)}</strong>;
};

/** To the restrictions of this breach, for the roles that may list restrictions. */
const RestrictionListLink = ({ breachId }: { breachId: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'restrictions', action: 'list' });
  if (!canAccess) return null;
  const to = { pathname: createPath({ resource: 'restrictions', type: 'list' }), search: `?filter=${encodeURIComponent(JSON.stringify({ breachId }))}` };
  return (
    <Button component={Link} to={to} size="small">
      {translate('qorgau.restriction.show_list')}
    </Button>
  );
};

const RestrictionJobProgress = ({ job }: { job: RestrictionJob }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const share = job.total ? Math.min(1, job.processed / job.total) : job.status === 'done' ? 1 : null;
  const caption =
    job.total === null && isActive(job.status)
      ? translate('qorgau.restriction.counting')
      : translate('qorgau.restriction.progress', { processed: formatNumber(job.processed, locale), total: formatNumber(job.total ?? job.processed, locale) });
  const details = [
    translate(job.kind === 'retraction' ? 'qorgau.restriction.removed' : 'qorgau.restriction.changed', { count: formatNumber(job.changed, locale) }),
    job.status === 'running' && job.rate > 0 ? translate('qorgau.restriction.rate', { rate: formatNumber(Math.round(job.rate), locale) }) : null,
    job.status === 'running' && job.etaSeconds !== null ? translate('qorgau.restriction.eta', { time: formatDuration(job.etaSeconds, locale) }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Box data-testid="restriction-job-progress" data-status={job.status}>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
        <Chip size="small" variant="outlined" label={translate(`qorgau.restriction.kind.${job.kind}`)} />
        <Chip
          size="small"
          color={job.status === 'done' ? 'success' : job.status === 'stopped' ? 'warning' : 'info'}
          label={translate(`qorgau.restriction.status.${job.status}`)}
        />
      </Stack>
      <LinearProgress
        variant={share === null ? 'indeterminate' : 'determinate'}
        value={share === null ? undefined : Math.round(share * 100)}
        aria-label={caption}
      />
      <Typography variant="body2" sx={{ mt: 1 }} role="status">
        {caption} · {details.join(' · ')}
      </Typography>
      {job.status === 'stopped' ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('qorgau.restriction.stopped')}
        </Alert>
      ) : null}
      {isActive(job.status) && job.error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('qorgau.restriction.retrying')}
        </Alert>
      ) : null}
    </Box>
  );
};
