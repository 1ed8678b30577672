import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import type { Breach, BreachTransition } from '@qorgau/shared';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useApiGet } from '../common/useApiGet';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';
import { BreachStatusChip } from './BreachStatusChip';

/**
 * The breach's lifecycle moves, oldest first, as a vertical timeline: who moved it, when, from
 * which status to which, and why (GET /admin/breaches/{id}/transitions). Fetched again whenever
 * the breach changes (after a move, the page refreshes the record).
 */
export const BreachTimeline = () => {
  const record = useRecordContext<Breach>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const url = `/api/v1/admin/breaches/${encodeURIComponent(record?.id ?? '')}/transitions`;
  const timeline = useApiGet<BreachTransition[]>(url, [record?.status, record?.version, record?.updatedAt]);
  if (!record) return null;
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);

  return (
    <Box component="section" aria-labelledby="breach-timeline-heading">
      <Typography id="breach-timeline-heading" component="h2" variant="h6" gutterBottom>
        {translate('qorgau.timeline.title')}
      </Typography>
      {timeline.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {timeline.status === 'error' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={timeline.retry}>
              {translate('qorgau.dashboard.retry')}
            </Button>
          }
        >
          {translate('qorgau.timeline.load_error')}
        </Alert>
      ) : null}
      {timeline.status === 'ready' && timeline.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('qorgau.timeline.empty')}
        </Typography>
      ) : null}
      {timeline.status === 'ready' && timeline.data.length > 0 ? (
        <Box component="ol" data-testid="breach-timeline" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {timeline.data.map((move, index) => {
            const last = index === timeline.data.length - 1;
            return (
              <Box
                component="li"
                key={move.id}
                data-testid="timeline-entry"
                sx={{ display: 'grid', gridTemplateColumns: '24px 1fr', columnGap: 1.5 }}
              >
                {/* the rail: a dot per move, joined by a line */}
                <Box aria-hidden sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                  <Box sx={{ width: 14, height: 14, mt: 0.75, borderRadius: '50%', bgcolor: last ? 'warning.main' : 'primary.main', border: 2, borderColor: 'background.paper', boxShadow: 1 }} />
                  {last ? null : <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
                </Box>
                <Box sx={{ pb: last ? 0 : 2.5, minWidth: 0 }}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <BreachStatusChip status={move.from} />
                    <Box component="span" aria-label={translate('qorgau.timeline.to')}>
                      →
                    </Box>
                    <BreachStatusChip status={move.to} />
                    <Typography component="time" dateTime={move.at} variant="body2" color="text.secondary">
                      {time.format(new Date(move.at))}
                    </Typography>
                  </Box>
                  <Typography variant="body2" sx={{ mt: 0.5 }}>
                    {translate('qorgau.timeline.by', {
                      email: move.actorEmail,
                      role: translate(`qorgau.role.${move.actorRole}`, { _: move.actorRole }),
                    })}
                  </Typography>
                  <Typography
                    variant="body1"
                    component="blockquote"
                    sx={{ m: 0, mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {move.reason}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
};
