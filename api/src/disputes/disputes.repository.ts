import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RESTRICTING_BREACH_STATUSES, type AdminDispute, type DisputeOutcome, type DisputeReason, type DisputeStatus } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';

/** One row of `disputes` (migration 1763770200000-disputes) with the breach's title and company, and the decider's e-mail. */
export interface DisputeRecord extends Omit<AdminDispute, 'personRef' | 'decidedAt' | 'createdAt'> {
  iinHash: Buffer;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface DisputeDecision {
  outcome: DisputeOutcome;
  reason: string;
  userId: string;
  at: Date;
}

/** What accepting a dispute removed from its breach. */
export interface ExposureRemoval {
  exposures: number;
  restrictions: number;
  before: { exposureCount: number; restrictedCount: number };
}

/** The back-office list's filters, checked. */
export interface DisputeFilter {
  ids?: string[];
  statuses?: DisputeStatus[];
  reasons?: DisputeReason[];
  breachIds?: string[];
}

/** `queue`: open disputes first, oldest first — what a reviewer works through. */
export const DISPUTE_SORT_FIELDS = ['queue', 'createdAt', 'decidedAt', 'status', 'reason'] as const;
export type DisputeSortField = (typeof DISPUTE_SORT_FIELDS)[number];

const SORT_COLUMNS: Record<DisputeSortField, string[]> = {
  queue: [`(d.status <> 'open')`, 'd.created_at'],
  createdAt: ['d.created_at'],
  decidedAt: ['d.decided_at'],
  status: ['d.status', 'd.created_at'],
  reason: ['d.reason', 'd.created_at'],
};

const SELECT = `SELECT d.id, d.iin_hash, d.breach_id, b.title AS breach_title, c.name AS company_name, d.reason, d.text, d.status,
    d.decision_reason, d.decided_by, u.email AS decided_by_email, d.decided_at, d.created_at
  FROM disputes d
  JOIN breaches b ON b.id = d.breach_id
  JOIN companies c ON c.id = b.company_id
  LEFT JOIN regulator_users u ON u.id = d.decided_by`;

interface DisputeRow {
  id: string;
  iin_hash: Buffer;
  breach_id: string;
  breach_title: string;
  company_name: string;
  reason: DisputeReason;
  text: string;
  status: DisputeStatus;
  decision_reason: string | null;
  decided_by: string | null;
  decided_by_email: string | null;
  decided_at: Date | null;
  created_at: Date;
}

function toRecord(row: DisputeRow): DisputeRecord {
  return {
    id: row.id,
    iinHash: row.iin_hash,
    breachId: row.breach_id,
    breachTitle: row.breach_title,
    companyName: row.company_name,
    reason: row.reason,
    text: row.text,
    status: row.status,
    decisionReason: row.decision_reason,
    decidedBy: row.decided_by,
    decidedByEmail: row.decided_by_email,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  };
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class DisputesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Whether the person's IIN was found in the breach, and the breach is one the person is shown (confirmed or closed). */
  async personIsInBreach(iinHash: Buffer, breachId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM exposures e JOIN breaches b ON b.id = e.breach_id
        WHERE e.identifier_hash = $1 AND e.breach_id = $2 AND b.status = ANY($3::text[])`,
      [iinHash, breachId, RESTRICTING_BREACH_STATUSES],
    );
    return rows.length > 0;
  }

  /** Stores an open dispute; null when the person already has one open about this breach. */
  async insertOpen(values: { iinHash: Buffer; breachId: string; reason: DisputeReason; text: string }): Promise<string | null> {
    try {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO disputes (iin_hash, breach_id, reason, text) VALUES ($1, $2, $3, $4) RETURNING id`,
        [values.iinHash, values.breachId, values.reason, values.text],
      );
      return row.id;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** The person's disputes, newest first. */
  async listOfPerson(iinHash: Buffer): Promise<DisputeRecord[]> {
    const rows: DisputeRow[] = await this.dataSource.query(`${SELECT} WHERE d.iin_hash = $1 ORDER BY d.created_at DESC, d.id DESC`, [iinHash]);
    return rows.map(toRecord);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DisputeRecord | null> {
    const rows: DisputeRow[] = await manager.query(`${SELECT} WHERE d.id = $1`, [id]);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  }

  /** Locks the dispute's row until the transaction ends: of two decisions at once, the second sees the first. */
  async lock(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM disputes WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async decide(manager: EntityManager, id: string, decision: DisputeDecision): Promise<void> {
    await manager.query(`UPDATE disputes SET status = $2, decision_reason = $3, decided_by = $4, decided_at = $5 WHERE id = $1`, [
      id,
      decision.outcome,
      decision.reason,
      decision.userId,
      decision.at,
    ]);
  }

  /**
   * Removes the person's exposure in the breach and the restriction it caused, and takes them off
   * the breach's counts. The breach's row is locked first, so the counts change one writer at a time.
   * A restriction job's chunk of this breach running in the same instant may have read the exposure
   * before this commits and still write its restriction row: a narrow window, left open rather than
   * making a reviewer wait for a job of millions of rows (the job's breach lock is held for all of it).
   */
  async removeExposure(manager: EntityManager, iinHash: Buffer, breachId: string): Promise<ExposureRemoval> {
    const [before]: { exposure_count: number; restricted_count: number }[] = await manager.query(
      `SELECT exposure_count, restricted_count FROM breaches WHERE id = $1 FOR UPDATE`,
      [breachId],
    );
    const [, exposures]: [unknown, number] = await manager.query(`DELETE FROM exposures WHERE identifier_hash = $1 AND breach_id = $2`, [iinHash, breachId]);
    const [, restrictions]: [unknown, number] = await manager.query(`DELETE FROM restrictions WHERE iin_hash = $1 AND breach_id = $2`, [iinHash, breachId]);
    await manager.query(
      `UPDATE breaches SET exposure_count = greatest(exposure_count - $2, 0), restricted_count = greatest(restricted_count - $3, 0) WHERE id = $1`,
      [breachId, exposures, restrictions],
    );
    return { exposures, restrictions, before: { exposureCount: before.exposure_count, restrictedCount: before.restricted_count } };
  }

  /** A page of disputes and how many match. */
  async list(query: ListQuery<DisputeSortField>, filter: DisputeFilter): Promise<[DisputeRecord[], number]> {
    const sql = new SqlConditions();
    if (filter.ids) sql.add((p) => `d.id = ANY(${p}::uuid[])`, filter.ids);
    if (filter.statuses) sql.add((p) => `d.status = ANY(${p}::text[])`, filter.statuses);
    if (filter.reasons) sql.add((p) => `d.reason = ANY(${p}::text[])`, filter.reasons);
    if (filter.breachIds) sql.add((p) => `d.breach_id = ANY(${p}::uuid[])`, filter.breachIds);
    const nulls = query.sortOrder === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST';
    const order = [...SORT_COLUMNS[query.sortField], 'd.id'].map((column) => `${column} ${query.sortOrder} ${nulls}`).join(', ');
    const [rows, [{ total }]]: [DisputeRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${SELECT} ${sql.where} ORDER BY ${order} OFFSET ${query.offset} LIMIT ${query.limit}`, sql.parameters),
      this.dataSource.query(`SELECT count(*)::int AS total FROM disputes d ${sql.where}`, sql.parameters),
    ]);
    return [rows.map(toRecord), total];
  }
}
