import type { ReactNode } from 'react';
import { Box, Grid, Typography, useTheme } from '@mui/material';
import { BREACH_STATUSES, type AdminStats, type BreachStatus } from '@qorgau/shared';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formattingLocale } from '../i18n/formatting';
import {
  CLAIMED_COLOUR,
  EXPOSURES_COLOUR,
  LATE_COLOUR,
  ON_TIME_COLOUR,
  PEOPLE_COLOUR,
  STATUS_COLOURS,
} from './chartColours';
import { ChartCard } from './ChartCard';

/**
 * The dashboard's charts (recharts, loaded only with the dashboard: see Dashboard.tsx and the
 * `charts` chunk in vite.config.ts). Every label is translated, statuses and data classes included.
 */
const DashboardCharts = ({ stats }: { stats: AdminStats }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const intlLocale = formattingLocale(locale);
  const numbers = new Intl.NumberFormat(intlLocale);
  // Compact numbers ("150K") use words: Kazakh borrows ru-KZ for digits only (i18n/formatting.ts),
  // so it gets the full figures rather than Russian "тыс.".
  const compact =
    locale === 'kk' ? numbers : new Intl.NumberFormat(intlLocale, { notation: 'compact', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 });
  const monthFormat = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: '2-digit', timeZone: 'UTC' });
  const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
  const formatNumber = (value: unknown) => (typeof value === 'number' ? numbers.format(value) : String(value ?? ''));
  const tick = { fill: theme.palette.text.secondary, fontSize: 12 };
  const tooltipStyle = {
    contentStyle: { background: theme.palette.background.paper, border: `1px solid ${theme.palette.divider}`, borderRadius: 8 },
    labelStyle: { color: theme.palette.text.primary, fontWeight: 600 },
    itemStyle: { color: theme.palette.text.primary },
    wrapperStyle: { zIndex: 10 }, // above the legend
  };
  // Legend labels in the text colour (a gold label on white is unreadable); the swatch keeps the hue.
  const legendText = (value: unknown) => <span style={{ color: theme.palette.text.primary }}>{String(value)}</span>;
  const statusOrder = (item: { dataKey?: unknown }) => BREACH_STATUSES.indexOf(item.dataKey as BreachStatus);
  const statusName = (status: string) => translate(`qorgau.status.${status}`);
  const dataClassName = (dataClass: string) => translate(`qorgau.data_class.${dataClass}`, { _: dataClass });

  const { breaches } = stats;
  const perMonth = breaches.perMonth.map((month) => ({ ...month, label: formatMonth(month.month) }));
  const byDataClass = stats.exposuresByDataClass
    .filter((row) => row.recordsClaimed > 0 || row.exposures > 0)
    .map((row) => ({ ...row, label: dataClassName(row.dataClass) }));
  const topCompanies = stats.topCompanies;
  const inquiriesPerBank = stats.inquiriesPerBank;
  const reports = breaches.late + breaches.onTime;
  const lateShare = reports > 0 ? breaches.late / reports : 0;
  const lateSlices = [
    { key: 'late', name: translate('qorgau.dashboard.late'), value: breaches.late, fill: LATE_COLOUR },
    { key: 'onTime', name: translate('qorgau.dashboard.on_time'), value: breaches.onTime, fill: ON_TIME_COLOUR },
  ];
  const horizontalHeight = (rows: number) => Math.max(160, rows * 34 + 60);
  /** A bar chart with one horizontal bar group per row, named on the left; `bars` are its Bars (and Legend). */
  const horizontalBars = (
    chart: { data: object[]; categoryKey: string; nameWidth: number; rowHeight?: number },
    bars: ReactNode[],
  ) => (
    <BarChart
      responsive
      layout="vertical"
      data={chart.data}
      style={{ width: '100%', height: horizontalHeight(chart.data.length * (chart.rowHeight ?? 1)) }}
      margin={{ top: 8, right: 16, left: 8, bottom: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={theme.palette.divider} />
      <XAxis type="number" tick={tick} tickFormatter={(value: number) => compact.format(value)} />
      <YAxis type="category" dataKey={chart.categoryKey} tick={tick} width={chart.nameWidth} />
      <Tooltip {...tooltipStyle} formatter={formatNumber} cursor={{ fill: theme.palette.action.hover }} />
      {bars}
    </BarChart>
  );

  return (
    <Grid container spacing={2}>
      <ChartCard
        id="chart-per-month"
        size={{ xs: 12, lg: 8 }}
        title={translate('qorgau.dashboard.per_month')}
        headers={[translate('qorgau.dashboard.month'), ...BREACH_STATUSES.map(statusName)]}
        rows={perMonth.map((month) => [month.label, ...BREACH_STATUSES.map((status) => month[status])])}
        empty={breaches.total === 0}
      >
        <BarChart responsive data={perMonth} style={{ width: '100%', height: 320 }} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={theme.palette.divider} />
          <XAxis dataKey="label" tick={tick} />
          <YAxis allowDecimals={false} tick={tick} width={40} />
          <Tooltip
            {...tooltipStyle}
            formatter={formatNumber}
            itemSorter={statusOrder}
            cursor={{ fill: theme.palette.action.hover }}
          />
          <Legend formatter={legendText} itemSorter={statusOrder} />
          {BREACH_STATUSES.map((status) => (
            <Bar key={status} dataKey={status} name={statusName(status)} stackId="status" fill={STATUS_COLOURS[status]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartCard>
      <ChartCard
        id="chart-late-share"
        size={{ xs: 12, md: 6, lg: 4 }}
        title={translate('qorgau.dashboard.late_share')}
        headers={[translate('qorgau.dashboard.reports'), translate('qorgau.dashboard.count')]}
        rows={lateSlices.map((slice) => [slice.name, slice.value])}
        empty={reports === 0}
      >
        <Box sx={{ position: 'relative' }}>
          <PieChart responsive style={{ width: '100%', height: 280 }}>
            <Pie
              data={lateSlices}
              dataKey="value"
              nameKey="name"
              innerRadius="58%"
              outerRadius="85%"
              paddingAngle={2}
              stroke={theme.palette.background.paper}
              isAnimationActive={false}
            />
            <Tooltip {...tooltipStyle} formatter={formatNumber} />
            <Legend formatter={legendText} itemSorter={(item) => (item.value === lateSlices[0].name ? 0 : 1)} />
          </PieChart>
          <Box
            sx={{ position: 'absolute', inset: 0, bottom: 36, display: 'grid', placeItems: 'center', pointerEvents: 'none' }}
          >
            <Box sx={{ textAlign: 'center' }}>
              <Typography component="p" variant="h4" sx={{ fontWeight: 700, lineHeight: 1 }}>
                {percent.format(lateShare)}
              </Typography>
              <Typography component="p" variant="caption" color="text.secondary">
                {translate('qorgau.dashboard.late')}
              </Typography>
            </Box>
          </Box>
        </Box>
      </ChartCard>
      <ChartCard
        id="chart-by-data-class"
        size={{ xs: 12, md: 6 }}
        title={translate('qorgau.dashboard.by_data_class')}
        headers={[
          translate('resources.breaches.fields.dataClasses'),
          translate('qorgau.dashboard.records_claimed'),
          translate('qorgau.dashboard.exposures'),
        ]}
        rows={byDataClass.map((row) => [row.label, row.recordsClaimed, row.exposures])}
        empty={byDataClass.length === 0}
      >
        {horizontalBars({ data: byDataClass, categoryKey: 'label', nameWidth: 150, rowHeight: 1.4 }, [
          <Legend key="legend" formatter={legendText} itemSorter={(item) => (item.dataKey === 'recordsClaimed' ? 0 : 1)} />,
          <Bar key="claimed" dataKey="recordsClaimed" name={translate('qorgau.dashboard.records_claimed')} fill={CLAIMED_COLOUR} isAnimationActive={false} />,
          <Bar key="exposures" dataKey="exposures" name={translate('qorgau.dashboard.exposures')} fill={EXPOSURES_COLOUR} isAnimationActive={false} />,
        ])}
      </ChartCard>
      <ChartCard
        id="chart-top-companies"
        size={{ xs: 12, md: 6 }}
        title={translate('qorgau.dashboard.top_companies')}
        headers={[translate('resources.companies.fields.name'), translate('resources.companies.fields.peopleExposed')]}
        rows={topCompanies.map((company) => [company.name, company.peopleExposed])}
        empty={topCompanies.length === 0}
      >
        {horizontalBars({ data: topCompanies, categoryKey: 'name', nameWidth: 150 }, [
          <Bar key="people" dataKey="peopleExposed" name={translate('resources.companies.fields.peopleExposed')} fill={PEOPLE_COLOUR} isAnimationActive={false} />,
        ])}
      </ChartCard>
      <ChartCard
        id="chart-inquiries-per-bank"
        size={{ xs: 12 }}
        title={translate('qorgau.inquiries.per_bank')}
        headers={[translate('resources.banks.fields.name'), translate('qorgau.inquiries.checks'), translate('qorgau.inquiries.restricted_answers')]}
        rows={inquiriesPerBank.map((bank) => [bank.name, bank.inquiries, bank.restricted])}
        empty={inquiriesPerBank.length === 0}
      >
        {horizontalBars({ data: inquiriesPerBank, categoryKey: 'name', nameWidth: 180 }, [
          <Legend key="legend" formatter={legendText} />,
          <Bar key="inquiries" dataKey="inquiries" name={translate('qorgau.inquiries.checks')} fill={EXPOSURES_COLOUR} isAnimationActive={false} />,
          <Bar key="restricted" dataKey="restricted" name={translate('qorgau.inquiries.restricted_answers')} fill={LATE_COLOUR} isAnimationActive={false} />,
        ])}
      </ChartCard>
    </Grid>
  );
};

export default DashboardCharts;
