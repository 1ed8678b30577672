import { Alert, Box, Card, CardContent, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { LOOKUP_AUDIT_ACTION, type LookupAlert } from '@qorgau/shared';
import { Link as RouterLink, useCanAccess, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useApiGet } from '../common/useApiGet';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';

const SHOWN = 5;

/**
 * Insider safeguards for administrators (SPEC §3.9): the latest alerts over accounts that looked
 * more people up within an hour than LOOKUP_ALERT_PER_HOUR allows, each with a link to that
 * account's look-ups in the audit trail.
 */
export const LookupAlertsCard = () => {
  const { canAccess } = useCanAccess({ resource: 'lookup-alerts', action: 'list' });
  return canAccess ? <LookupAlerts /> : null;
};

const LookupAlerts = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const alerts = useApiGet<LookupAlert[]>(`/api/v1/admin/lookup-alerts?range=${encodeURIComponent(JSON.stringify([0, SHOWN - 1]))}`);
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);
  return (
    <Card component="section" aria-labelledby="lookup-alerts-heading" variant="outlined" data-testid="lookup-alerts">
      <CardContent>
        <Typography id="lookup-alerts-heading" component="h2" variant="h6" gutterBottom>
          {translate('qorgau.dashboard.lookup_alerts')}
        </Typography>
        {alerts.status === 'error' ? <Alert severity="error">{translate('qorgau.dashboard.load_error')}</Alert> : null}
        {alerts.status === 'ready' && alerts.data.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('qorgau.dashboard.no_lookup_alerts')}
          </Typography>
        ) : null}
        {alerts.status === 'ready' && alerts.data.length > 0 ? (
          <List dense disablePadding>
            {alerts.data.map((alert) => (
              <ListItem key={alert.id} disableGutters>
                <ListItemText
                  primary={
                    <Box component="span" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                      <Alert severity="warning" icon={false} sx={{ py: 0, px: 1 }} component="span">
                        {translate('qorgau.dashboard.lookup_alert', { email: alert.actorEmail, count: alert.lookups, limit: alert.limit })}
                      </Alert>
                    </Box>
                  }
                  secondary={
                    <>
                      {time.format(new Date(alert.raisedAt))} ·{' '}
                      <Link
                        component={RouterLink}
                        to={`${createPath({ resource: 'audit-events', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ actorId: alert.actorId, action: LOOKUP_AUDIT_ACTION }))}`}
                      >
                        {translate('qorgau.dashboard.review_lookups')}
                      </Link>
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        ) : null}
      </CardContent>
    </Card>
  );
};
