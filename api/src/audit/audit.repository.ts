import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ListQuery } from '../common/list-query';
import { AuditEventRecord } from './audit-event.entity';

export type AuditSortField = 'id' | 'at' | 'action' | 'entityType' | 'actorEmail';
export const AUDIT_SORT_FIELDS: readonly AuditSortField[] = ['id', 'at', 'action', 'entityType', 'actorEmail'];

/** The list's filters, checked (AuditService.parseFilter). */
export interface AuditFilter {
  ids?: string[];
  /** The event kinds, e.g. `restriction.looked-up`, `breach.approved`. */
  actions?: string[];
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** Lower-cased. */
  actorEmail?: string;
  from?: Date;
  to?: Date;
}

/** Any constant will do: it names the one lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 7_340_112;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the chain lock for the rest of the caller's transaction and returns the last link, so
   * that the next id and previous hash are read and written by one appender at a time.
   */
  async lockChainAndReadLast(manager: EntityManager): Promise<{ id: string; hash: string; action: string } | null> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const rows: { id: string; hash: string; action: string }[] = await manager.query(
      'SELECT id::text AS id, hash, action FROM audit_events ORDER BY audit_events.id DESC LIMIT 1',
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, event: AuditEventRecord): Promise<void> {
    // jsonb `changes` holds arbitrary JSON, which TypeORM's deep-partial insert type cannot express.
    await manager.insert(AuditEventRecord, event as QueryDeepPartialEntity<AuditEventRecord>);
  }

  findById(id: string): Promise<AuditEventRecord | null> {
    return this.dataSource.getRepository(AuditEventRecord).findOneBy({ id });
  }

  /** Every event of one action, in chain order. */
  findByAction(action: string): Promise<AuditEventRecord[]> {
    return this.dataSource.getRepository(AuditEventRecord).find({ where: { action }, order: { id: 'ASC' } });
  }

  /** Events after `afterId` in chain order, a batch at a time (for verification). */
  findBatchAfter(afterId: string, batchSize: number): Promise<AuditEventRecord[]> {
    return this.dataSource
      .getRepository(AuditEventRecord)
      .createQueryBuilder('event')
      .where('event.id > :afterId', { afterId })
      .orderBy('event.id', 'ASC')
      .take(batchSize)
      .getMany();
  }

  list(query: ListQuery<AuditSortField>, filter: AuditFilter): Promise<[AuditEventRecord[], number]> {
    const builder = this.dataSource.getRepository(AuditEventRecord).createQueryBuilder('event');
    if (filter.ids) builder.andWhere('event.id = ANY(:ids::bigint[])', { ids: filter.ids });
    if (filter.actions) builder.andWhere('event.action = ANY(:actions::text[])', { actions: filter.actions });
    if (filter.entityType) builder.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) builder.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) builder.andWhere('event.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actorEmail) builder.andWhere('event.actorEmail = :actorEmail', { actorEmail: filter.actorEmail });
    if (filter.from) builder.andWhere('event.at >= :from', { from: filter.from });
    if (filter.to) builder.andWhere('event.at <= :to', { to: filter.to });
    return builder
      .orderBy(`event.${query.sortField}`, query.sortOrder)
      .addOrderBy('event.id', query.sortOrder)
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
