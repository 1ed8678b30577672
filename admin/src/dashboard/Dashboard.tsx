import { lazy, Suspense } from 'react';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import GroupIcon from '@mui/icons-material/Group';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import ReportIcon from '@mui/icons-material/Report';
import GppBadIcon from '@mui/icons-material/GppBad';
import ScheduleIcon from '@mui/icons-material/Schedule';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { ROLES } from '@qorgau/shared';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';
import { LookupAlertsCard } from './LookupAlertsCard';
import { StatCard } from './StatCard';
import { useAdminStats } from './useAdminStats';

// recharts is big: it loads with the charts, after the figures are on screen (its own chunk).
const DashboardCharts = lazy(() => import('./DashboardCharts'));

/** The back office's home page: the registry's figures from GET /api/v1/admin/stats. */
const Dashboard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { status, stats, retry } = useAdminStats();
  const numbers = new Intl.NumberFormat(formattingLocale(locale));
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);
  const percent = new Intl.NumberFormat(formattingLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const breaches = stats?.breaches;
  const reports = breaches ? breaches.late + breaches.onTime : 0;

  return (
    <Box sx={{ py: 2 }}>
      <Title title="qorgau.dashboard.title" />
      {status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {status === 'error' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {translate('qorgau.dashboard.retry')}
            </Button>
          }
        >
          {translate('qorgau.dashboard.load_error')}
        </Alert>
      ) : null}
      {stats ? (
        <Stack spacing={2}>
          {breaches ? (
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
                <StatCard
                  id="stat-breaches-total"
                  icon={<ReportIcon />}
                  label={translate('qorgau.dashboard.breaches_total')}
                  value={numbers.format(breaches.total)}
                  footer={translate('qorgau.dashboard.breaches_investigating', {
                    count: numbers.format(breaches.byStatus.investigating ?? 0),
                  })}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
                <StatCard
                  id="stat-breaches-confirmed"
                  icon={<GppBadIcon />}
                  label={translate('qorgau.dashboard.breaches_confirmed')}
                  value={numbers.format((breaches.byStatus.confirmed ?? 0) + (breaches.byStatus.closed ?? 0))}
                  footer={translate('qorgau.dashboard.breaches_confirmed_footer')}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
                <StatCard
                  id="stat-awaiting-approval"
                  icon={<HowToVoteIcon />}
                  label={translate('qorgau.dashboard.awaiting_approval')}
                  value={numbers.format(breaches.byStatus['awaiting-approval'] ?? 0)}
                  footer={translate('qorgau.dashboard.awaiting_approval_footer')}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
                <StatCard
                  id="stat-late-reports"
                  icon={<ScheduleIcon />}
                  label={translate('qorgau.dashboard.late_reports')}
                  value={numbers.format(breaches.late)}
                  footer={translate('qorgau.dashboard.late_reports_share', {
                    share: percent.format(reports > 0 ? breaches.late / reports : 0),
                  })}
                />
              </Grid>
            </Grid>
          ) : null}
          <LookupAlertsCard />
          {breaches ? (
            <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
              <DashboardCharts stats={stats} />
            </Suspense>
          ) : null}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
              <StatCard
                id="stat-users-total"
                icon={<GroupIcon />}
                label={translate('qorgau.dashboard.users_total')}
                value={numbers.format(stats.users.total)}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
              <StatCard
                id="stat-users-active"
                icon={<HowToRegIcon />}
                label={translate('qorgau.dashboard.users_active')}
                value={numbers.format(stats.users.active)}
                footer={translate('qorgau.dashboard.users_inactive', {
                  count: numbers.format(stats.users.total - stats.users.active),
                })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
              <StatCard
                id="stat-alerts-today"
                icon={<NotificationsActiveIcon />}
                label={translate('qorgau.dashboard.alerts_today')}
                value={numbers.format(stats.alertsDeliveredToday)}
                footer={`${translate('qorgau.dashboard.alerts_today_footer')}. ${translate('qorgau.dashboard.alerts_queued', { count: numbers.format(stats.inquiryAlertsQueued) })}`}
              />
            </Grid>
          </Grid>
          <Card component="section" aria-labelledby="stat-by-role-label" variant="outlined">
            <CardContent>
              <Typography id="stat-by-role-label" component="h2" variant="h6" gutterBottom>
                {translate('qorgau.dashboard.by_role')}
              </Typography>
              <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, m: 0 }}>
                {ROLES.map((role) => (
                  <Box
                    key={role}
                    sx={{ p: 1.5, borderRadius: 2, bgcolor: 'action.hover', display: 'flex', flexDirection: 'column-reverse' }}
                  >
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {translate(`qorgau.roles.${role}`)}
                    </Typography>
                    <Typography component="dd" variant="h5" sx={{ m: 0, fontWeight: 700 }} data-testid={`stat-role-${role}-value`}>
                      {numbers.format(stats.users.byRole[role] ?? 0)}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </CardContent>
          </Card>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('qorgau.dashboard.generated_at', { time: time.format(new Date(stats.generatedAt)) })}
          </Typography>
        </Stack>
      ) : null}
    </Box>
  );
};

export default Dashboard;
