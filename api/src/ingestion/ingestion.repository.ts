import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreachStatus, IngestJobStatus } from '@qorgau/shared';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { JobFilter } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import { PROCESS_LOCK_NAMESPACE } from '../database/process-liveness';
import { IngestJobRecord } from './ingest-job.entity';

export type IngestJobSortField = 'createdAt' | 'startedAt' | 'finishedAt' | 'status' | 'rowsRead' | 'accepted' | 'rejected' | 'duplicates';
export const INGEST_JOB_SORT_FIELDS: readonly IngestJobSortField[] = ['createdAt', 'startedAt', 'finishedAt', 'status', 'rowsRead', 'accepted', 'rejected', 'duplicates'];

export type IngestJobFilter = JobFilter<IngestJobStatus>;

/** A COPY into a job's staging table on a connection of its own; `release` ends it either way. */
export interface StagingCopy {
  stream: Writable;
  release(failed: boolean): Promise<void>;
}

/** Names from uuids only (checked by the caller's lookups); never from input. */
const stagingTable = (jobId: string) => `ingest_staging."job_${jobId.replace(/-/g, '')}"`;
const partitionTable = (breachId: string) => `"exposures_${breachId.replace(/-/g, '')}"`;

/**
 * The advisory lock a job's worker holds while it works on it (the upload's COPY session, then the
 * merge's transaction): a process that starts while another serves the same database (`pnpm
 * seed:demo` beside a running server) fails only jobs whose lock is free — jobs no one works on.
 */
const JOB_LOCK = `hashtextextended('ingest-job:' || $1::text, 0)`;

/**
 * Memory a merge's DISTINCT and index build may use before spilling to disk. Measured in the
 * benchmark (10M hashes, PostgreSQL 18, 2 cores): 256MB with an unsorted hash aggregate merges in
 * 31 s; 1GB with the insert in hash order (presorted input for the key) took 39-40 s, though it was
 * faster alone in psql (24.8 s against 31.2 s).
 */
const MERGE_WORK_MEM = '256MB';

@Injectable()
export class IngestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get jobs() {
    return this.dataSource.getRepository(IngestJobRecord);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async createJob(values: Partial<IngestJobRecord>): Promise<IngestJobRecord> {
    const { id } = await this.jobs.save(this.jobs.create(values));
    return (await this.jobs.findOneBy({ id }))!;
  }

  findJob(id: string): Promise<IngestJobRecord | null> {
    return this.jobs.findOneBy({ id });
  }

  /** Writes progress or results of a job that has not finished; false when it had (a cancel came first). */
  async updateUnfinished(id: string, values: QueryDeepPartialEntity<IngestJobRecord>, manager?: EntityManager): Promise<boolean> {
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(IngestJobRecord)
      .set({ ...values, updatedAt: () => 'now()' })
      .where('id = :id AND status IN (:...open)', { id, open: ['queued', 'running'] })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Claims a queued job for its merge: the durable queue's take, FOR UPDATE SKIP LOCKED so that two
   * workers never take the same job. Null when it is no longer queued (cancelled, or taken).
   */
  async claim(id: string): Promise<IngestJobRecord | null> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE ingest_jobs SET status = 'running', updated_at = now()
        WHERE id = (SELECT id FROM ingest_jobs WHERE id = $1 AND status = 'queued' FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [id],
    );
    return rows.length === 0 ? null : this.findJob(id);
  }

  /**
   * Ends every open job whose process has died: its upload stream is gone and its staging table may
   * have been emptied by crash recovery, so it cannot be finished. A job is left alone while its
   * owner's process lock is held (the owner lives, in whatever phase the job is: before its COPY,
   * copying, queued, merging) or its own lock is (a job from before owners were recorded). Drops
   * the staging tables of jobs no longer open. Any process may run it at any time.
   */
  async failInterruptedJobs(error: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE ingest_jobs SET status = 'failed', error = $1, finished_at = now(), updated_at = now(), eta_seconds = NULL
        WHERE status IN ('queued', 'running')
          AND (owner_token IS NULL OR pg_try_advisory_xact_lock(${PROCESS_LOCK_NAMESPACE}, owner_token))
          AND pg_try_advisory_xact_lock(${JOB_LOCK.replace('$1', 'id')})
        RETURNING id`,
      [error],
    );
    // Staging tables of jobs no longer open: those just failed, and any a crash left behind.
    const tables: { name: string }[] = await this.dataSource.query(
      `SELECT t.tablename AS name FROM pg_tables t
        WHERE t.schemaname = 'ingest_staging'
          AND NOT EXISTS (SELECT 1 FROM ingest_jobs j WHERE 'job_' || replace(j.id::text, '-', '') = t.tablename AND j.status IN ('queued', 'running'))`,
    );
    for (const { name } of tables) await this.dataSource.query(`DROP TABLE IF EXISTS ingest_staging."${name.replace(/"/g, '')}"`);
    return rows.map((row) => row.id);
  }

  async list(query: ListQuery<IngestJobSortField>, filter: IngestJobFilter): Promise<[IngestJobRecord[], number]> {
    const builder = this.jobs.createQueryBuilder('job');
    if (filter.ids) builder.andWhere('job.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.breachIds) builder.andWhere('job.breachId = ANY(:breachIds::uuid[])', { breachIds: filter.breachIds });
    if (filter.statuses) builder.andWhere('job.status = ANY(:statuses::text[])', { statuses: filter.statuses });
    return builder
      .orderBy(`job.${query.sortField}`, query.sortOrder, query.sortOrder === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('job.id', query.sortOrder)
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
  }

  // ── Staging: the upload phase ───────────────────────────────────────────────────────────

  /**
   * An UNLOGGED, unindexed table per upload: COPY into it writes no WAL and maintains no index (the
   * fastest way PostgreSQL takes rows), and crash recovery truncates it, so a killed load leaves
   * nothing behind. Hashes only.
   */
  async createStaging(jobId: string): Promise<void> {
    await this.dataSource.query(
      `CREATE UNLOGGED TABLE ${stagingTable(jobId)} (hash bytea NOT NULL, kind smallint NOT NULL) WITH (autovacuum_enabled = false)`,
    );
  }

  async dropStaging(jobId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DROP TABLE IF EXISTS ${stagingTable(jobId)}`);
  }

  /**
   * Opens `COPY … FROM STDIN (FORMAT binary)` into the job's staging table. Raw pg and pg-copy-streams
   * rather than the ORM: this is the hot path, tens of millions of rows streamed at PostgreSQL's pace.
   */
  async openStagingCopy(jobId: string): Promise<StagingCopy> {
    // The driver's own pool: a connection left mid-COPY by a failed upload must be destroyed, not reused.
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const client: PoolClient = await pool.connect();
    await client.query(`SELECT pg_advisory_lock(${JOB_LOCK})`, [jobId]);
    const stream = client.query(copyFrom(`COPY ${stagingTable(jobId)} (hash, kind) FROM STDIN (FORMAT binary)`));
    return {
      stream,
      release: async (failed) => {
        // A failed connection is destroyed, which frees its lock; a sound one unlocks and goes back.
        if (!failed) await client.query(`SELECT pg_advisory_unlock(${JOB_LOCK})`, [jobId]).catch(() => (failed = true));
        client.release(failed);
      },
    };
  }

  // ── Merge: one transaction ──────────────────────────────────────────────────────────────

  /** Marks the job as worked on (see JOB_LOCK) for the rest of the merge's transaction. */
  async lockJobForMerge(manager: EntityManager, jobId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(${JOB_LOCK})`, [jobId]);
  }

  /** Serialises merges into one breach: two uploads at once are counted one after the other. */
  async lockBreachForMerge(manager: EntityManager, breachId: string): Promise<number> {
    const [{ pid }]: { pid: number }[] = await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('ingest:' || $1::text, 0)), pg_backend_pid() AS pid`,
      [breachId],
    );
    return pid;
  }

  async breachStatus(breachId: string, manager: EntityManager = this.dataSource.manager): Promise<BreachStatus | null> {
    const rows: { status: BreachStatus }[] = await manager.query(`SELECT status FROM breaches WHERE id = $1`, [breachId]);
    return rows[0]?.status ?? null;
  }

  /**
   * Inserts the staged hashes new to the breach; returns how many. A breach's first load builds its
   * partition unindexed, adds the key once over the sorted distinct hashes and attaches it (its CHECK
   * constraint spares ATTACH a validating scan); later loads insert into the indexed partition, skipping
   * hashes it already has. Either way nothing is visible to readers before the caller commits.
   */
  async mergeStaged(manager: EntityManager, jobId: string, breachId: string): Promise<number> {
    await manager.query(`SET LOCAL work_mem = '${MERGE_WORK_MEM}'`);
    await manager.query(`SET LOCAL maintenance_work_mem = '${MERGE_WORK_MEM}'`);
    const partition = partitionTable(breachId);
    const [{ exists }]: { exists: boolean }[] = await manager.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public.${partition}`]);
    if (!exists) {
      await manager.query(
        `CREATE TABLE ${partition} (LIKE exposures INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CHECK (breach_id = '${breachId}'::uuid))`,
      );
      // In hash order: the restriction job walks the partition by its key, so its heap reads (and the
      // hint bits they set, each a page image in the WAL with checksums on) then run through the heap
      // once instead of touching every page in every chunk: 2.8× faster over 2,000,000 exposures
      // (`pnpm bench national`). Without ORDER BY, a hash aggregate leaves them in random order.
      const inserted = await affectedRows(
        manager,
        `INSERT INTO ${partition} (breach_id, identifier_hash, kind) SELECT $1::uuid, hash, min(kind) FROM ${stagingTable(jobId)} GROUP BY hash ORDER BY hash`,
        [breachId],
      );
      await manager.query(`ALTER TABLE ${partition} ADD PRIMARY KEY (identifier_hash, breach_id)`);
      await manager.query(`ALTER TABLE exposures ATTACH PARTITION ${partition} FOR VALUES IN ('${breachId}')`);
      return inserted;
    }
    return affectedRows(
      manager,
      `INSERT INTO ${partition} (breach_id, identifier_hash, kind)
       SELECT $1::uuid, hash, min(kind) FROM ${stagingTable(jobId)} GROUP BY hash
       ON CONFLICT DO NOTHING`,
      [breachId],
    );
  }

  async addToExposureCount(manager: EntityManager, breachId: string, added: number): Promise<void> {
    // Not a regulator's edit: the breach's version (optimistic locking of its form) stays as it is.
    await manager.query(`UPDATE breaches SET exposure_count = exposure_count + $2 WHERE id = $1`, [breachId, added]);
  }

  /**
   * Drops a cancelled job's staging table unless a process is copying into it or merging it (it
   * holds the job's lock, and drops the table itself once it hears of the cancel).
   */
  async dropStagingIfIdle(jobId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ idle }]: { idle: boolean }[] = await manager.query(`SELECT pg_try_advisory_xact_lock(${JOB_LOCK}) AS idle`, [jobId]);
      if (idle) await this.dropStaging(jobId, manager);
    });
  }

  /** Interrupts the statement a merge is running (its transaction then rolls back). */
  async cancelBackend(pid: number): Promise<void> {
    await this.dataSource.query(`SELECT pg_cancel_backend($1)`, [pid]);
  }
}

/** Runs a statement in the caller's transaction and returns how many rows it wrote. */
async function affectedRows(manager: EntityManager, statement: string, parameters: unknown[]): Promise<number> {
  const result = await manager.queryRunner!.query(statement, parameters, true);
  return result.affected ?? 0;
}
