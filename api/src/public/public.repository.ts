import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreachStatus, CompanySector, DataClass } from '@qorgau/shared';
import { DataSource } from 'typeorm';
import { escapeLike } from '../common/query-helpers';
import { PUBLIC_STATUSES } from './public.rules';

/** A breach's public fields and its company; the wall's rows also pass isPublicBreach (public.rules.ts, as IS_PUBLIC below). */
export interface PublicBreachRow {
  id: string;
  companyId: string;
  title: string;
  description: string;
  occurredAt: Date | null;
  discoveredAt: Date;
  reportedAt: Date;
  dataClasses: DataClass[];
  recordsClaimed: number | null;
  exposureCount: number;
  status: BreachStatus;
  reportingDelayHours: number;
  reportedLate: boolean;
  companyBin: string;
  companyName: string;
  companySector: CompanySector;
}

export interface PublicCompanyRow {
  id: string;
  bin: string;
  name: string;
  sector: CompanySector;
  website: string | null;
}

/** The same rule as isPublicBreach, for breaches aliased `b`; served by breaches_status_idx. */
const IS_PUBLIC = `b.status = ANY(ARRAY[${PUBLIC_STATUSES.map((status) => `'${status}'`).join(', ')}]) AND b.published AND NOT b.sensitive`;

/**
 * A PublicBreachRow from breaches aliased `b` joined to companies aliased `c`. Only the public columns
 * are ever read: restricted counts and internals never leave the database here.
 */
export const PUBLIC_BREACH_COLUMNS = `
  b.id, b.company_id AS "companyId", b.title, b.description, b.occurred_at AS "occurredAt",
  b.discovered_at AS "discoveredAt", b.reported_at AS "reportedAt", b.data_classes AS "dataClasses",
  b.records_claimed::float8 AS "recordsClaimed", b.exposure_count AS "exposureCount", b.status,
  b.reporting_delay_hours::float8 AS "reportingDelayHours", b.reported_late AS "reportedLate",
  c.bin AS "companyBin", c.name AS "companyName", c.sector AS "companySector"`;

const FROM_PUBLIC = `FROM breaches b JOIN companies c ON c.id = b.company_id WHERE ${IS_PUBLIC}`;

/** Newest report first, ties broken by id so that pages never overlap. */
const NEWEST_FIRST = 'ORDER BY b.reported_at DESC, b.id DESC';

/**
 * One hit in the client's current one-minute window, by the database's clock so that every process
 * agrees on where windows start: the hits so far (this one included) and the milliseconds left.
 */
const COUNT_HIT_SQL = `
  INSERT INTO public_rate_windows AS w (client_hash, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
  ON CONFLICT (client_hash, window_start) DO UPDATE SET hits = w.hits + 1
  RETURNING hits, extract(epoch FROM w.window_start + interval '1 minute' - now())::float8 * 1000 AS "msLeft"`;

@Injectable()
export class PublicRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts a request of the client (the HMAC of its address) in the window shared by every API process. */
  async countHit(clientHash: Buffer): Promise<{ hits: number; msLeft: number }> {
    const [row]: { hits: number; msLeft: number }[] = await this.dataSource.query(COUNT_HIT_SQL, [clientHash]);
    return row;
  }

  /** Past windows go: the table holds the clients of the current minute (and of the last, until the sweep). */
  async sweepRateWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM public_rate_windows WHERE window_start < date_trunc('minute', now())`);
  }

  /** A page of public breaches whose title or company name contains `q` (any case), and how many match. */
  async listBreaches(page: { offset: number; limit: number }, q: string | undefined): Promise<[PublicBreachRow[], number]> {
    const parameters: unknown[] = [];
    // ILIKE under pg_c_utf8 folds Cyrillic too (the database's C locale folds ASCII only).
    const search = q ? `AND (b.title COLLATE pg_c_utf8 ILIKE $1 OR c.name COLLATE pg_c_utf8 ILIKE $1)` : '';
    if (q) parameters.push(`%${escapeLike(q)}%`);
    const [rows, [{ total }]]: [PublicBreachRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${PUBLIC_BREACH_COLUMNS} ${FROM_PUBLIC} ${search} ${NEWEST_FIRST} LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, page.limit, page.offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total ${FROM_PUBLIC} ${search}`, parameters),
    ]);
    return [rows, total];
  }

  async findBreach(id: string): Promise<PublicBreachRow | null> {
    const rows: PublicBreachRow[] = await this.dataSource.query(`SELECT ${PUBLIC_BREACH_COLUMNS} ${FROM_PUBLIC} AND b.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Every public breach, newest first: the open data. */
  allBreaches(): Promise<PublicBreachRow[]> {
    return this.dataSource.query(`SELECT ${PUBLIC_BREACH_COLUMNS} ${FROM_PUBLIC} ${NEWEST_FIRST}`);
  }

  async findCompanyByBin(bin: string): Promise<PublicCompanyRow | null> {
    const rows: PublicCompanyRow[] = await this.dataSource.query('SELECT id, bin, name, sector, website FROM companies WHERE bin = $1', [bin]);
    return rows[0] ?? null;
  }

  breachesOfCompany(companyId: string): Promise<PublicBreachRow[]> {
    return this.dataSource.query(`SELECT ${PUBLIC_BREACH_COLUMNS} ${FROM_PUBLIC} AND b.company_id = $1 ${NEWEST_FIRST}`, [companyId]);
  }

  /** Public breaches per month of report (UTC), only the months that have any. */
  async breachesPerMonth(): Promise<Map<string, number>> {
    const rows: { month: string; breaches: number }[] = await this.dataSource.query(
      `SELECT to_char(b.reported_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS breaches ${FROM_PUBLIC} GROUP BY 1`,
    );
    return new Map(rows.map((row) => [row.month, row.breaches]));
  }

  /** Per sector with public breaches: how many, and people exposed (sum of exposure counts). */
  async perSector(): Promise<{ sector: CompanySector; breaches: number; peopleExposed: number }[]> {
    const rows: { sector: CompanySector; breaches: number; people_exposed: string }[] = await this.dataSource.query(
      `SELECT c.sector, count(*)::int AS breaches, coalesce(sum(b.exposure_count), 0)::text AS people_exposed
         ${FROM_PUBLIC}
        GROUP BY c.sector
        ORDER BY sum(b.exposure_count) DESC, c.sector`,
    );
    return rows.map((row) => ({ sector: row.sector, breaches: row.breaches, peopleExposed: Number(row.people_exposed) }));
  }

  async totals(): Promise<{ breaches: number; companies: number; peopleExposed: number; lateReports: number; firstReportedAt: Date | null }> {
    const [row]: { breaches: number; companies: number; people_exposed: string; late_reports: number; first_reported_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS breaches, count(DISTINCT b.company_id)::int AS companies,
                coalesce(sum(b.exposure_count), 0)::text AS people_exposed,
                (count(*) FILTER (WHERE b.reported_late))::int AS late_reports,
                min(b.reported_at) AS first_reported_at
           ${FROM_PUBLIC}`,
      );
    return {
      breaches: row.breaches,
      companies: row.companies,
      peopleExposed: Number(row.people_exposed),
      lateReports: row.late_reports,
      firstReportedAt: row.first_reported_at,
    };
  }
}
