import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IDENTIFIER_KINDS, NOT_A_BREACH, RESTRICTING_BREACH_STATUSES, type BreachStatus, type DataClass } from '@qorgau/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ListQuery } from '../common/list-query';
import { KIND_CODES } from '../ingestion/ingestion.rules';
import { BreachTransitionRecord } from './breach-transition.entity';
import { BreachRecord } from './breach.entity';
import { identifierRestricts } from './breaches.rules';

/** The exposure kinds that restrict, as stored in `exposures.kind`: only IINs (SPEC §3.2). */
export const RESTRICTING_KIND_CODES = IDENTIFIER_KINDS.filter(identifierRestricts).map((kind) => KIND_CODES[kind]);
/** The statuses of breaches that restrict, as an SQL list for `b.status IN (…)`: a constant in each statement's text. */
export const RESTRICTING_STATUSES_SQL = RESTRICTING_BREACH_STATUSES.map((status) => `'${status}'`).join(', ');

export type BreachSortField = keyof BreachRecord;

/** Every field sorts. */
export const BREACH_SORT_FIELDS: readonly BreachSortField[] = [
  'id',
  'companyId',
  'title',
  'description',
  'occurredAt',
  'discoveredAt',
  'reportedAt',
  'dataClasses',
  'recordsClaimed',
  'exposureCount',
  'restrictedCount',
  'restrictionDays',
  'status',
  'published',
  'sensitive',
  'reportingDelayHours',
  'reportedLate',
  'createdAt',
  'updatedAt',
  'version',
];

const NULLABLE_SORT_FIELDS: readonly BreachSortField[] = ['occurredAt', 'recordsClaimed'];

/** The list's filters, checked. */
export interface BreachFilter {
  ids?: string[];
  statuses?: BreachStatus[];
  companyIds?: string[];
  /** Breaches whose data classes include all of these. */
  dataClasses?: DataClass[];
  reportedFrom?: Date;
  reportedTo?: Date;
  late?: boolean;
  published?: boolean;
  sensitive?: boolean;
  /** Words each of which must begin a word of the title or description. */
  words?: string[];
}

export type BreachValues = Omit<BreachRecord, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'status' | 'exposureCount' | 'restrictedCount'>;

export interface BreachCountsByStatus {
  status: BreachStatus;
  count: number;
  late: number;
}

@Injectable()
export class BreachesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get breaches() {
    return this.dataSource.getRepository(BreachRecord);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string): Promise<BreachRecord | null> {
    return this.breaches.findOneBy({ id });
  }

  /** The breach, its row locked until the transaction ends: edits and transitions of it take turns. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<BreachRecord | null> {
    return manager.getRepository(BreachRecord).createQueryBuilder('breach').where('breach.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async insert(manager: EntityManager, values: BreachValues): Promise<BreachRecord> {
    const repository = manager.getRepository(BreachRecord);
    const { id } = await repository.save(repository.create(values));
    return (await repository.findOneBy({ id }))!;
  }

  /** Writes the new values and the next version; the caller holds the row lock. Returns the row as stored. */
  async update(manager: EntityManager, id: string, values: Partial<BreachRecord> & { version: number }): Promise<BreachRecord> {
    const repository = manager.getRepository(BreachRecord);
    await repository.update(id, { ...values, updatedAt: new Date() });
    return (await repository.findOneBy({ id }))!;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(BreachRecord).delete(id);
  }

  async insertTransition(manager: EntityManager, transition: Omit<BreachTransitionRecord, 'id'>): Promise<void> {
    await manager.getRepository(BreachTransitionRecord).insert(transition);
  }

  /** The breach's latest move into `status` (who asked for the approval it awaits), or null. */
  findLatestTransitionTo(manager: EntityManager, breachId: string, status: BreachStatus): Promise<BreachTransitionRecord | null> {
    return manager.getRepository(BreachTransitionRecord).findOne({ where: { breachId, to: status }, order: { id: 'DESC' } });
  }

  findTransitions(breachId: string): Promise<BreachTransitionRecord[]> {
    return this.dataSource.getRepository(BreachTransitionRecord).find({ where: { breachId }, order: { id: 'ASC' } });
  }

  /**
   * A page of breaches and how many match. Every filter has an index behind it (see the migration),
   * and the default order (reportedAt) reads an index instead of sorting.
   */
  async list(query: ListQuery<BreachSortField>, filter: BreachFilter): Promise<[BreachRecord[], number]> {
    const builder = this.breaches.createQueryBuilder('breach');
    if (filter.ids) builder.andWhere('breach.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.statuses) builder.andWhere('breach.status = ANY(:statuses::text[])', { statuses: filter.statuses });
    if (filter.companyIds) builder.andWhere('breach.companyId = ANY(:companyIds::uuid[])', { companyIds: filter.companyIds });
    if (filter.dataClasses) builder.andWhere('breach.dataClasses @> :dataClasses::text[]', { dataClasses: filter.dataClasses });
    if (filter.reportedFrom) builder.andWhere('breach.reportedAt >= :reportedFrom', { reportedFrom: filter.reportedFrom });
    if (filter.reportedTo) builder.andWhere('breach.reportedAt <= :reportedTo', { reportedTo: filter.reportedTo });
    if (filter.late !== undefined) builder.andWhere('breach.reportedLate = :late', { late: filter.late });
    if (filter.published !== undefined) builder.andWhere('breach.published = :published', { published: filter.published });
    if (filter.sensitive !== undefined) builder.andWhere('breach.sensitive = :sensitive', { sensitive: filter.sensitive });
    if (filter.words) {
      // Each word as a quoted prefix lexeme ('kaspi':*), lower-cased as the generated `search` column is.
      const tsquery = filter.words.map((word) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`).join(' & ');
      builder.andWhere(`breach.search @@ to_tsquery('simple', lower((:tsquery)::text COLLATE pg_c_utf8))`, { tsquery });
    }
    const total = await builder.clone().getCount();
    // The page is chosen over (sort key, id) alone and its rows read afterwards by primary key, so
    // that a sort never carries whole rows (descriptions run to 10,000 characters) and spills to disk.
    // NULLS LAST only where a column can be null: on NOT NULL columns it would stop a backward index
    // scan (reportedAt DESC, the default order) from serving the order.
    const nullsLast = NULLABLE_SORT_FIELDS.includes(query.sortField) && query.sortOrder === 'DESC' ? 'NULLS LAST' : undefined;
    const page = await builder
      .select('breach.id', 'id')
      .orderBy(`breach.${query.sortField}`, query.sortOrder, nullsLast)
      .addOrderBy('breach.id', query.sortOrder)
      .offset(query.offset)
      .limit(query.limit)
      .getRawMany<{ id: string }>();
    if (page.length === 0) return [[], total];
    const rows = new Map((await this.breaches.findBy({ id: In(page.map((row) => row.id)) })).map((breach) => [breach.id, breach]));
    return [page.map((row) => rows.get(row.id)).filter((breach) => breach !== undefined), total];
  }

  /**
   * The people a confirmation of the breach would restrict (its IIN exposures, distinct by the
   * partition's key) and how many of them are restricted now by another restricting breach or by
   * their own protection. One pass over the breach's partition, joined to the set of people
   * restricted elsewhere (hashed or merged by the planner), rather than a probe per exposure.
   */
  async confirmationImpact(breachId: string): Promise<{ wouldRestrict: number; alreadyRestricted: number }> {
    const [row]: { would_restrict: number; already_restricted: number }[] = await this.dataSource.query(
      `WITH restricted_elsewhere AS (
         SELECT r.iin_hash FROM restrictions r JOIN breaches b ON b.id = r.breach_id
          WHERE r.breach_id <> $1 AND b.status IN (${RESTRICTING_STATUSES_SQL}) AND r.starts_at <= now() AND r.ends_at > now()
         UNION
         SELECT iin_hash FROM protections WHERE starts_at <= now() AND ends_at > now()
       )
       SELECT count(*)::float8 AS would_restrict, count(x.iin_hash)::float8 AS already_restricted
         FROM exposures e LEFT JOIN restricted_elsewhere x ON x.iin_hash = e.identifier_hash
        WHERE e.breach_id = $1 AND e.kind = ANY($2::smallint[])`,
      [breachId, RESTRICTING_KIND_CODES],
    );
    return { wouldRestrict: row.would_restrict, alreadyRestricted: row.already_restricted };
  }

  /**
   * The people a confirmation of the breach would restrict (its IIN exposures): what the second
   * approval's threshold is compared with (SPEC §3.9). The impact's count without its join to the
   * people restricted elsewhere, so that asking to confirm a national breach stays one scan.
   */
  async countRestrictable(manager: EntityManager, breachId: string): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      `SELECT count(*)::float8 AS count FROM exposures WHERE breach_id = $1 AND kind = ANY($2::smallint[])`,
      [breachId, RESTRICTING_KIND_CODES],
    );
    return row.count;
  }

  // ── Dashboard figures ─────────────────────────────────────────────────────────────────

  async countByStatus(): Promise<BreachCountsByStatus[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count, (count(*) FILTER (WHERE reported_late))::int AS late FROM breaches GROUP BY status`,
    );
  }

  /** Breaches per UTC month of reportedAt (`YYYY-MM`) and status, from `since` on. */
  async countByMonthAndStatus(since: Date): Promise<{ month: string; status: BreachStatus; count: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(reported_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, status, count(*)::int AS count
         FROM breaches
        WHERE reported_at >= $1
        GROUP BY 1, 2`,
      [since],
    );
  }

  /** Per data class, over real breaches: records claimed and exposures loaded. */
  async sumsByDataClass(): Promise<{ dataClass: DataClass; recordsClaimed: number; exposures: number }[]> {
    const rows: { data_class: DataClass; records_claimed: string; exposures: string }[] = await this.dataSource.query(
      `SELECT data_class, coalesce(sum(records_claimed), 0)::text AS records_claimed, coalesce(sum(exposure_count), 0)::text AS exposures
         FROM breaches CROSS JOIN LATERAL unnest(data_classes) AS data_class
        WHERE status <> ALL ($1::text[])
        GROUP BY data_class`,
      [NOT_A_BREACH],
    );
    return rows.map((row) => ({ dataClass: row.data_class, recordsClaimed: Number(row.records_claimed), exposures: Number(row.exposures) }));
  }

  /**
   * The companies with the most people exposed over their real breaches: each breach counts its
   * loaded exposures, or the records claimed while none are loaded.
   */
  async topCompaniesByPeopleExposed(limit: number): Promise<{ companyId: string; name: string; peopleExposed: number }[]> {
    const rows: { company_id: string; name: string; people_exposed: string }[] = await this.dataSource.query(
      `SELECT c.id AS company_id, c.name, sum(CASE WHEN b.exposure_count > 0 THEN b.exposure_count ELSE coalesce(b.records_claimed, 0) END)::text AS people_exposed
         FROM breaches b
         JOIN companies c ON c.id = b.company_id
        WHERE b.status <> ALL ($1::text[])
        GROUP BY c.id, c.name
       HAVING sum(CASE WHEN b.exposure_count > 0 THEN b.exposure_count ELSE coalesce(b.records_claimed, 0) END) > 0
        ORDER BY sum(CASE WHEN b.exposure_count > 0 THEN b.exposure_count ELSE coalesce(b.records_claimed, 0) END) DESC, c.name, c.id
        LIMIT $2`,
      [NOT_A_BREACH, limit],
    );
    return rows.map((row) => ({ companyId: row.company_id, name: row.name, peopleExposed: Number(row.people_exposed) }));
  }
}
