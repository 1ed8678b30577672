import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LenderKind, LiftCanceller, LiftKind, LiftScope, LiftStatus } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import type { LiftPlan } from './lifts.rules';

/** One row of `lifts` (migration 1763770000000-restrictions). */
export interface LiftRecord {
  id: string;
  iinHash: Buffer;
  kind: LiftKind;
  from: Date | null;
  until: Date | null;
  lenderKind: LenderKind | null;
  lenderBin: string | null;
  effectiveAt: Date;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelledBy: LiftCanceller | null;
  cancelledByUserId: string | null;
  cancelReason: string | null;
}

export interface LiftCancellation {
  at: Date;
  by: LiftCanceller;
  userId: string | null;
  reason: string | null;
}

/** The back-office list's filters, checked. */
export interface LiftFilter {
  ids?: string[];
  statuses?: LiftStatus[];
  kinds?: LiftKind[];
  scopes?: LiftScope[];
  lenderBin?: string;
  /** The first 4 bytes of the IIN hash in hex (common/person-ref.ts), or their beginning. */
  personRef?: string;
}

export const LIFT_SORT_FIELDS = ['createdAt', 'effectiveAt', 'until', 'kind', 'cancelledAt'] as const;
export type LiftSortField = (typeof LIFT_SORT_FIELDS)[number];

const SORT_COLUMNS: Record<LiftSortField, string> = {
  createdAt: 'created_at',
  effectiveAt: 'effective_at',
  until: 'window_until',
  kind: 'kind',
  cancelledAt: 'cancelled_at',
};

const COLUMNS = `id, iin_hash, kind, window_from, window_until, lender_kind, lender_bin, effective_at, created_at,
  cancelled_at, cancelled_by, cancelled_by_user_id, cancel_reason`;

/** A lift's status at the time in parameter `at`, in SQL: the same decision as `liftStatusAt` (lifts.rules.ts). */
const statusAt = (at: string) => `CASE WHEN cancelled_at IS NOT NULL AND cancelled_at <= ${at} THEN 'cancelled'
  WHEN effective_at > ${at} THEN 'pending'
  WHEN window_until IS NOT NULL AND window_until <= ${at} THEN 'expired'
  ELSE 'effective' END`;

const SCOPE = `CASE WHEN lender_bin IS NOT NULL THEN 'lender' ELSE coalesce(lender_kind, 'all') END`;

/** Distinguishes these advisory locks from any other the application takes. */
const PERSON_LOCK_NAMESPACE = 0x6c696674; // 'lift'

interface LiftRow {
  id: string;
  iin_hash: Buffer;
  kind: LiftKind;
  window_from: Date | null;
  window_until: Date | null;
  lender_kind: LenderKind | null;
  lender_bin: string | null;
  effective_at: Date;
  created_at: Date;
  cancelled_at: Date | null;
  cancelled_by: LiftCanceller | null;
  cancelled_by_user_id: string | null;
  cancel_reason: string | null;
}

function toRecord(row: LiftRow): LiftRecord {
  return {
    id: row.id,
    iinHash: row.iin_hash,
    kind: row.kind,
    from: row.window_from,
    until: row.window_until,
    lenderKind: row.lender_kind,
    lenderBin: row.lender_bin,
    effectiveAt: row.effective_at,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    cancelledByUserId: row.cancelled_by_user_id,
    cancelReason: row.cancel_reason,
  };
}

@Injectable()
export class LiftsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Makes one person's lift requests take turns until the transaction ends, so that two requests
   * sent at once cannot both slip under the limit of 3 per 30 days.
   */
  async lockPerson(manager: EntityManager, iinHash: Buffer): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [PERSON_LOCK_NAMESPACE, iinHash.readInt32BE(0)]);
  }

  /** When the person asked for lifts since `since`, cancelled ones included. */
  async requestTimesSince(manager: EntityManager, iinHash: Buffer, since: Date): Promise<Date[]> {
    const rows: { created_at: Date }[] = await manager.query(`SELECT created_at FROM lifts WHERE iin_hash = $1 AND created_at > $2`, [iinHash, since]);
    return rows.map((row) => row.created_at);
  }

  async insert(manager: EntityManager, iinHash: Buffer, plan: LiftPlan): Promise<LiftRecord> {
    const [row]: LiftRow[] = await manager.query(
      `INSERT INTO lifts (iin_hash, kind, window_from, window_until, lender_kind, lender_bin, effective_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [iinHash, plan.kind, plan.from, plan.until, plan.lenderKind, plan.lenderBin, plan.effectiveAt, plan.createdAt],
    );
    return toRecord(row);
  }

  /** The person's lifts, newest first. */
  async listOfPerson(iinHash: Buffer): Promise<LiftRecord[]> {
    const rows: LiftRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM lifts WHERE iin_hash = $1 ORDER BY created_at DESC, id DESC`, [iinHash]);
    return rows.map(toRecord);
  }

  /** The lift, its row locked until the transaction ends; with `iinHash`, only if it is that person's. */
  async findForUpdate(manager: EntityManager, id: string, iinHash?: Buffer): Promise<LiftRecord | null> {
    const rows: LiftRow[] = iinHash
      ? await manager.query(`SELECT ${COLUMNS} FROM lifts WHERE id = $1 AND iin_hash = $2 FOR UPDATE`, [id, iinHash])
      : await manager.query(`SELECT ${COLUMNS} FROM lifts WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  }

  async findById(id: string): Promise<LiftRecord | null> {
    const rows: LiftRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM lifts WHERE id = $1`, [id]);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  }

  async cancel(manager: EntityManager, id: string, cancellation: LiftCancellation): Promise<LiftRecord> {
    const [[row]]: [LiftRow[], number] = await manager.query(
      `UPDATE lifts SET cancelled_at = $2, cancelled_by = $3, cancelled_by_user_id = $4, cancel_reason = $5 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, cancellation.at, cancellation.by, cancellation.userId, cancellation.reason],
    );
    return toRecord(row);
  }

  /** A page of lifts as of `now` (which decides their status) and how many match. */
  async list(query: ListQuery<LiftSortField>, filter: LiftFilter, now: Date): Promise<[LiftRecord[], number]> {
    const sql = new SqlConditions();
    if (filter.ids) sql.add((p) => `id = ANY(${p}::uuid[])`, filter.ids);
    if (filter.statuses) {
      const at = `${sql.parameter(now)}::timestamptz`;
      sql.add((p) => `(${statusAt(at)}) = ANY(${p}::text[])`, filter.statuses);
    }
    if (filter.kinds) sql.add((p) => `kind = ANY(${p}::text[])`, filter.kinds);
    if (filter.scopes) sql.add((p) => `(${SCOPE}) = ANY(${p}::text[])`, filter.scopes);
    if (filter.lenderBin) sql.add((p) => `lender_bin = ${p}`, filter.lenderBin);
    if (filter.personRef) sql.add((p) => `encode(substring(iin_hash FROM 1 FOR 4), 'hex') LIKE ${p}`, `${filter.personRef}%`);
    const column = SORT_COLUMNS[query.sortField];
    const nulls = query.sortOrder === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST';
    const [rows, [{ total }]]: [LiftRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM lifts ${sql.where} ORDER BY ${column} ${query.sortOrder} ${nulls}, id ${query.sortOrder}
         OFFSET ${query.offset} LIMIT ${query.limit}`,
        sql.parameters,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM lifts ${sql.where}`, sql.parameters),
    ]);
    return [rows.map(toRecord), total];
  }
}
