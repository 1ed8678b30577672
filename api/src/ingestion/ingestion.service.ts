import { Inject, Injectable, Logger, OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { INGEST_JOB_STATUSES, type BreachStatus, type IngestJob, type IngestJobAccepted } from '@qorgau/shared';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { parseJobFilter } from '../common/list-filter';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { APP_CONFIG } from '../config/config.module';
import { CHANGE_CHANNELS, ChangeNotifications } from '../database/change-notifications';
import { ProcessLiveness } from '../database/process-liveness';
import type { ResolvedConfig } from '../config/development-secrets';
import { copyIdentifiers, UnreadableFileError, type ReadFigures } from './csv-identifiers';
import { IdentifierHasher } from './identifier-hasher';
import type { IngestJobRecord } from './ingest-job.entity';
import { ExposuresLoadedEvent } from './ingestion.events';
import { IngestionException } from './ingestion.exception';
import { INGEST_JOB_SORT_FIELDS, IngestionRepository } from './ingestion.repository';
import { canLoadInto, mergeCounts, progressFigures } from './ingestion.rules';

export const INTERRUPTED_BY_RESTART = 'interrupted by a restart; upload the file again';
export const CANCELLED = 'cancelled';

/** A file to load: its bytes as they arrive, and their number when the client said it. */
export interface Upload {
  stream: Readable;
  bytesTotal: number | null;
}

/** What this process is doing for a job: reading its upload, or merging it (on backend `pid`). */
interface ActiveJob {
  abort: AbortController;
  pid?: number;
}

class MergeCancelled extends Error {}

/** The breach was rejected, retracted or deleted while its load waited: the job's error says so. */
class BreachNoLongerLoadable extends Error {
  constructor(status: BreachStatus | null) {
    super(`The breach was ${status ?? 'deleted'} before the load finished; nothing was loaded.`);
  }
}

/**
 * Loads leaked identifiers into a breach (SPEC §5.1, §3.7) in two phases:
 * - upload: the request body is streamed through the CSV reader into an unlogged staging table
 *   of hashes (raw values exist only in memory, one row at a time); the job is `running`, and
 *   `queued` once the body is consumed, when the client gets 202 {jobId};
 * - merge: one transaction takes the distinct new hashes into the breach's exposures, updates the
 *   breach's count, records the audit event and finishes the job — all or nothing.
 * The ingest_jobs table is the durable queue: a job is claimed with SKIP LOCKED; a job whose
 * process died cannot be finished (its stream is gone, its staging may be truncated), so any other
 * process marks it failed — at its start and every minute — and drops its staging. A job is stamped
 * with its process's token (database/process-liveness.ts), so a live process's job is never taken
 * for an interrupted one; a cancel received by another process is announced to the one working on it.
 */
/** How often each process looks for jobs of processes that died. */
const INTERRUPTED_SWEEP_MS = 60_000;

@Injectable()
export class IngestionService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Ingestion');
  private readonly hasher: IdentifierHasher;
  private readonly active = new Map<string, ActiveJob>();
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: IngestionRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly liveness: ProcessLiveness,
    private readonly notifications: ChangeNotifications,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.hasher = new IdentifierHasher(config.registry.pepper);
    notifications.subscribe(CHANGE_CHANNELS.ingestJobCancelled, (jobId) => void this.stopCancelled(jobId));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.failInterruptedJobs();
    this.sweepTimer = setInterval(() => {
      this.failInterruptedJobs().catch((error: Error) => this.logger.warn(`could not look for interrupted ingestion jobs: ${error.message}`));
    }, INTERRUPTED_SWEEP_MS);
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweepTimer);
  }

  private async failInterruptedJobs(): Promise<void> {
    const interrupted = await this.jobs.failInterruptedJobs(INTERRUPTED_BY_RESTART);
    if (interrupted.length > 0) this.logger.warn(`${interrupted.length} ingestion job(s) interrupted by a restart were marked failed`);
  }

  /** Reads the whole upload into staging, queues the merge and returns the job's id. */
  async upload(breachId: string, upload: Upload, actor: Actor): Promise<IngestJobAccepted> {
    const status = isUuid(breachId) ? await this.jobs.breachStatus(breachId) : null;
    if (status === null) throw new NotFoundProblem('breach', breachId);
    if (!canLoadInto(status)) throw IngestionException.breachNotLoadable(status);

    const startedAt = new Date();
    const job = await this.jobs.createJob({
      breachId,
      status: 'running',
      bytesTotal: upload.bytesTotal,
      rejectSample: [],
      actorId: actor.id,
      actorEmail: actor.email,
      actorRole: actor.role,
      requestId: actor.requestId,
      ownerToken: this.liveness.token,
      startedAt,
    });
    const abort = new AbortController();
    this.active.set(job.id, { abort });
    let failed = true;
    try {
      await this.jobs.createStaging(job.id);
      const copy = await this.jobs.openStagingCopy(job.id);
      let figures: ReadFigures;
      // Progress writes one after another, all done before the final write, so none overwrites it.
      let progressWrites = Promise.resolve();
      try {
        figures = await copyIdentifiers(upload.stream, copy.stream, {
          hasher: this.hasher,
          signal: abort.signal,
          onProgress: (progress) => {
            progressWrites = progressWrites.then(() => this.saveProgress(job.id, progress, upload.bytesTotal, startedAt));
          },
        });
        await copy.release(false);
      } catch (error) {
        await copy.release(true);
        throw error;
      } finally {
        await progressWrites;
      }
      const queued = await this.jobs.updateUnfinished(job.id, {
        status: 'queued',
        ...figures,
        ...progressFigures({ ...figures, bytesTotal: upload.bytesTotal, elapsedMs: Date.now() - startedAt.getTime() }),
        etaSeconds: null,
      });
      failed = !queued;
    } catch (error) {
      if (abort.signal.aborted) {
        upload.stream.destroy();
      } else {
        const message =
          error instanceof UnreadableFileError ? error.message : 'The upload was interrupted before the whole file arrived; nothing was loaded. Upload the file again.';
        if (!(error instanceof UnreadableFileError)) this.logger.warn({ err: error, jobId: job.id }, 'Upload failed');
        await this.jobs.updateUnfinished(job.id, { status: 'failed', error: message, finishedAt: new Date(), etaSeconds: null });
        await drain(upload.stream);
      }
    } finally {
      this.active.delete(job.id);
      if (failed) await this.jobs.dropStaging(job.id).catch((error) => this.logger.error({ err: error, jobId: job.id }, 'Could not drop staging'));
    }
    if (!failed) setImmediate(() => void this.merge(job.id));
    return { jobId: job.id };
  }

  /** The merge phase of a queued job: one transaction, serialised per breach. */
  async merge(jobId: string): Promise<void> {
    const job = await this.jobs.claim(jobId);
    if (!job) return;
    const active: ActiveJob = { abort: new AbortController() };
    this.active.set(jobId, active);
    try {
      await this.jobs.transaction(async (manager) => {
        await this.jobs.lockJobForMerge(manager, jobId);
        active.pid = await this.jobs.lockBreachForMerge(manager, job.breachId);
        if (active.abort.signal.aborted) throw new MergeCancelled();
        const status = await this.jobs.breachStatus(job.breachId, manager);
        if (status === null || !canLoadInto(status)) throw new BreachNoLongerLoadable(status);
        const inserted = await this.jobs.mergeStaged(manager, jobId, job.breachId);
        const { accepted, duplicates } = mergeCounts(job.validValues, inserted);
        await this.jobs.addToExposureCount(manager, job.breachId, accepted);
        const done = await this.jobs.updateUnfinished(jobId, { status: 'done', accepted, duplicates, finishedAt: new Date(), etaSeconds: 0 }, manager);
        if (!done) throw new MergeCancelled();
        await this.jobs.dropStaging(jobId, manager);
        // Counts only: never an identifier, not even hashed.
        await this.audit.append(manager, {
          actor: jobActor(job),
          action: 'ingest.completed',
          entityType: 'ingest-job',
          entityId: jobId,
          before: null,
          after: { breachId: job.breachId, rowsRead: job.rowsRead, accepted, rejected: job.rejected, duplicates },
        });
      });
      this.events.emit(ExposuresLoadedEvent.eventName, new ExposuresLoadedEvent(job.breachId, jobId));
    } catch (error) {
      if (!(error instanceof MergeCancelled) && !active.abort.signal.aborted) {
        this.logger.error({ err: error, jobId }, 'Merge failed');
        const message = error instanceof BreachNoLongerLoadable ? error.message : 'The load failed while being merged; nothing was loaded. Upload the file again.';
        await this.jobs.updateUnfinished(jobId, { status: 'failed', error: message, finishedAt: new Date(), etaSeconds: null });
      }
      await this.jobs.dropStaging(jobId).catch((dropError) => this.logger.error({ err: dropError, jobId }, 'Could not drop staging'));
    } finally {
      this.active.delete(jobId);
    }
  }

  /** Cancels a queued or running job: it fails with "cancelled" and nothing of it is kept. */
  async cancel(id: string, actor: Actor): Promise<IngestJob> {
    const job = await this.findOrFail(id);
    if (job.status === 'done' || job.status === 'failed') throw IngestionException.jobFinished(job.status);
    const cancelled = await this.jobs.transaction(async (manager) => {
      const changed = await this.jobs.updateUnfinished(id, { status: 'failed', error: CANCELLED, finishedAt: new Date(), etaSeconds: null }, manager);
      if (changed) {
        await this.audit.append(manager, { actor, action: 'ingest.cancelled', entityType: 'ingest-job', entityId: id, before: { status: job.status }, after: { status: 'failed' } });
        // The process working on it, this one or another, stops when the cancel commits.
        await this.notifications.announce(manager, CHANGE_CHANNELS.ingestJobCancelled, id);
      }
      return changed;
    });
    if (!cancelled) {
      const now = await this.findOrFail(id);
      throw IngestionException.jobFinished(now.status);
    }
    if (!(await this.stopCancelled(id))) await this.jobs.dropStagingIfIdle(id);
    return toView(await this.findOrFail(id));
  }

  /**
   * Stops this process's work on a cancelled job (its own cleanup then drops the staging); whether
   * it had any. Told '' (the listener reconnected, a cancel may have been missed): checks every job.
   */
  private async stopCancelled(jobId: string): Promise<boolean> {
    if (jobId === '') {
      for (const id of this.active.keys()) if ((await this.jobs.findJob(id))?.status === 'failed') await this.stopCancelled(id);
      return false;
    }
    const active = this.active.get(jobId);
    if (!active || active.abort.signal.aborted) return active !== undefined;
    active.abort.abort();
    if (active.pid !== undefined) await this.jobs.cancelBackend(active.pid);
    return true;
  }

  async get(id: string): Promise<IngestJob> {
    return toView(await this.findOrFail(id));
  }

  async list(rawQuery: RawListQuery): Promise<{ jobs: IngestJob[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: INGEST_JOB_SORT_FIELDS, defaultSort: ['createdAt', 'DESC'] });
    const [jobs, total] = await this.jobs.list(query, parseJobFilter(query.filter, 'ingestion job', INGEST_JOB_STATUSES));
    return { jobs: jobs.map(toView), total, offset: query.offset };
  }

  private async saveProgress(jobId: string, figures: ReadFigures, bytesTotal: number | null, startedAt: Date): Promise<void> {
    try {
      await this.jobs.updateUnfinished(jobId, {
        rowsRead: figures.rowsRead,
        validValues: figures.validValues,
        rejected: figures.rejected,
        rejectSample: figures.rejectSample,
        bytesRead: figures.bytesRead,
        ...progressFigures({ ...figures, bytesTotal, elapsedMs: Date.now() - startedAt.getTime() }),
      });
    } catch (error) {
      this.logger.warn({ err: error, jobId }, 'Could not save progress');
    }
  }

  private async findOrFail(id: string): Promise<IngestJobRecord> {
    const job = isUuid(id) ? await this.jobs.findJob(id) : null;
    if (!job) throw new NotFoundProblem('ingestion job', id);
    return job;
  }
}

/** Reads and discards the rest of a body, so that the client gets its answer. */
async function drain(stream: Readable): Promise<void> {
  if (stream.destroyed || stream.readableEnded) return;
  stream.resume();
  await finished(stream).catch(() => undefined);
}

function jobActor(job: IngestJobRecord): Actor | null {
  if (!job.actorId || !job.actorEmail || !job.actorRole) return null;
  return { id: job.actorId, email: job.actorEmail, role: job.actorRole, requestId: job.requestId };
}

export function toView(job: IngestJobRecord): IngestJob {
  return {
    id: job.id,
    breachId: job.breachId,
    status: job.status,
    rowsRead: job.rowsRead,
    accepted: job.accepted,
    rejected: job.rejected,
    duplicates: job.duplicates,
    rejectSample: job.rejectSample,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    bytesRead: job.bytesRead,
    bytesTotal: job.bytesTotal,
    rate: job.rate,
    etaSeconds: job.etaSeconds,
    error: job.error,
  };
}
