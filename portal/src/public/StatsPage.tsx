import { SECTOR_LABELS, type PublicStats } from '@qorgau/shared';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { formatMonth, formatNumber, formatPercent } from '../format';
import { usePublicApi } from './api';
import { Loading } from './Loading';
import { OpenDataLinks } from './OpenDataLinks';
import { RemoteState } from './RemoteState';
import { usePublicMessages } from './usePublicMessages';

const MonthChart = lazy(() => import('./StatsCharts').then((charts) => ({ default: charts.MonthChart })));
const SectorChart = lazy(() => import('./StatsCharts').then((charts) => ({ default: charts.SectorChart })));
const LateChart = lazy(() => import('./StatsCharts').then((charts) => ({ default: charts.LateChart })));

interface ChartFigureProps {
  title: string;
  summary?: string;
  chart: ReactNode;
  /** The same figures as the chart: always read by screen readers, shown on request. */
  table: { caption: string; head: string[]; rows: (string | number)[][] };
}

/** A chart for the eye and its table for everyone: the table stays in the page, only visually hidden until asked for. */
const ChartFigure = ({ title, summary, chart, table }: ChartFigureProps) => {
  const [, m] = usePublicMessages();
  const [tableShown, setTableShown] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <figure className="card chart-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {summary && <p>{summary}</p>}
      <div className="chart" aria-hidden="true" data-testid="chart">
        <Suspense fallback={<Loading />}>{chart}</Suspense>
      </div>
      <button type="button" className="link-button" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown(!tableShown)}>
        {tableShown ? m.stats.hideTable : m.stats.showTable}
      </button>
      <div id={tableId} className={tableShown ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([first, ...rest]) => (
              <tr key={first}>
                <th scope="row">{first}</th>
                {rest.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
};

/** Aggregate figures of the public breaches: totals, per month, per sector, late reports. */
export const StatsPage = () => {
  const [lang, m] = usePublicMessages();
  const t = m.stats;
  const remote = usePublicApi<PublicStats>('/stats');
  const number = (value: number) => formatNumber(lang, value);

  return (
    <div className="container content">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="page-intro">{t.intro}</p>
      </header>
      <RemoteState remote={remote}>
        {(stats) => {
          const onTime = stats.totals.breaches - stats.totals.lateReports;
          if (stats.totals.breaches === 0) return <p className="notice">{t.noData}</p>;
          return (
            <>
              <ul className="tiles tiles-4">
                <li>
                  <span className="tile-figure">{number(stats.totals.breaches)}</span>
                  <span className="tile-label">{t.totalBreaches}</span>
                </li>
                <li>
                  <span className="tile-figure">{number(stats.totals.companies)}</span>
                  <span className="tile-label">{t.totalCompanies}</span>
                </li>
                <li>
                  <span className="tile-figure">{number(stats.totals.peopleExposed)}</span>
                  <span className="tile-label">{t.totalPeople}</span>
                </li>
                <li className="tile-warning">
                  <span className="tile-figure">{formatPercent(lang, stats.lateReportShare)}</span>
                  <span className="tile-label">{t.lateShare}</span>
                </li>
              </ul>
              <div className="chart-grid">
                <ChartFigure
                  title={t.perMonth}
                  summary={t.perMonthSummary(number(stats.totals.breaches), number(stats.breachesPerMonth.length))}
                  chart={<MonthChart lang={lang} data={stats.breachesPerMonth} />}
                  table={{
                    caption: t.perMonth,
                    head: [t.month, t.breaches],
                    rows: stats.breachesPerMonth.map((entry) => [formatMonth(lang, entry.month), number(entry.breaches)]),
                  }}
                />
                <ChartFigure
                  title={t.perSector}
                  chart={<SectorChart lang={lang} data={stats.peopleExposedPerSector} />}
                  table={{
                    caption: t.perSector,
                    head: [t.sector, t.peopleExposed, t.breaches],
                    rows: stats.peopleExposedPerSector.map((entry) => [SECTOR_LABELS[lang][entry.sector], number(entry.peopleExposed), number(entry.breaches)]),
                  }}
                />
                <ChartFigure
                  title={t.lateReports}
                  chart={<LateChart lang={lang} onTime={onTime} late={stats.totals.lateReports} labels={{ onTime: t.onTime, late: t.late }} />}
                  table={{
                    caption: t.lateReports,
                    head: [t.reports, t.breaches, t.share],
                    rows: [
                      [t.onTime, number(onTime), formatPercent(lang, 1 - stats.lateReportShare)],
                      [t.late, number(stats.totals.lateReports), formatPercent(lang, stats.lateReportShare)],
                    ],
                  }}
                />
              </div>
            </>
          );
        }}
      </RemoteState>
      <OpenDataLinks />
    </div>
  );
};
