import { Inject, Injectable } from '@nestjs/common';
import {
  LIFT_KINDS,
  LIFT_SCOPES,
  LIFT_STATUSES,
  LIFT_WINDOW_DAYS,
  LIFTS_PER_WINDOW,
  isValidBin,
  type AdminLift,
  type Lift,
  type LiftCreated,
} from '@qorgau/shared';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import type { Citizen } from '../common/citizen';
import { CitizenProblem } from '../common/citizen-messages';
import { enumFilter, filterValues, idFilter, personRefFilter } from '../common/list-filter';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import type { ReviewReasonDto } from '../common/review-reason.dto';
import { ValidationException } from '../common/validation.exception';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { NotificationsRepository } from '../notifications/notifications.repository';
import type { LiftRequestDto } from './dto/lift-request.dto';
import { LiftException } from './lift.exception';
import { toAdminLiftView, toLiftView } from './lift.view';
import { liftCancellable, liftQuota, liftStatusAt, planLift } from './lifts.rules';
import { LIFT_SORT_FIELDS, LiftsRepository, type LiftFilter, type LiftRecord } from './lifts.repository';

const DAY_MS = 86_400_000;

@Injectable()
export class LiftsService {
  private readonly coolingOffSeconds: number;

  constructor(
    private readonly lifts: LiftsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.coolingOffSeconds = config.lifts.coolingOffSeconds;
  }

  /**
   * A lift request (SPEC §3.3): checked by the rules, then — the person's requests taking turns —
   * counted against the limit of 3 per 30 days and stored, pending until it takes effect.
   */
  async create(citizen: Citizen, request: LiftRequestDto): Promise<LiftCreated> {
    const input = {
      kind: request.kind,
      from: request.from === undefined ? undefined : new Date(request.from),
      until: request.until === undefined ? undefined : new Date(request.until),
      lenderKind: request.lenderKind,
      lenderBin: request.lenderBin,
    };
    return this.lifts.transaction(async (manager) => {
      await this.lifts.lockPerson(manager, citizen.iinHash);
      // Taken after the lock: of two requests sent together, the second is timed after the first.
      const now = new Date();
      const result = planLift(input, now, this.coolingOffSeconds);
      if (!result.ok) throw CitizenProblem.invalid(result.errors);
      const earlier = await this.lifts.requestTimesSince(manager, citizen.iinHash, new Date(now.getTime() - LIFT_WINDOW_DAYS * DAY_MS));
      const quota = liftQuota(earlier, now);
      if (!quota.allowed) {
        const nextAllowedAt = quota.nextAllowedAt.toISOString();
        throw new CitizenProblem(
          { code: 'lift-quota-exceeded', parameters: { limit: LIFTS_PER_WINDOW, days: LIFT_WINDOW_DAYS, at: nextAllowedAt } },
          {},
          { nextAllowedAt },
        );
      }
      const lift = await this.lifts.insert(manager, citizen.iinHash, result.plan);
      await this.notifyRequested(manager, lift, now);
      return { id: lift.id, status: 'pending', effectiveAt: lift.effectiveAt.toISOString() };
    });
  }

  /** The person's lifts, newest first. */
  async listOf(iinHash: Buffer): Promise<Lift[]> {
    const now = new Date();
    return (await this.lifts.listOfPerson(iinHash)).map((lift) => toLiftView(lift, now));
  }

  /**
   * The person cancels their lift: the restriction applies again at once. Cancelling a cancelled
   * lift changes nothing; another person's lift is not found.
   */
  async cancelByCitizen(citizen: Citizen, id: string): Promise<Lift> {
    if (!isUuid(id)) throw new CitizenProblem({ code: 'lift-not-found' });
    return this.lifts.transaction(async (manager) => {
      const lift = await this.lifts.findForUpdate(manager, id, citizen.iinHash);
      if (!lift) throw new CitizenProblem({ code: 'lift-not-found' });
      const now = new Date();
      if (lift.cancelledAt !== null) return toLiftView(lift, now);
      if (!liftCancellable(lift, now)) throw new CitizenProblem({ code: 'lift-over' });
      const cancelled = await this.lifts.cancel(manager, id, { at: now, by: 'citizen', userId: null, reason: null });
      await this.notifyCancelled(manager, cancelled, now);
      return toLiftView(cancelled, now);
    });
  }

  async list(rawQuery: RawListQuery): Promise<{ lifts: AdminLift[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: LIFT_SORT_FIELDS, defaultSort: ['createdAt', 'DESC'] });
    const now = new Date();
    const [lifts, total] = await this.lifts.list(query, parseLiftFilter(query.filter), now);
    return { lifts: lifts.map((lift) => toAdminLiftView(lift, now)), total, offset: query.offset };
  }

  async get(id: string): Promise<AdminLift> {
    return toAdminLiftView(await this.findOrFail(id));
  }

  /**
   * A reviewer cancels a lift suspected of coercion (the person called a hotline, a pattern of
   * fraud): the restriction applies again at once, and the person reads the reason. Audited.
   */
  async cancelByReviewer(id: string, input: ReviewReasonDto, actor: Actor): Promise<AdminLift> {
    if (!isUuid(id)) throw new NotFoundProblem('lift', id);
    return this.lifts.transaction(async (manager) => {
      const lift = await this.lifts.findForUpdate(manager, id);
      if (!lift) throw new NotFoundProblem('lift', id);
      const now = new Date();
      if (!liftCancellable(lift, now)) throw LiftException.notCancellable(liftStatusAt(lift, now));
      const cancelled = await this.lifts.cancel(manager, id, { at: now, by: 'reviewer', userId: actor.id, reason: input.reason });
      await this.notifyCancelled(manager, cancelled, now);
      await this.audit.append(manager, {
        actor,
        action: 'lift.cancelled',
        entityType: 'lift',
        entityId: id,
        before: { status: liftStatusAt(lift, now) },
        after: { status: 'cancelled', cancelReason: input.reason },
      });
      return toAdminLiftView(cancelled, now);
    });
  }

  /**
   * In the request's transaction (SPEC §3.8): the person hears of the request now, and of the lift
   * taking effect when it does — that message waits in the outbox until then, and goes if the lift is cancelled first.
   */
  private async notifyRequested(manager: EntityManager, lift: LiftRecord, now: Date): Promise<void> {
    const payload = { liftId: lift.id, effectiveAt: lift.effectiveAt.toISOString() };
    const about = { iinHash: lift.iinHash, subjectId: lift.id, payload };
    await this.notifications.enqueue(manager, { ...about, type: 'lift.pending', occurredAt: now, dueAt: now });
    await this.notifications.enqueue(manager, { ...about, type: 'lift.effective', occurredAt: lift.effectiveAt, dueAt: lift.effectiveAt });
  }

  private async notifyCancelled(manager: EntityManager, lift: LiftRecord, now: Date): Promise<void> {
    await this.notifications.withdrawScheduled(manager, 'lift.effective', lift.id, now);
    await this.notifications.enqueue(manager, {
      type: 'lift.cancelled',
      iinHash: lift.iinHash,
      subjectId: lift.id,
      payload: { liftId: lift.id, by: lift.cancelledBy ?? 'citizen' },
      occurredAt: now,
      dueAt: now,
    });
  }

  private async findOrFail(id: string): Promise<LiftRecord> {
    const lift = isUuid(id) ? await this.lifts.findById(id) : null;
    if (!lift) throw new NotFoundProblem('lift', id);
    return lift;
  }
}

/** filter {id, status, kind, scope, lenderBin, personRef}. */
function parseLiftFilter(filter: Record<string, unknown>): LiftFilter {
  const errors: Record<string, string> = {};
  const parsed: LiftFilter = {
    ids: idFilter(filter, 'id'),
    statuses: enumFilter(filter, 'status', LIFT_STATUSES, errors),
    kinds: enumFilter(filter, 'kind', LIFT_KINDS, errors),
    scopes: enumFilter(filter, 'scope', LIFT_SCOPES, errors),
    personRef: personRefFilter(filter, errors),
  };
  const [lenderBin] = filterValues(filter, 'lenderBin') ?? [];
  if (lenderBin !== undefined) {
    if (typeof lenderBin === 'string' && isValidBin(lenderBin)) parsed.lenderBin = lenderBin.trim();
    else errors['filter.lenderBin'] = 'must be a valid BIN';
  }
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
