import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NOT_A_BREACH, type CompanySector } from '@qorgau/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { ListQuery } from '../common/list-query';
import { escapeLike } from '../common/query-helpers';
import { CompanyRecord } from './company.entity';
import { CompanyException } from './company.exception';

/** The figures a company shows, computed from its breaches (see {@link COMPANY_FIGURES}). */
export interface CompanyFigures {
  breachCount: number;
  peopleExposed: number;
  lateReports: number;
}

export type CompanyWithFigures = CompanyRecord & CompanyFigures;

export type CompanySortField = keyof CompanyWithFigures;

/** The list's filters, checked: `q` (the name contains it, any case, or the BIN starts with it), sectors, ids (getMany). */
export interface CompanyFilter {
  q?: string;
  sectors?: CompanySector[];
  ids?: string[];
}

/** Every field sorts, the computed ones included. */
const SORT_COLUMNS: Record<CompanySortField, string> = {
  id: 'c.id',
  bin: 'c.bin',
  name: 'c.name',
  sector: 'c.sector',
  website: 'c.website',
  contactName: 'c.contact_name',
  contactEmail: 'c.contact_email',
  contactPhone: 'c.contact_phone',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  version: 'c.version',
  breachCount: 'breach_count',
  peopleExposed: 'people_exposed',
  lateReports: 'late_reports',
};
export const COMPANY_SORT_FIELDS = Object.keys(SORT_COLUMNS) as CompanySortField[];

/** `status` is one of a real breach (breaches.rules.ts: NOT_A_BREACH), as SQL. */
const COUNTS_AS_BREACH = `status <> ALL (ARRAY[${NOT_A_BREACH.map((status) => `'${status}'`).join(', ')}])`;

/**
 * Per company: every breach recorded against it counts in `breach_count`; people exposed and late
 * reports leave out breaches found not to be breaches (rejected, retracted). People exposed is the
 * sum of the breaches' loaded exposures (a person in two breaches counts twice).
 */
const FIGURE_COLUMNS = `
         count(*)::int AS breach_count,
         (coalesce(sum(exposure_count) FILTER (WHERE ${COUNTS_AS_BREACH}), 0))::bigint AS people_exposed,
         (count(*) FILTER (WHERE reported_late AND ${COUNTS_AS_BREACH}))::int AS late_reports`;

const COMPANY_COLUMNS = `c.id, c.bin, c.name, c.sector, c.website, c.contact_name, c.contact_email, c.contact_phone,
         c.created_at, c.updated_at, c.version`;

/** Every company's figures at once: for sorting by them. */
const SELECT_WITH_FIGURES = `
  SELECT ${COMPANY_COLUMNS},
         coalesce(f.breach_count, 0) AS breach_count,
         coalesce(f.people_exposed, 0) AS people_exposed,
         coalesce(f.late_reports, 0) AS late_reports
    FROM companies c
    LEFT JOIN (SELECT company_id, ${FIGURE_COLUMNS} FROM breaches GROUP BY company_id) f ON f.company_id = c.id`;

/** The figures of the companies already chosen as `c`, one index lookup each. */
const FIGURES_OF_EACH = `LEFT JOIN LATERAL (SELECT ${FIGURE_COLUMNS} FROM breaches WHERE company_id = c.id) f ON true`;

const COMPUTED_SORT_FIELDS: readonly CompanySortField[] = ['breachCount', 'peopleExposed', 'lateReports'];

interface CompanyRow {
  id: string;
  bin: string;
  name: string;
  sector: CompanyRecord['sector'];
  website: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  breach_count: number;
  people_exposed: string;
  late_reports: number;
}

@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The company, its row locked until the transaction ends (against concurrent edits and deletion). */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<CompanyRecord | null> {
    return manager.getRepository(CompanyRecord).createQueryBuilder('company').where('company.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * Whether the company exists, holding a key-share lock on it until the transaction ends, so that
   * it cannot be deleted before a breach referring to it commits.
   */
  async existsForReference(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM companies WHERE id = $1 FOR KEY SHARE', [id]);
    return rows.length > 0;
  }

  findByBin(manager: EntityManager, bin: string): Promise<CompanyRecord | null> {
    return manager.getRepository(CompanyRecord).findOneBy({ bin });
  }

  async insert(manager: EntityManager, values: Omit<CompanyRecord, 'id' | 'createdAt' | 'updatedAt' | 'version'>): Promise<CompanyRecord> {
    const repository = manager.getRepository(CompanyRecord);
    try {
      return await repository.save(repository.create(values));
    } catch (error) {
      throw translateConstraintError(error, values.bin);
    }
  }

  /** Writes the new values and raises the version; the caller holds the row lock. */
  async update(manager: EntityManager, id: string, values: Partial<CompanyRecord> & { version: number }): Promise<void> {
    try {
      await manager.getRepository(CompanyRecord).update(id, { ...values, updatedAt: new Date() });
    } catch (error) {
      throw translateConstraintError(error, values.bin ?? '');
    }
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(CompanyRecord).delete(id);
  }

  async countBreaches(manager: EntityManager, id: string): Promise<number> {
    const [{ count }]: { count: number }[] = await manager.query('SELECT count(*)::int AS count FROM breaches WHERE company_id = $1', [id]);
    return count;
  }

  async findWithFigures(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyWithFigures | null> {
    const rows: CompanyRow[] = await manager.query(`SELECT ${COMPANY_COLUMNS}, f.* FROM companies c ${FIGURES_OF_EACH} WHERE c.id = $1`, [id]);
    return rows.length > 0 ? fromRow(rows[0]) : null;
  }

  /** A page of companies with their figures, and how many match. */
  async list(query: ListQuery<CompanySortField>, filter: CompanyFilter): Promise<[CompanyWithFigures[], number]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    if (filter.q) {
      // ILIKE under pg_c_utf8 folds Cyrillic too (the database's C locale folds ASCII only).
      conditions.push(`(c.name COLLATE pg_c_utf8 ILIKE ${parameter(`%${escapeLike(filter.q)}%`)} OR c.bin LIKE ${parameter(`${escapeLike(filter.q)}%`)})`);
    }
    if (filter.sectors) conditions.push(`c.sector = ANY(${parameter(filter.sectors)}::text[])`);
    if (filter.ids) conditions.push(`c.id = ANY(${parameter(filter.ids)}::uuid[])`);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';

    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM companies c ${where}`, [...parameters]);
    const order = `ORDER BY ${SORT_COLUMNS[query.sortField]} ${query.sortOrder}, c.id ${query.sortOrder}`;
    const page = `LIMIT ${parameter(query.limit)} OFFSET ${parameter(query.offset)}`;
    // Sorting by a figure needs every company's; otherwise the page is chosen first and only its
    // companies' figures are computed.
    const rows: CompanyRow[] = await this.dataSource.query(
      COMPUTED_SORT_FIELDS.includes(query.sortField)
        ? `${SELECT_WITH_FIGURES} ${where} ${order} ${page}`
        : `SELECT ${COMPANY_COLUMNS}, f.* FROM (SELECT * FROM companies c ${where} ${order} ${page}) c ${FIGURES_OF_EACH} ${order}`,
      parameters,
    );
    return [rows.map(fromRow), total];
  }
}

function fromRow(row: CompanyRow): CompanyWithFigures {
  return Object.assign(new CompanyRecord(), {
    id: row.id,
    bin: row.bin,
    name: row.name,
    sector: row.sector,
    website: row.website,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    breachCount: row.breach_count,
    peopleExposed: Number(row.people_exposed),
    lateReports: row.late_reports,
  });
}

/** A duplicate BIN that slipped past the check (two creations at once) is still a 409, not a 500. */
function translateConstraintError(error: unknown, bin: string): unknown {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'companies_bin_key') return CompanyException.duplicateBin(bin, null);
  return error;
}
