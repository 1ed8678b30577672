import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { breachRestricts, RESTRICTION_JOB_STATUSES, type RestrictionJob } from '@qorgau/shared';
import { BreachConfirmedEvent, BreachRetractedEvent } from '../breaches/breach.events';
import { breachRestrictionPeriod } from '../breaches/breaches.rules';
import { parseJobFilter } from '../common/list-filter';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ExposuresLoadedEvent } from '../ingestion/ingestion.events';
import { RESTRICTION_JOB_SORT_FIELDS, RestrictionJobsRepository, type RestrictionJobRecord } from './restriction-jobs.repository';
import { RestrictionWorker } from './restriction-worker';
import { loadNeedsLateLoadJob } from './restrictions.rules';

/**
 * Turns the breach lifecycle and ingestion announcements into restriction jobs (SPEC §3.2) and shows
 * them. Announcements come after their transaction commits and may be lost if the process stops just
 * then, so each start also creates any job that should exist and does not. Creating a job twice
 * creates it once.
 */
@Injectable()
export class RestrictionJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('RestrictionJobs');

  constructor(
    private readonly jobs: RestrictionJobsRepository,
    private readonly worker: RestrictionWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.createMissedJobs();
    } catch (error) {
      this.logger.error({ err: error }, 'Could not look for restriction work missed while stopped');
    }
    this.worker.start();
  }

  @OnEvent(BreachConfirmedEvent.eventName)
  async onBreachConfirmed(event: BreachConfirmedEvent): Promise<void> {
    await this.safely(event.breachId, () =>
      this.jobs.create({
        breachId: event.breachId,
        kind: 'confirmation',
        period: breachRestrictionPeriod(event.confirmedAt, event.confirmedAt, event.restrictionDays),
      }),
    );
  }

  @OnEvent(BreachRetractedEvent.eventName)
  async onBreachRetracted(event: BreachRetractedEvent): Promise<void> {
    await this.safely(event.breachId, () => this.jobs.create({ breachId: event.breachId, kind: 'retraction', period: null }));
  }

  /** A load into a breach that already restricts: its new IINs are restricted from the load (SPEC §3.2). */
  @OnEvent(ExposuresLoadedEvent.eventName)
  async onExposuresLoaded(event: ExposuresLoadedEvent): Promise<void> {
    await this.safely(event.breachId, () => this.createLateLoadJob(event.breachId, event.jobId));
  }

  async get(id: string): Promise<RestrictionJob> {
    const job = isUuid(id) ? await this.jobs.findById(id) : null;
    if (!job) throw new NotFoundProblem('restriction job', id);
    return toView(job);
  }

  async list(rawQuery: RawListQuery): Promise<{ jobs: RestrictionJob[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: RESTRICTION_JOB_SORT_FIELDS, defaultSort: ['createdAt', 'DESC'] });
    const [jobs, total] = await this.jobs.list(query, parseJobFilter(query.filter, 'restriction job', RESTRICTION_JOB_STATUSES));
    return { jobs: jobs.map(toView), total, offset: query.offset };
  }

  private async createLateLoadJob(breachId: string, ingestJobId: string): Promise<boolean> {
    const breach = await this.jobs.breachFacts(breachId);
    if (!breach || !breachRestricts(breach.status) || !breach.confirmedAt) return false;
    const loadedAt = (await this.jobs.loadFinishedAt(ingestJobId)) ?? new Date();
    // The listener can run after a confirmation that came just after the load (a slow pool, a busy loop).
    if (!loadNeedsLateLoadJob(loadedAt, breach.confirmedAt)) return false;
    return this.jobs.create({
      breachId,
      kind: 'late-load',
      ingestJobId,
      period: breachRestrictionPeriod(breach.confirmedAt, loadedAt, breach.restrictionDays),
    });
  }

  private async createMissedJobs(): Promise<void> {
    const missed = await this.jobs.missedWork();
    for (const breachId of missed.confirmations) {
      const breach = await this.jobs.breachFacts(breachId);
      if (!breach?.confirmedAt) continue;
      await this.jobs.create({ breachId, kind: 'confirmation', period: breachRestrictionPeriod(breach.confirmedAt, breach.confirmedAt, breach.restrictionDays) });
    }
    for (const breachId of missed.retractions) await this.jobs.create({ breachId, kind: 'retraction', period: null });
    for (const load of missed.loads) await this.createLateLoadJob(load.breachId, load.ingestJobId);
    const count = missed.confirmations.length + missed.retractions.length + missed.loads.length;
    if (count > 0) this.logger.warn(`${count} restriction job(s) missed while the registry was stopped were created`);
  }

  /** A listener's failure must not be lost in silence: it is logged, and the next start creates the job. */
  private async safely(breachId: string, create: () => Promise<boolean>): Promise<void> {
    try {
      if (await create()) this.worker.wake();
    } catch (error) {
      this.logger.error({ err: error, breachId }, 'Could not create a restriction job; it will be created at the next start');
    }
  }
}

function toView(job: RestrictionJobRecord): RestrictionJob {
  return {
    id: job.id,
    breachId: job.breachId,
    kind: job.kind,
    ingestJobId: job.ingestJobId,
    status: job.status,
    startsAt: job.startsAt?.toISOString() ?? null,
    endsAt: job.endsAt?.toISOString() ?? null,
    processed: job.processed,
    total: job.total,
    changed: job.changed,
    rate: job.rate,
    etaSeconds: job.etaSeconds,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
