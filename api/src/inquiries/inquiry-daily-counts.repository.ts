import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminStats } from '@qorgau/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DAY_MS } from './inquiry-daily-counts.rules';

/** One process at a time counts a day: the others wait, then find it counted. */
const DAILY_COUNTS_LOCK = `hashtextextended('inquiry-daily-counts', 0)`;

/** The dashboard's window, and what of it the daily counts cover: [coveredFrom, coveredUntil) in whole UTC days. */
interface Window {
  since: Date;
  coveredFrom: Date;
  coveredUntil: Date;
}

/** The daily counts of inquiries (migration 1763772600000) and the dashboard's figures made from them. */
@Injectable()
export class InquiryDailyCountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction holding the daily counts' lock. */
  exclusively<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${DAILY_COUNTS_LOCK})`);
      return work(manager);
    });
  }

  /** The UTC midnight of the first day not counted yet, or null before the first count. */
  async countedUntil(manager: EntityManager): Promise<Date | null> {
    const rows: { until: Date }[] = await manager.query(
      `SELECT counted_until::timestamp AT TIME ZONE 'UTC' AS until FROM inquiry_daily_counts_watermark`,
    );
    return rows[0]?.until ?? null;
  }

  /** Counts the day starting at `day` (UTC midnight) again from its rows, replacing any earlier count, and moves the watermark past it. */
  async countDay(manager: EntityManager, day: Date): Promise<void> {
    const date = day.toISOString().slice(0, 10);
    await manager.query(`DELETE FROM inquiry_daily_counts WHERE day = $1`, [date]);
    await manager.query(
      `INSERT INTO inquiry_daily_counts (day, bank_id, restricted, count)
       SELECT $1::date, bank_id, restricted, count(*) FROM inquiries WHERE checked_at >= $2 AND checked_at < $3 GROUP BY bank_id, restricted`,
      [date, day, new Date(day.getTime() + DAY_MS)],
    );
    await manager.query(
      `INSERT INTO inquiry_daily_counts_watermark (counted_until) VALUES ($1::date + 1)
       ON CONFLICT (only_row) DO UPDATE SET counted_until = EXCLUDED.counted_until`,
      [date],
    );
  }

  /**
   * Inquiries per lender over the last 30 days (from now() − 30 days on), most first: the counted
   * whole days inside the window from the daily counts, and from the rows themselves only what they
   * do not cover — the part of the day the window starts in, and everything from the first day not
   * counted yet (today, once the job has counted yesterday), both read by the checked_at index.
   */
  async perBankLast30Days(): Promise<AdminStats['inquiriesPerBank']> {
    const [window]: Window[] = await this.dataSource.query(
      `SELECT since, first_whole_day::timestamp AT TIME ZONE 'UTC' AS "coveredFrom",
              greatest(first_whole_day, coalesce((SELECT counted_until FROM inquiry_daily_counts_watermark), first_whole_day))::timestamp AT TIME ZONE 'UTC' AS "coveredUntil"
         FROM (SELECT since, (since AT TIME ZONE 'UTC')::date + 1 AS first_whole_day FROM (SELECT now() - interval '30 days' AS since) now_) bounds`,
    );
    return this.dataSource.query(
      `WITH counted (bank_id, restricted, count) AS (
         SELECT bank_id, restricted, sum(count) FROM inquiry_daily_counts
          WHERE day >= ($2::timestamptz AT TIME ZONE 'UTC')::date AND day < ($3::timestamptz AT TIME ZONE 'UTC')::date
          GROUP BY bank_id, restricted
         UNION ALL
         SELECT bank_id, restricted, count(*) FROM inquiries WHERE checked_at > $1 AND checked_at < $2 GROUP BY bank_id, restricted
         UNION ALL
         SELECT bank_id, restricted, count(*) FROM inquiries WHERE checked_at >= $3 GROUP BY bank_id, restricted
       )
       SELECT b.id AS "bankId", b.name, b.kind, sum(c.count)::int AS inquiries, coalesce(sum(c.count) FILTER (WHERE c.restricted), 0)::int AS restricted
         FROM counted c JOIN banks b ON b.id = c.bank_id
        GROUP BY b.id
        ORDER BY inquiries DESC, b.name
        LIMIT 20`,
      [window.since, window.coveredFrom, window.coveredUntil],
    );
  }
}
