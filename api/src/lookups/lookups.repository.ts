import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOOKUP_AUDIT_ACTION, type Role } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { ListQuery } from '../common/list-query';

export interface LookupAlertRow {
  id: string;
  actorId: string;
  actorEmail: string;
  actorRole: Role;
  lookups: number;
  limit: number;
  raisedAt: Date;
}

export type LookupAlertSortField = 'id' | 'raisedAt';
export const LOOKUP_ALERT_SORT_FIELDS: readonly LookupAlertSortField[] = ['id', 'raisedAt'];

const COLUMNS = `id::text AS "id", actor_id AS "actorId", actor_email AS "actorEmail", actor_role AS "actorRole", lookups, lookup_limit AS "limit", raised_at AS "raisedAt"`;

@Injectable()
export class LookupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The account's person look-ups since `since`, read from the audit trail (partial index audit_events_lookups_idx). */
  async countLookupsSince(manager: EntityManager, actorId: string, since: Date): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      // The kind a constant in the text, so that the planner matches the partial index's predicate.
      `SELECT count(*)::int AS count FROM audit_events WHERE action = '${LOOKUP_AUDIT_ACTION}' AND actor_id = $1 AND at >= $2`,
      [actorId, since],
    );
    return row.count;
  }

  async alertedSince(manager: EntityManager, actorId: string, since: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM lookup_alerts WHERE actor_id = $1 AND raised_at >= $2 LIMIT 1`, [actorId, since]);
    return rows.length > 0;
  }

  async insertAlert(manager: EntityManager, alert: Omit<LookupAlertRow, 'id'>): Promise<LookupAlertRow> {
    const [row]: LookupAlertRow[] = await manager.query(
      `INSERT INTO lookup_alerts (actor_id, actor_email, actor_role, lookups, lookup_limit, raised_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [alert.actorId, alert.actorEmail, alert.actorRole, alert.lookups, alert.limit, alert.raisedAt],
    );
    return row;
  }

  /** A page of alerts and how many there are, in the order asked (raisedAt and id follow each other). */
  async listAlerts(query: ListQuery<LookupAlertSortField>): Promise<[LookupAlertRow[], number]> {
    const order = query.sortOrder === 'ASC' ? 'ASC' : 'DESC';
    const column = query.sortField === 'raisedAt' ? 'raised_at' : 'id';
    const rows: LookupAlertRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM lookup_alerts ORDER BY ${column} ${order}, id ${order} OFFSET $1 LIMIT $2`, [
      query.offset,
      query.limit,
    ]);
    const [{ count }]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM lookup_alerts`);
    return [rows, count];
  }
}
