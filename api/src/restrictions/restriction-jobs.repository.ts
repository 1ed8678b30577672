import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreachStatus, RestrictionJob, RestrictionJobKind, RestrictionJobStatus } from '@qorgau/shared';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { SqlConditions, type JobFilter } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import { NotificationChannels } from '../notifications/notification-channels';
import { exposureAlertsSql } from '../notifications/notifications.repository';
import { RESTRICTING_KIND_CODES, RESTRICTING_STATUSES_SQL } from '../breaches/breaches.repository';
import type { RestrictionPeriod } from './restrictions.rules';

/** One restriction job as stored (SPEC §3.2): the contract's RestrictionJob, its times as Dates, and the last hash walked. */
export interface RestrictionJobRecord extends Omit<RestrictionJob, 'startsAt' | 'endsAt' | 'createdAt' | 'startedAt' | 'finishedAt'> {
  startsAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  cursor: Buffer;
}

export type RestrictionJobSortField = 'createdAt' | 'startedAt' | 'finishedAt' | 'status' | 'kind' | 'processed' | 'changed';
export const RESTRICTION_JOB_SORT_FIELDS: readonly RestrictionJobSortField[] = ['createdAt', 'startedAt', 'finishedAt', 'status', 'kind', 'processed', 'changed'];
const SORT_COLUMNS: Record<RestrictionJobSortField, string> = {
  createdAt: 'created_at',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
  status: 'status',
  kind: 'kind',
  processed: 'processed',
  changed: 'changed',
};

export type RestrictionJobFilter = JobFilter<RestrictionJobStatus>;

/** A job to create: a confirmation's, a load's or a retraction's. */
export interface NewRestrictionJob {
  breachId: string;
  kind: RestrictionJobKind;
  ingestJobId?: string;
  period: RestrictionPeriod | null;
}

/** What one chunk did: IIN exposures walked, restriction rows written or deleted, the last hash walked. */
export interface ChunkResult {
  walked: number;
  changed: number;
  last: Buffer | null;
}

/** A breach as a job needs it: whether it restricts now, and since when and for how long it does. */
export interface BreachRestrictionFacts {
  status: BreachStatus;
  restrictionDays: number;
  confirmedAt: Date | null;
}

const COLUMNS = `id, breach_id, kind, ingest_job_id, status, starts_at, ends_at, cursor, processed::float8 AS processed, total::float8 AS total,
  changed::float8 AS changed, rate, eta_seconds, error, created_at, started_at, finished_at`;

/**
 * One chunk of a breach's IIN exposures after the cursor, in hash order: the key of each partition
 * leads with the hash, so this is a range read of the breach's partition, and the restrictions it
 * writes or deletes arrive in key order too.
 */
const CHUNK = `batch AS MATERIALIZED (
    SELECT identifier_hash FROM exposures
     WHERE breach_id = $1 AND kind = ANY($2::smallint[]) AND identifier_hash > $3
     ORDER BY identifier_hash LIMIT $4
  )`;

/**
 * Places the chunk's restrictions; one already there (an earlier run of the chunk, another job) is
 * kept as it is — unless `unchecked`, when none can be there (restrictionsMayBeWrittenUnchecked) and
 * the rows are inserted without the speculative insertion ON CONFLICT makes of each. In the same
 * statement, the exposure alerts of the chunk's people who gave a contact (SPEC §3.8): a
 * confirmation, a late load and a confirmation after approval all come through here, in the
 * background, so the alerts hold back neither the confirmation nor the bank check.
 */
const restrictChunk = (unchecked: boolean) => `WITH ${CHUNK}, written AS (
    INSERT INTO restrictions (iin_hash, breach_id, starts_at, ends_at)
    SELECT identifier_hash, $1, $5, $6 FROM batch
    ${unchecked ? '' : 'ON CONFLICT DO NOTHING'}
    RETURNING 1
  ), alerted AS (
    ${exposureAlertsSql('batch', '$1', '$7')}
  )
  SELECT (SELECT count(*) FROM batch)::int AS walked, (SELECT count(*) FROM written)::int AS changed, (SELECT max(identifier_hash) FROM batch) AS last`;
const RESTRICT_CHUNK = restrictChunk(false);
const RESTRICT_CHUNK_UNCHECKED = restrictChunk(true);

/** Deletes the chunk's restrictions by their key. */
/**
 * A retraction's chunk: its people's restrictions from the breach go, and so do their exposure
 * alerts not yet delivered (by notifications_exposure_once_idx), so that nobody is told of a breach
 * that was not one. A message already out for delivery may still arrive: at least once, as ever.
 */
const UNRESTRICT_CHUNK = `WITH ${CHUNK}, written AS (
    DELETE FROM restrictions r USING batch b WHERE r.iin_hash = b.identifier_hash AND r.breach_id = $1
    RETURNING 1
  ), withdrawn AS (
    DELETE FROM notifications n USING batch b
     WHERE n.type = 'exposure' AND n.subject_id = $1 AND n.iin_hash = b.identifier_hash AND n.status <> 'delivered'
  )
  SELECT (SELECT count(*) FROM batch)::int AS walked, (SELECT count(*) FROM written)::int AS changed, (SELECT max(identifier_hash) FROM batch) AS last`;

/**
 * The session-level advisory lock a worker holds on a breach while it works on one of its jobs: the
 * jobs of a breach run one at a time, in order, and a job whose process died (its connection, and so
 * its lock, gone) is free to be resumed by the next worker that looks.
 */
const BREACH_LOCK = `hashtextextended('restriction-breach:' || $1::text, 0)`;

/**
 * A worker's own connection: it holds the breach's advisory lock across the job's chunks, each
 * chunk one transaction on it. Raw `pg` rather than the ORM: a connection that failed is destroyed,
 * never returned to the pool with a lock still held.
 */
export class WorkerSession {
  constructor(
    private readonly client: PoolClient,
    private readonly alertChannels: readonly string[],
  ) {}

  async tryLockBreach(breachId: string): Promise<boolean> {
    const { rows } = await this.client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${BREACH_LOCK}) AS locked`, [breachId]);
    return rows[0].locked;
  }

  async unlockBreach(breachId: string): Promise<void> {
    await this.client.query(`SELECT pg_advisory_unlock(${BREACH_LOCK})`, [breachId]);
  }

  /**
   * Takes the oldest open job of a breach whose lock this session holds: FOR UPDATE SKIP LOCKED, so
   * that a job being finished or counted by another transaction is passed over rather than waited for.
   */
  async claimOldestOfBreach(breachId: string): Promise<RestrictionJobRecord | null> {
    const { rows } = await this.client.query(
      `UPDATE restriction_jobs SET status = 'running', started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = (SELECT id FROM restriction_jobs WHERE breach_id = $1 AND status IN ('queued', 'running')
                     ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`,
      [breachId],
    );
    return rows.length === 0 ? null : toRecord(rows[0]);
  }

  /** The number of IIN exposures a job walks, counted once when it is first taken up. */
  async countTotal(job: RestrictionJobRecord): Promise<number> {
    const { rows } = await this.client.query<{ total: number }>(
      `UPDATE restriction_jobs SET total = (SELECT count(*) FROM exposures WHERE breach_id = $2 AND kind = ANY($3::smallint[]))
        WHERE id = $1 RETURNING total::float8 AS total`,
      [job.id, job.breachId, RESTRICTING_KIND_CODES],
    );
    return rows[0].total;
  }

  /**
   * Runs `work` in one transaction that first locks the breach's row: a lifecycle move waits for the
   * chunk, and the chunk sees the breach's status as it is after any move that came first. FOR NO KEY
   * UPDATE, the lock an UPDATE takes, leaves rows that merely reference the breach free to be written.
   */
  async inBreachTransaction<T>(breachId: string, work: (breach: { status: BreachStatus; restrictedCount: number }) => Promise<T>): Promise<T> {
    await this.client.query('BEGIN');
    try {
      const { rows } = await this.client.query<{ status: BreachStatus; restrictedCount: number }>(
        `SELECT status, restricted_count AS "restrictedCount" FROM breaches WHERE id = $1 FOR NO KEY UPDATE`,
        [breachId],
      );
      const result = await work(rows[0]);
      await this.client.query('COMMIT');
      return result;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Restricts (or, for a retraction, unrestricts) the next chunk of the job's breach; in the caller's
   * transaction. `unchecked`: see restrictionsMayBeWrittenUnchecked.
   */
  async applyChunk(job: RestrictionJobRecord, chunkSize: number, unchecked = false): Promise<ChunkResult> {
    const parameters: unknown[] = [job.breachId, RESTRICTING_KIND_CODES, job.cursor, chunkSize];
    const { rows } =
      job.kind === 'retraction'
        ? await this.client.query<ChunkResult>(UNRESTRICT_CHUNK, parameters)
        : await this.client.query<ChunkResult>(unchecked ? RESTRICT_CHUNK_UNCHECKED : RESTRICT_CHUNK, [...parameters, job.startsAt, job.endsAt, this.alertChannels]);
    const result = rows[0];
    if (result.changed !== 0) {
      // Not a regulator's edit: the breach's version (optimistic locking of its form) stays as it is.
      const delta = job.kind === 'retraction' ? -result.changed : result.changed;
      await this.client.query(`UPDATE breaches SET restricted_count = restricted_count + $2 WHERE id = $1`, [job.breachId, delta]);
    }
    return result;
  }

  /** Saves the job's cursor and progress; in the caller's transaction, with the chunk it describes. */
  async saveProgress(jobId: string, chunk: ChunkResult, progress: { rate: number; etaSeconds: number | null }): Promise<void> {
    await this.client.query(
      `UPDATE restriction_jobs SET cursor = $2, processed = processed + $3, changed = changed + $4, rate = $5, eta_seconds = $6, error = NULL, updated_at = now()
        WHERE id = $1`,
      [jobId, chunk.last, chunk.walked, chunk.changed, progress.rate, progress.etaSeconds],
    );
  }

  /**
   * Ends the job: done, or stopped with a reason. A retraction that is done leaves its breach with
   * no restriction counted, whatever happened to its exposures meanwhile.
   */
  async finish(job: RestrictionJobRecord, status: 'done' | 'stopped', error: string | null = null): Promise<void> {
    await this.client.query(
      `UPDATE restriction_jobs SET status = $2::text, error = $3, eta_seconds = CASE WHEN $2::text = 'done' THEN 0 END, finished_at = now(), updated_at = now()
        WHERE id = $1`,
      [job.id, status, error],
    );
    if (job.kind === 'retraction' && status === 'done') await this.client.query(`UPDATE breaches SET restricted_count = 0 WHERE id = $1`, [job.breachId]);
  }

  /** Hands the connection back; a broken one is destroyed (which frees any lock it held). */
  release(broken: boolean): void {
    this.client.release(broken);
  }
}

@Injectable()
export class RestrictionJobsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: NotificationChannels,
  ) {}

  async openWorkerSession(): Promise<WorkerSession> {
    // The driver's own pool, as the ingestion's staging COPY uses it.
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return new WorkerSession(await pool.connect(), this.channels.written);
  }

  /** Creates a job unless its breach (or load) has one of its kind already; returns whether it did. */
  async create(job: NewRestrictionJob): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO restriction_jobs (breach_id, kind, ingest_job_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [job.breachId, job.kind, job.ingestJobId ?? null, job.period?.startsAt ?? null, job.period?.endsAt ?? null],
    );
    return rows.length > 0;
  }

  /** Keeps the last error on a job that will be tried again. */
  async recordError(jobId: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE restriction_jobs SET error = $2, updated_at = now() WHERE id = $1`, [jobId, error]);
  }

  /** The breaches of open jobs, the oldest job's first. */
  async breachesWithOpenJobs(): Promise<string[]> {
    const rows: { breach_id: string }[] = await this.dataSource.query(
      `SELECT breach_id FROM restriction_jobs WHERE status IN ('queued', 'running') GROUP BY breach_id ORDER BY min(created_at)`,
    );
    return rows.map((row) => row.breach_id);
  }

  async countOpen(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM restriction_jobs WHERE status IN ('queued', 'running')`);
    return count;
  }

  /** Its status, restriction days, and when it was last confirmed (from its timeline); null for no such breach. */
  async breachFacts(breachId: string): Promise<BreachRestrictionFacts | null> {
    const rows: { status: BreachStatus; restriction_days: number; confirmed_at: Date | null }[] = await this.dataSource.query(
      `SELECT b.status, b.restriction_days,
              (SELECT max(t.at) FROM breach_transitions t WHERE t.breach_id = b.id AND t.to_status = 'confirmed') AS confirmed_at
         FROM breaches b WHERE b.id = $1`,
      [breachId],
    );
    return rows.length === 0 ? null : { status: rows[0].status, restrictionDays: rows[0].restriction_days, confirmedAt: rows[0].confirmed_at };
  }

  /** When a load committed its exposures (its job's end). */
  async loadFinishedAt(ingestJobId: string): Promise<Date | null> {
    const rows: { finished_at: Date | null }[] = await this.dataSource.query(`SELECT finished_at FROM ingest_jobs WHERE id = $1 AND status = 'done'`, [ingestJobId]);
    return rows[0]?.finished_at ?? null;
  }

  /**
   * Work an announcement should have created but did not (the process stopped between a move's
   * commit and its listener): restricting breaches without a confirmation job, retracted breaches
   * without a retraction job, and loads finished after a breach's confirmation without a job.
   */
  async missedWork(): Promise<{ confirmations: string[]; retractions: string[]; loads: { breachId: string; ingestJobId: string }[] }> {
    const [confirmations, retractions, loads]: [{ id: string }[], { id: string }[], { breach_id: string; id: string }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT b.id FROM breaches b WHERE b.status IN (${RESTRICTING_STATUSES_SQL})
            AND NOT EXISTS (SELECT 1 FROM restriction_jobs j WHERE j.breach_id = b.id AND j.kind = 'confirmation')`,
      ),
      this.dataSource.query(
        `SELECT b.id FROM breaches b WHERE b.status = 'retracted'
            AND EXISTS (SELECT 1 FROM restriction_jobs j WHERE j.breach_id = b.id AND j.kind = 'confirmation')
            AND NOT EXISTS (SELECT 1 FROM restriction_jobs j WHERE j.breach_id = b.id AND j.kind = 'retraction')`,
      ),
      this.dataSource.query(
        `SELECT i.breach_id, i.id FROM ingest_jobs i JOIN breaches b ON b.id = i.breach_id
          WHERE i.status = 'done' AND b.status IN (${RESTRICTING_STATUSES_SQL})
            AND i.finished_at > (SELECT max(t.at) FROM breach_transitions t WHERE t.breach_id = b.id AND t.to_status = 'confirmed')
            AND NOT EXISTS (SELECT 1 FROM restriction_jobs j WHERE j.ingest_job_id = i.id)`,
      ),
    ]);
    return {
      confirmations: confirmations.map((row) => row.id),
      retractions: retractions.map((row) => row.id),
      loads: loads.map((row) => ({ breachId: row.breach_id, ingestJobId: row.id })),
    };
  }

  async findById(id: string): Promise<RestrictionJobRecord | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM restriction_jobs WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toRecord(rows[0]);
  }

  async list(query: ListQuery<RestrictionJobSortField>, filter: RestrictionJobFilter): Promise<[RestrictionJobRecord[], number]> {
    const sql = new SqlConditions();
    if (filter.ids) sql.add((p) => `id = ANY(${p}::uuid[])`, filter.ids);
    if (filter.breachIds) sql.add((p) => `breach_id = ANY(${p}::uuid[])`, filter.breachIds);
    if (filter.statuses) sql.add((p) => `status = ANY(${p}::text[])`, filter.statuses);
    const { where, parameters } = sql;
    const column = SORT_COLUMNS[query.sortField];
    const nulls = query.sortOrder === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST';
    const [rows, [{ total }]]: [Record<string, unknown>[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM restriction_jobs ${where} ORDER BY ${column} ${query.sortOrder} ${nulls}, id ${query.sortOrder} OFFSET ${query.offset} LIMIT ${query.limit}`,
        parameters,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM restriction_jobs ${where}`, parameters),
    ]);
    return [rows.map(toRecord), total];
  }
}

function toRecord(row: Record<string, unknown>): RestrictionJobRecord {
  return {
    id: row.id as string,
    breachId: row.breach_id as string,
    kind: row.kind as RestrictionJobKind,
    ingestJobId: row.ingest_job_id as string | null,
    status: row.status as RestrictionJobStatus,
    startsAt: row.starts_at as Date | null,
    endsAt: row.ends_at as Date | null,
    cursor: row.cursor as Buffer,
    processed: row.processed as number,
    total: row.total as number | null,
    changed: row.changed as number,
    rate: row.rate as number,
    etaSeconds: row.eta_seconds as number | null,
    error: row.error as string | null,
    createdAt: row.created_at as Date,
    startedAt: row.started_at as Date | null,
    finishedAt: row.finished_at as Date | null,
  };
}
