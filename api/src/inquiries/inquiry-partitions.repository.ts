import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MonthPartition } from './inquiry-partitions.rules';

/** One process at a time changes the partitions: the others, starting together, wait and then find nothing to do. */
const PARTITIONS_LOCK = `hashtextextended('inquiry-partitions', 0)`;
/** DDL waits this long at most for a lock held by a long query: the months ahead leave time to try again tomorrow. */
const DDL_LOCK_TIMEOUT = '5s';
const DEFAULT_PARTITION = 'inquiries_default';

/** The DDL of the inquiries' month partitions (migration 1763771350000). */
@Injectable()
export class InquiryPartitionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction holding the partitions' lock. */
  exclusively<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${PARTITIONS_LOCK})`);
      await manager.query(`SET LOCAL lock_timeout = '${DDL_LOCK_TIMEOUT}'`);
      return work(manager);
    });
  }

  /** The names of the tables attached to inquiries, the DEFAULT partition among them. */
  async partitionNames(manager: EntityManager): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'inquiries'::regclass`,
    );
    return rows.map((row) => row.name);
  }

  /** The start of every month (UTC) that has rows in the DEFAULT partition. */
  async monthsInDefault(manager: EntityManager): Promise<Date[]> {
    const rows: { month: Date }[] = await manager.query(
      `SELECT DISTINCT date_trunc('month', checked_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS month FROM ${DEFAULT_PARTITION}`,
    );
    return rows.map((row) => row.month);
  }

  /**
   * Creates a month's partition. Rows of that month already in the DEFAULT partition move into it
   * first: PostgreSQL refuses to attach a range the DEFAULT partition holds rows of. Created apart
   * and then attached, which locks the parent only against other DDL, not against inserts.
   */
  async create(manager: EntityManager, partition: MonthPartition): Promise<void> {
    await manager.query(`CREATE TABLE ${partition.name} (LIKE inquiries INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
    await manager.query(
      `WITH moved AS (DELETE FROM ${DEFAULT_PARTITION} WHERE checked_at >= $1 AND checked_at < $2 RETURNING *)
       INSERT INTO ${partition.name} SELECT * FROM moved`,
      [partition.from, partition.to],
    );
    await manager.query(
      `ALTER TABLE inquiries ATTACH PARTITION ${partition.name} FOR VALUES FROM ('${partition.from.toISOString()}') TO ('${partition.to.toISOString()}')`,
    );
  }

  async drop(manager: EntityManager, partition: MonthPartition): Promise<void> {
    await manager.query(`DROP TABLE ${partition.name}`);
  }

  /** Deletes the DEFAULT partition's rows checked before `cutoff`: past retention, with no month of their own to drop. */
  async deleteFromDefaultBefore(manager: EntityManager, cutoff: Date): Promise<number> {
    const [, deleted]: [unknown, number] = await manager.query(`DELETE FROM ${DEFAULT_PARTITION} WHERE checked_at < $1`, [cutoff]);
    return deleted;
  }
}
