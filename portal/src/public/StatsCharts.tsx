import { SECTOR_LABELS, type PublicStats } from '@qorgau/shared';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LOCALES, formatMonth, formatNumber, formatPercent } from '../format';
import type { Lang } from '../i18n';

// Recharts is the heaviest part of the portal: this module is its own chunk, loaded by the
// statistics page only. The charts are pictures for sighted readers (not focusable); the same
// figures are in the tables beside them for everyone else.

const TEAL = '#00707f';
const LATE = '#b3261e';
const INK = '#14232a';
const AXIS = { fill: INK, fontSize: 12 };

export const MonthChart = ({ lang, data }: { lang: Lang; data: PublicStats['breachesPerMonth'] }) => (
  <ResponsiveContainer width="100%" height={260}>
    <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid vertical={false} stroke="#d5e2e5" />
      <XAxis dataKey="month" tickFormatter={(month: string) => formatMonth(lang, month)} tick={AXIS} minTickGap={12} />
      <YAxis allowDecimals={false} tick={AXIS} />
      <Tooltip labelFormatter={(month) => formatMonth(lang, String(month))} formatter={(value) => formatNumber(lang, Number(value))} />
      <Bar dataKey="breaches" fill={TEAL} radius={[4, 4, 0, 0]} isAnimationActive={false} />
    </BarChart>
  </ResponsiveContainer>
);

/** Wide enough for the longest sector name at the axis' font size, within reason on a phone. */
const labelWidth = (labels: string[]) => Math.min(150, 8 + 7 * Math.max(0, ...labels.map((label) => label.length)));

export const SectorChart = ({ lang, data }: { lang: Lang; data: PublicStats['peopleExposedPerSector'] }) => {
  const rows = data.map((entry) => ({ ...entry, label: SECTOR_LABELS[lang][entry.sector] }));
  const compact = new Intl.NumberFormat(LOCALES[lang], { notation: 'compact' });
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 44)}>
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke="#d5e2e5" />
        <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => compact.format(value)} tick={AXIS} />
        <YAxis type="category" dataKey="label" width={labelWidth(rows.map((row) => row.label))} tick={AXIS} />
        <Tooltip formatter={(value) => formatNumber(lang, Number(value))} />
        <Bar dataKey="peopleExposed" fill={TEAL} radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export const LateChart = ({ lang, onTime, late, labels }: { lang: Lang; onTime: number; late: number; labels: { onTime: string; late: string } }) => {
  const data = [
    { name: labels.onTime, value: onTime, color: TEAL },
    { name: labels.late, value: late, color: LATE },
  ];
  return (
    <ResponsiveContainer width="100%" height={220}>
      <PieChart accessibilityLayer={false}>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="85%" isAnimationActive={false} stroke="#fff">
          {data.map((entry) => (
            <Cell key={entry.name} fill={entry.color} />
          ))}
        </Pie>
        <Legend wrapperStyle={{ color: INK }} />
        <Tooltip formatter={(value) => `${formatNumber(lang, Number(value))} (${formatPercent(lang, Number(value) / Math.max(1, onTime + late))})`} />
      </PieChart>
    </ResponsiveContainer>
  );
};
