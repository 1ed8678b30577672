import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  BREACH_STATUSES,
  DATA_CLASSES,
  RESTRICTION_DAYS_DEFAULT,
  type AdminStats,
  type Breach,
  type BreachStatus,
  type BreachTransition,
  type BreachesInMonth,
  type ConfirmationImpact,
  type DataClass,
} from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import { editVersioned } from '../audit/versioned-edit';
import type { Actor } from '../common/actor';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { CompaniesRepository } from '../companies/companies.repository';
import { BreachTransitionRecord } from './breach-transition.entity';
import { BreachRecord } from './breach.entity';
import { BreachConfirmedEvent, BreachRetractedEvent } from './breach.events';
import { BreachException } from './breach.exception';
import { BREACH_SORT_FIELDS, BreachesRepository, type BreachValues } from './breaches.repository';
import {
  canDelete,
  canTransition,
  checkBreachDates,
  countsAsBreach,
  decideTransition,
  isSensitive,
  lastTwelveMonths,
  needsSecondApproval,
  parseBreachFilter,
  reportingFigures,
  requestableTransitions,
  breachRestrictionPeriod,
} from './breaches.rules';
import type { CreateBreachDto, UpdateBreachDto } from './dto/breach-input.dto';
import type { BreachTransitionDto } from './dto/breach-transition.dto';

export type BreachDashboardFigures = Pick<AdminStats, 'breaches' | 'exposuresByDataClass' | 'topCompanies'>;

const TOP_COMPANIES = 10;

@Injectable()
export class BreachesService {
  constructor(
    private readonly breaches: BreachesRepository,
    private readonly companies: CompaniesRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async list(rawQuery: RawListQuery): Promise<{ breaches: Breach[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: BREACH_SORT_FIELDS, defaultSort: ['reportedAt', 'DESC'] });
    const [breaches, total] = await this.breaches.list(query, parseBreachFilter(query.filter));
    return { breaches: breaches.map(toView), total, offset: query.offset };
  }

  async get(id: string): Promise<Breach> {
    return toView(await this.findOrFail(id));
  }

  /** A new breach is a draft. Its reporting delay and lateness are computed from its dates. */
  async create(input: CreateBreachDto, actor: Actor): Promise<Breach> {
    const dataClasses = canonicalDataClasses(input.dataClasses);
    const dates = {
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : null,
      discoveredAt: new Date(input.discoveredAt),
      reportedAt: new Date(input.reportedAt),
    };
    const values: BreachValues = {
      companyId: input.companyId,
      title: input.title,
      description: input.description ?? '',
      ...dates,
      dataClasses,
      recordsClaimed: input.recordsClaimed ?? null,
      restrictionDays: input.restrictionDays ?? RESTRICTION_DAYS_DEFAULT,
      published: input.published ?? false,
      sensitive: isSensitive(dataClasses, input.sensitive ?? undefined),
      ...reportingFigures(dates.discoveredAt, dates.reportedAt),
    };
    return this.breaches.transaction(async (manager) => {
      const errors = checkBreachDates(dates, new Date());
      if (!(await this.companies.existsForReference(manager, values.companyId))) errors.companyId = 'unknown company';
      if (Object.keys(errors).length > 0) throw new ValidationException(errors);
      const breach = await this.breaches.insert(manager, values);
      await this.audit.append(manager, { actor, action: 'breach.created', entityType: 'breach', entityId: breach.id, before: null, after: fieldsOf(breach) });
      return toView(breach);
    });
  }

  /**
   * Optimistic locking: the version sent must be the current one. Status and the other read-only
   * fields are ignored; delay and lateness are recomputed from the dates.
   */
  async update(id: string, input: UpdateBreachDto, actor: Actor): Promise<Breach> {
    const merge = (current: BreachRecord): BreachValues => {
      const dataClasses = input.dataClasses ? canonicalDataClasses(input.dataClasses) : current.dataClasses;
      const dates = {
        occurredAt: input.occurredAt === undefined ? current.occurredAt : input.occurredAt === null ? null : new Date(input.occurredAt),
        discoveredAt: input.discoveredAt ? new Date(input.discoveredAt) : current.discoveredAt,
        reportedAt: input.reportedAt ? new Date(input.reportedAt) : current.reportedAt,
      };
      return {
        companyId: input.companyId ?? current.companyId,
        title: input.title ?? current.title,
        description: input.description === undefined ? current.description : (input.description ?? ''),
        ...dates,
        dataClasses,
        recordsClaimed: input.recordsClaimed === undefined ? current.recordsClaimed : input.recordsClaimed,
        restrictionDays: input.restrictionDays ?? current.restrictionDays,
        published: input.published ?? current.published,
        sensitive: isSensitive(dataClasses, input.sensitive ?? current.sensitive),
        ...reportingFigures(dates.discoveredAt, dates.reportedAt),
      };
    };
    return editVersioned(
      { what: 'breach', id, version: input.version, records: this.breaches, merge, fieldsOf },
      async ({ manager, current, next, before, after }) => {
        const errors = checkBreachDates(next, new Date());
        if (next.companyId !== current.companyId && !(await this.companies.existsForReference(manager, next.companyId))) {
          errors.companyId = 'unknown company';
        }
        if (Object.keys(errors).length > 0) throw new ValidationException(errors);
        const updated = await this.breaches.update(manager, id, { ...next, version: current.version + 1 });
        await this.audit.append(manager, { actor, action: 'breach.updated', entityType: 'breach', entityId: id, before, after });
        return toView(updated);
      },
      ({ current }) => toView(current),
    );
  }

  /** Only a draft can be deleted. Returns it as it was. */
  async delete(id: string, actor: Actor): Promise<Breach> {
    if (!isUuid(id)) throw new NotFoundProblem('breach', id);
    return this.breaches.transaction(async (manager) => {
      const current = await this.breaches.findByIdForUpdate(manager, id);
      if (!current) throw new NotFoundProblem('breach', id);
      if (!canDelete(current)) throw BreachException.notDeletable(current);
      await this.breaches.delete(manager, id);
      await this.audit.append(manager, { actor, action: 'breach.deleted', entityType: 'breach', entityId: id, before: fieldsOf(current), after: null });
      return toView(current);
    });
  }

  /**
   * Moves the breach through its lifecycle (SPEC §3.1) and the second approval (SPEC §3.9): asking
   * to confirm a breach that would restrict more than CONFIRM_APPROVAL_THRESHOLD people puts it in
   * awaiting-approval; another admin or analyst's confirmation approves it, the requester's is a 403.
   * The row is locked, so of two simultaneous moves the second sees the first's result.
   * Confirmation and retraction are announced once the move has committed.
   */
  async transition(id: string, input: BreachTransitionDto, actor: Actor): Promise<Breach> {
    if (!isUuid(id)) throw new NotFoundProblem('breach', id);
    const { breach, at } = await this.breaches.transaction(async (manager) => {
      const current = await this.breaches.findByIdForUpdate(manager, id);
      if (!current) throw new NotFoundProblem('breach', id);
      const from = current.status;
      const confirming = from === 'investigating' && input.to === 'confirmed';
      const wouldRestrict = confirming ? await this.breaches.countRestrictable(manager, id) : undefined;
      const request = from === 'awaiting-approval' ? await this.breaches.findLatestTransitionTo(manager, id, 'awaiting-approval') : null;
      const decision = decideTransition(from, input.to, {
        wouldRestrict,
        threshold: this.config.approvals.confirmThreshold,
        actorId: actor.id,
        requesterId: request?.actorId ?? null,
        reason: input.reason,
      });
      switch (decision.outcome) {
        case 'illegal':
          throw BreachException.illegalTransition(from, input.to, decision.allowed);
        case 'own-request':
          throw BreachException.approvalByRequester();
        case 'reason-too-short':
          throw new ValidationException({ reason: `must be at least ${decision.minLength} characters: say why the confirmation is declined` });
        case 'move':
          break;
      }
      const to = decision.to;
      // Taken after the lock: a move that waited for another is timed after it.
      const movedAt = new Date();
      const updated = await this.breaches.update(manager, id, { status: to, version: current.version + 1 });
      await this.breaches.insertTransition(manager, {
        breachId: id,
        from,
        to,
        reason: input.reason,
        actorId: actor.id,
        actorEmail: actor.email,
        actorRole: actor.role,
        at: movedAt,
      });
      await this.audit.append(manager, {
        actor,
        action: `breach.${decision.step}`,
        entityType: 'breach',
        entityId: id,
        before: { status: from },
        after: {
          status: to,
          reason: input.reason,
          ...(decision.step === 'approval-requested' ? { wouldRestrict, approvalThreshold: this.config.approvals.confirmThreshold } : {}),
          ...(request && (decision.step === 'approved' || decision.step === 'declined') ? { requestedBy: request.actorEmail } : {}),
        },
      });
      return { breach: updated, at: movedAt };
    });
    if (breach.status === 'confirmed') {
      this.events.emit(BreachConfirmedEvent.eventName, new BreachConfirmedEvent(breach.id, at, breach.restrictionDays));
    } else if (breach.status === 'retracted') {
      this.events.emit(BreachRetractedEvent.eventName, new BreachRetractedEvent(breach.id, at));
    }
    return toView(breach);
  }

  /**
   * What confirming the breach would do (SPEC §3.9), changing nothing: refused as the confirmation
   * itself would be when the lifecycle does not allow it. Says too whether asking for it needs a
   * second regulator's approval.
   */
  async confirmationImpact(id: string, input: BreachTransitionDto): Promise<ConfirmationImpact> {
    if (input.to !== 'confirmed') throw new ValidationException({ dryRun: 'only a confirmation (to: "confirmed") has a dry run' });
    const breach = await this.findOrFail(id);
    if (!canTransition(breach.status, input.to)) throw BreachException.illegalTransition(breach.status, input.to, requestableTransitions(breach.status));
    const now = new Date();
    const impact = await this.breaches.confirmationImpact(id);
    const threshold = this.config.approvals.confirmThreshold;
    return {
      ...impact,
      restrictedUntil: breachRestrictionPeriod(now, now, breach.restrictionDays).endsAt.toISOString(),
      needsApproval: breach.status === 'investigating' && needsSecondApproval(impact.wouldRestrict, threshold),
      approvalThreshold: threshold,
    };
  }

  /** The breach's timeline, oldest move first. */
  async transitions(id: string): Promise<BreachTransition[]> {
    await this.findOrFail(id);
    return (await this.breaches.findTransitions(id)).map(toTransitionView);
  }

  /**
   * The breach parts of the dashboard (AdminStats): counts by status; the last 12 UTC months of
   * reportedAt, oldest first, empty months included; late and on-time reports and people exposed
   * over real breaches only (not rejected or retracted); per data class the records claimed and
   * the exposures loaded; the ten companies with the most people exposed, each breach counting its
   * loaded exposures or, while none are loaded, the records claimed.
   */
  async dashboardFigures(now: Date = new Date()): Promise<BreachDashboardFigures> {
    const months = lastTwelveMonths(now);
    const [statusRows, monthRows, classRows, topCompanies] = await Promise.all([
      this.breaches.countByStatus(),
      this.breaches.countByMonthAndStatus(new Date(`${months[0]}-01T00:00:00Z`)),
      this.breaches.sumsByDataClass(),
      this.breaches.topCompaniesByPeopleExposed(TOP_COMPANIES),
    ]);
    const byStatus = zeroPerStatus();
    let total = 0;
    let late = 0;
    let onTime = 0;
    for (const row of statusRows) {
      byStatus[row.status] = row.count;
      total += row.count;
      if (!countsAsBreach(row.status)) continue;
      late += row.late;
      onTime += row.count - row.late;
    }
    const perMonth: BreachesInMonth[] = months.map((month) => ({ month, ...zeroPerStatus() }));
    for (const row of monthRows) {
      const entry = perMonth.find((candidate) => candidate.month === row.month);
      if (entry) entry[row.status] = row.count;
    }
    const exposuresByDataClass = DATA_CLASSES.map(
      (dataClass) => classRows.find((row) => row.dataClass === dataClass) ?? { dataClass, recordsClaimed: 0, exposures: 0 },
    );
    return { breaches: { total, byStatus, perMonth, late, onTime }, exposuresByDataClass, topCompanies };
  }

  private async findOrFail(id: string): Promise<BreachRecord> {
    const breach = isUuid(id) ? await this.breaches.findById(id) : null;
    if (!breach) throw new NotFoundProblem('breach', id);
    return breach;
  }
}

/** Without duplicates, in the order of DATA_CLASSES, so that a reordering is no change. */
function canonicalDataClasses(dataClasses: readonly DataClass[]): DataClass[] {
  return DATA_CLASSES.filter((dataClass) => dataClasses.includes(dataClass));
}

/** What a regulator sets and what follows from it: what the audit trail records of a breach. */
function fieldsOf(breach: BreachValues): BreachValues {
  return {
    companyId: breach.companyId,
    title: breach.title,
    description: breach.description,
    occurredAt: breach.occurredAt,
    discoveredAt: breach.discoveredAt,
    reportedAt: breach.reportedAt,
    dataClasses: breach.dataClasses,
    recordsClaimed: breach.recordsClaimed,
    restrictionDays: breach.restrictionDays,
    published: breach.published,
    sensitive: breach.sensitive,
    reportingDelayHours: breach.reportingDelayHours,
    reportedLate: breach.reportedLate,
  };
}

function zeroPerStatus(): Record<BreachStatus, number> {
  return Object.fromEntries(BREACH_STATUSES.map((status) => [status, 0])) as Record<BreachStatus, number>;
}

export function toView(breach: BreachRecord): Breach {
  return {
    id: breach.id,
    companyId: breach.companyId,
    title: breach.title,
    description: breach.description,
    occurredAt: breach.occurredAt?.toISOString() ?? null,
    discoveredAt: breach.discoveredAt.toISOString(),
    reportedAt: breach.reportedAt.toISOString(),
    dataClasses: breach.dataClasses,
    recordsClaimed: breach.recordsClaimed,
    exposureCount: breach.exposureCount,
    restrictedCount: breach.restrictedCount,
    restrictionDays: breach.restrictionDays,
    status: breach.status,
    published: breach.published,
    sensitive: breach.sensitive,
    reportingDelayHours: breach.reportingDelayHours,
    reportedLate: breach.reportedLate,
    createdAt: breach.createdAt.toISOString(),
    updatedAt: breach.updatedAt.toISOString(),
    version: breach.version,
  };
}

function toTransitionView(transition: BreachTransitionRecord): BreachTransition {
  return {
    id: transition.id,
    breachId: transition.breachId,
    from: transition.from,
    to: transition.to,
    reason: transition.reason,
    actorId: transition.actorId,
    actorEmail: transition.actorEmail,
    actorRole: transition.actorRole,
    at: transition.at.toISOString(),
  };
}
