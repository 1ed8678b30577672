import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { RestrictionJobsRepository, type ChunkResult, type RestrictionJobRecord, type WorkerSession } from './restriction-jobs.repository';
import { restrictionJobMayContinue, restrictionJobProgress, restrictionsMayBeWrittenUnchecked } from './restrictions.rules';

/** Jobs worked on at once by one process: a late load into a small breach need not wait for a ten-million confirmation. */
const MAX_WORKERS = 2;
/** How often open jobs are looked for besides the announcements: jobs left by another process, jobs to retry. */
const POLL_MS = 5_000;
/** A job whose chunk failed is tried again after this long, then twice as long each time, up to a minute. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

type ChunkOutcome = { kind: 'continue'; chunk: ChunkResult } | { kind: 'done' | 'stopped' };

/**
 * Runs restriction jobs (SPEC §3.2) in the background: each job walks its breach's IIN exposures a
 * chunk per transaction (`RESTRICTION_CHUNK_SIZE`), saving its cursor with the chunk, so ten million
 * restrictions are written without a long transaction and without holding the API up. The jobs of a
 * breach run one at a time under an advisory lock; jobs left `running` by a stopped process are
 * resumed from their cursor once started (RestrictionJobsService, at boot), and looked for again
 * every few seconds.
 */
@Injectable()
export class RestrictionWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger('RestrictionJobs');
  private readonly chunkSize: number;
  private readonly loops = new Set<Promise<void>>();
  /** Breaches whose job failed, and when to try again. */
  private readonly retries = new Map<string, { at: number; delayMs: number }>();
  private stopping = false;
  private rescanRequested = false;
  private poll?: NodeJS.Timeout;

  constructor(
    private readonly jobs: RestrictionJobsRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.chunkSize = config.restrictions.chunkSize;
  }

  /** Starts working: open jobs now, and a look every few seconds. */
  start(): void {
    this.poll = setInterval(() => this.wake(), POLL_MS);
    this.poll.unref();
    this.wake();
  }

  /** Lets each job finish the chunk it is on; a job not done stays `running`, to be resumed at the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.poll);
    await Promise.all(this.loops);
  }

  /** Looks for work now: a job was created, or may be waiting. */
  wake(): void {
    if (this.stopping) return;
    this.rescanRequested = true;
    while (this.loops.size < MAX_WORKERS) {
      const loop: Promise<void> = this.work().finally(() => this.loops.delete(loop));
      this.loops.add(loop);
    }
  }

  /** Resolves true once no job is open, false if some still are after `timeoutMs` (for the demo seed, which stops right after). */
  async idle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.jobs.countOpen()) === 0) return true;
      if (this.stopping || Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async work(): Promise<void> {
    for (;;) {
      if (this.stopping) return;
      this.rescanRequested = false;
      let worked = false;
      try {
        worked = await this.runNextJob();
      } catch (error) {
        this.logger.error({ err: error }, 'Could not look for restriction jobs');
      }
      if (!worked && !this.rescanRequested) return;
    }
  }

  /** Takes the oldest open job of the first breach no other worker holds, and runs it; false when there was none. */
  private async runNextJob(): Promise<boolean> {
    const now = Date.now();
    const breachIds = (await this.jobs.breachesWithOpenJobs()).filter((breachId) => (this.retries.get(breachId)?.at ?? 0) <= now);
    if (breachIds.length === 0) return false;
    const session = await this.jobs.openWorkerSession();
    let broken = false;
    try {
      for (const breachId of breachIds) {
        if (this.stopping) return false;
        if (!(await session.tryLockBreach(breachId))) continue;
        let job: RestrictionJobRecord | null = null;
        try {
          job = await session.claimOldestOfBreach(breachId);
          if (job) await this.run(session, job);
        } catch (error) {
          broken = true;
          if (job) await this.failed(job, error);
          else throw error;
        } finally {
          if (!broken) await session.unlockBreach(breachId);
        }
        if (job) return true;
      }
      return false;
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      session.release(broken);
    }
  }

  private async run(session: WorkerSession, claimed: RestrictionJobRecord): Promise<void> {
    const job = { ...claimed };
    const total = job.total ?? (await session.countTotal(job));
    const runStartedAt = Date.now();
    let processedThisRun = 0;
    // Decided in the first chunk's transaction, with the breach's row locked, and kept for the run.
    let unchecked: boolean | undefined;
    this.logger.log({ jobId: job.id, breachId: job.breachId, kind: job.kind, total, resumedAt: job.processed }, 'Restriction job under way');
    for (;;) {
      // Stopping between chunks leaves the job `running` with its cursor, for the next start.
      if (this.stopping) return;
      const outcome = await session.inBreachTransaction(job.breachId, async ({ status, restrictedCount }): Promise<ChunkOutcome> => {
        if (!restrictionJobMayContinue(job.kind, status)) {
          await session.finish(job, 'stopped', `The breach is ${status} now; its restrictions are no longer placed.`);
          return { kind: 'stopped' };
        }
        unchecked ??= restrictionsMayBeWrittenUnchecked(job, restrictedCount, this.retries.has(job.breachId));
        const chunk = await session.applyChunk(job, this.chunkSize, unchecked);
        const progress = restrictionJobProgress({
          total,
          processed: job.processed + chunk.walked,
          processedThisRun: processedThisRun + chunk.walked,
          elapsedMs: Date.now() - runStartedAt,
        });
        if (chunk.walked > 0) await session.saveProgress(job.id, chunk, progress);
        // A short chunk was the breach's last: the job ends in the same transaction.
        if (chunk.walked < this.chunkSize) {
          await session.finish(job, 'done');
          return { kind: 'done' };
        }
        return { kind: 'continue', chunk };
      });
      if (outcome.kind !== 'continue') {
        this.retries.delete(job.breachId);
        this.logger.log({ jobId: job.id, breachId: job.breachId, kind: job.kind, status: outcome.kind, seconds: (Date.now() - runStartedAt) / 1000 }, 'Restriction job ended');
        return;
      }
      job.cursor = outcome.chunk.last!;
      job.processed += outcome.chunk.walked;
      processedThisRun += outcome.chunk.walked;
    }
  }

  /** A chunk failed (its transaction rolled back): the job stays open with its cursor and is tried again later. */
  private async failed(job: RestrictionJobRecord, error: unknown): Promise<void> {
    const delayMs = Math.min(MAX_RETRY_MS, (this.retries.get(job.breachId)?.delayMs ?? FIRST_RETRY_MS / 2) * 2);
    this.retries.set(job.breachId, { at: Date.now() + delayMs, delayMs });
    this.logger.error({ err: error, jobId: job.id, breachId: job.breachId, retryInMs: delayMs }, 'Restriction job failed; it will be tried again');
    // The details go to the log only: a database error may quote the values of the chunk.
    await this.jobs.recordError(job.id, 'A chunk failed; the job will be tried again from where it stopped.').catch(() => undefined);
  }
}
