import {
  BREACH_STATUSES,
  BREACH_TRANSITIONS,
  DATA_CLASSES,
  DECLINE_REASON_MIN_LENGTH,
  NOT_A_BREACH,
  REQUESTABLE_BREACH_STATUSES,
  SENSITIVE_DATA_CLASSES,
  isOneOf,
  type BreachStatus,
  type DataClass,
  type IdentifierKind,
} from '@qorgau/shared';
import { almatyDay, endOfAlmatyDay, nextBusinessDay } from '../calendar/business-days';
import { dateBoundFilter } from '../common/list-filter';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import type { BreachFilter } from './breaches.repository';

// ── Lifecycle (SPEC §3.1) ─────────────────────────────────────────────────────────────────

export function allowedTransitions(from: BreachStatus): readonly BreachStatus[] {
  return BREACH_TRANSITIONS[from];
}

export function canTransition(from: BreachStatus, to: BreachStatus): boolean {
  return BREACH_TRANSITIONS[from].includes(to);
}

/** The moves a regulator may ask for from `from`: the lifecycle's, less the states reached only as an outcome. */
export function requestableTransitions(from: BreachStatus): readonly BreachStatus[] {
  return allowedTransitions(from).filter((to) => REQUESTABLE_BREACH_STATUSES.includes(to));
}

// ── Second approval (SPEC §3.9) ───────────────────────────────────────────────────────────

/** A confirmation that would restrict more than `threshold` people needs a second regulator. */
export function needsSecondApproval(wouldRestrict: number, threshold: number): boolean {
  return wouldRestrict > threshold;
}

/** What becomes of a move asked for, once the lifecycle and the four-eyes rule have had their say. */
export type TransitionDecision =
  | { outcome: 'move'; to: BreachStatus; step: TransitionStep }
  | { outcome: 'illegal'; allowed: readonly BreachStatus[] }
  /** The regulator who asked for the confirmation cannot approve it. */
  | { outcome: 'own-request' }
  /** A decline sends the breach back with a reason of at least DECLINE_REASON_MIN_LENGTH characters. */
  | { outcome: 'reason-too-short'; minLength: number };

/** How a move is recorded in the audit trail: `breach.<step>`. */
export type TransitionStep = 'transitioned' | 'approval-requested' | 'approved' | 'declined';

export interface TransitionContext {
  /** People the confirmation would restrict; needed only to confirm an investigating breach. */
  wouldRestrict?: number;
  /** CONFIRM_APPROVAL_THRESHOLD. */
  threshold: number;
  actorId: string;
  /** Who asked for the confirmation the breach awaits (null when it awaits none). */
  requesterId: string | null;
  reason: string;
}

/**
 * The lifecycle (SPEC §3.1) with the second approval (SPEC §3.9). `awaiting-approval` is never asked
 * for by name: asking for `confirmed` from `investigating` lands there when more than `threshold`
 * people would be restricted. From `awaiting-approval`, `confirmed` by anyone but the requester
 * approves; `investigating` declines (the requester may withdraw too) with a reason of at least
 * DECLINE_REASON_MIN_LENGTH characters.
 */
export function decideTransition(from: BreachStatus, to: BreachStatus, context: TransitionContext): TransitionDecision {
  if (!requestableTransitions(from).includes(to)) return { outcome: 'illegal', allowed: requestableTransitions(from) };
  if (from === 'investigating' && to === 'confirmed') {
    if (context.wouldRestrict === undefined) throw new Error('decideTransition: wouldRestrict is needed to confirm an investigating breach');
    return needsSecondApproval(context.wouldRestrict, context.threshold)
      ? { outcome: 'move', to: 'awaiting-approval', step: 'approval-requested' }
      : { outcome: 'move', to, step: 'transitioned' };
  }
  if (from === 'awaiting-approval' && to === 'confirmed') {
    return context.requesterId === context.actorId ? { outcome: 'own-request' } : { outcome: 'move', to, step: 'approved' };
  }
  if (from === 'awaiting-approval' && to === 'investigating') {
    return context.reason.trim().length < DECLINE_REASON_MIN_LENGTH
      ? { outcome: 'reason-too-short', minLength: DECLINE_REASON_MIN_LENGTH }
      : { outcome: 'move', to, step: 'declined' };
  }
  return { outcome: 'move', to, step: 'transitioned' };
}

/**
 * Only a draft with no exposures loaded can be deleted: anything further along, or holding loaded
 * identifiers, is evidence, and ends by rejection or retraction.
 */
export function canDelete(breach: { status: BreachStatus; exposureCount: number }): boolean {
  return breach.status === 'draft' && breach.exposureCount === 0;
}


export function countsAsBreach(status: BreachStatus): boolean {
  return !NOT_A_BREACH.includes(status);
}

// ── What a confirmed breach restricts (SPEC §3.2) ─────────────────────────────────────────

const DAY_MS = 86_400_000;

/** Only an IIN names a person who can borrow: phones and e-mails alone restrict no one (SPEC §3.2). */
export function identifierRestricts(kind: IdentifierKind): boolean {
  return kind === 'iin';
}

/**
 * The restriction a confirmed breach places on one IIN: from the confirmation, or from the moment
 * the IIN was loaded if that came later (SPEC §3.2: identifiers loaded into an already confirmed
 * breach are restricted as they are loaded), for the breach's `restrictionDays`.
 */
export function breachRestrictionPeriod(confirmedAt: Date, loadedAt: Date, restrictionDays: number): { startsAt: Date; endsAt: Date } {
  const startsAt = loadedAt > confirmedAt ? loadedAt : confirmedAt;
  return { startsAt, endsAt: new Date(startsAt.getTime() + restrictionDays * DAY_MS) };
}

// ── Reporting duty (SPEC §3.5) ────────────────────────────────────────────────────────────

/**
 * The law gives a company one business day from discovering a breach to report it. Read here as:
 * the report is due by the END of the first business day AFTER the day of discovery, days taken in
 * Asia/Almaty time — that is, 23:59:59.999 Almaty time of the next business day. Business days are
 * Monday–Friday less Kazakhstan's public holidays (calendar/). The day of discovery itself never
 * counts, whatever the hour, and a discovery on a weekend or holiday has until the end of the first
 * business day after it.
 *
 * Examples (Almaty time): discovered Monday 09:00 → due Tuesday 23:59:59.999; Friday 18:00 →
 * Monday; Saturday → Monday; 20 March 2025 (Thursday) → the Nauryz days off run 21–25 March, so
 * Wednesday 26 March.
 */
export function reportingDeadline(discoveredAt: Date): Date {
  return endOfAlmatyDay(nextBusinessDay(almatyDay(discoveredAt)));
}

/** Late when the report came after the deadline ({@link reportingDeadline}); at the deadline is on time. */
export function isReportedLate(discoveredAt: Date, reportedAt: Date): boolean {
  return reportedAt.getTime() > reportingDeadline(discoveredAt).getTime();
}

/**
 * Wall-clock hours from discovery to report (weekends and holidays included), rounded to one
 * decimal, halves up: 26 h 15 min → 26.3. This is what the breach shows; lateness is decided by
 * {@link isReportedLate}, not by this number.
 */
export function reportingDelayHours(discoveredAt: Date, reportedAt: Date): number {
  return Math.round((reportedAt.getTime() - discoveredAt.getTime()) / 360_000) / 10;
}

export interface ReportingFigures {
  reportingDelayHours: number;
  reportedLate: boolean;
}

export function reportingFigures(discoveredAt: Date, reportedAt: Date): ReportingFigures {
  return { reportingDelayHours: reportingDelayHours(discoveredAt, reportedAt), reportedLate: isReportedLate(discoveredAt, reportedAt) };
}

// ── Sensitivity (SPEC §3.5) ───────────────────────────────────────────────────────────────

export function hasSensitiveDataClass(dataClasses: readonly DataClass[]): boolean {
  return dataClasses.some((dataClass) => (SENSITIVE_DATA_CLASSES as readonly DataClass[]).includes(dataClass));
}

/**
 * A breach that leaked health or biometric data is always sensitive, whatever was asked: it must
 * never be listed publicly. Any other breach is sensitive when the regulator marks it so
 * (default: not).
 */
export function isSensitive(dataClasses: readonly DataClass[], requested: boolean | undefined): boolean {
  return hasSensitiveDataClass(dataClasses) || requested === true;
}

// ── Dates ─────────────────────────────────────────────────────────────────────────────────

/** How far in the future a time may be and still count as "now" (clocks of browsers drift). */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Nothing the registry deals with happened before this; an earlier date is a typo. */
export const EARLIEST_BREACH_DATE = new Date('2000-01-01T00:00:00Z');

export interface BreachDates {
  occurredAt: Date | null;
  discoveredAt: Date;
  reportedAt: Date;
}

/**
 * occurredAt ≤ discoveredAt ≤ reportedAt ≤ now (+ {@link CLOCK_SKEW_MS}), each on or after
 * {@link EARLIEST_BREACH_DATE}. Returns a message per offending field (empty when all is well): an
 * out-of-order pair is blamed on its later field, the one a person filling the form in order
 * entered last. A field already refused is not compared with the others.
 */
export function checkBreachDates(dates: BreachDates, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const latest = now.getTime() + CLOCK_SKEW_MS;
  for (const field of ['occurredAt', 'discoveredAt', 'reportedAt'] as const) {
    const value = dates[field];
    if (value === null) continue;
    if (value.getTime() > latest) errors[field] = 'must not be in the future';
    else if (value.getTime() < EARLIEST_BREACH_DATE.getTime()) errors[field] = `must not be before ${EARLIEST_BREACH_DATE.toISOString().slice(0, 10)}`;
  }
  if (!errors.discoveredAt && !errors.occurredAt && dates.occurredAt && dates.discoveredAt.getTime() < dates.occurredAt.getTime()) {
    errors.discoveredAt = 'must not be before occurredAt: a breach is discovered after it occurs';
  }
  if (!errors.reportedAt && !errors.discoveredAt && dates.reportedAt.getTime() < dates.discoveredAt.getTime()) {
    errors.reportedAt = 'must not be before discoveredAt: a breach is reported after it is discovered';
  }
  return errors;
}

// ── The list and the dashboard ────────────────────────────────────────────────────────────

/** At most this many words of a search are used. */
const MAX_SEARCH_WORDS = 20;

/** `YYYY-MM` of the twelve UTC months ending with the current one, oldest first. */
export function lastTwelveMonths(now: Date): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1));
    return month.toISOString().slice(0, 7);
  });
}

/**
 * The list's filters: `status`, `companyId`, `dataClass` (one or a list each), `reportedFrom` and
 * `reportedTo` (ISO date-times, or dates taken as whole days in Almaty time, both ends included),
 * `late`, `published`, `sensitive` (booleans), `q` (words), `id` (a list, for getMany).
 */
export function parseBreachFilter(filter: Record<string, unknown>): BreachFilter {
  const parsed: BreachFilter = {};
  const errors: Record<string, string> = {};
  const listOf = (value: unknown): unknown[] | undefined =>
    value === undefined || value === null || value === '' ? undefined : Array.isArray(value) ? value : [value];

  const statuses = listOf(filter.status);
  if (statuses) {
    const unknown = statuses.filter((status) => !isOneOf(BREACH_STATUSES, status));
    if (unknown.length > 0) errors['filter.status'] = `unknown status ${unknown.map((item) => JSON.stringify(item)).join(', ')}`;
    else parsed.statuses = statuses as BreachStatus[];
  }
  const dataClasses = listOf(filter.dataClass);
  if (dataClasses) {
    const unknown = dataClasses.filter((dataClass) => !isOneOf(DATA_CLASSES, dataClass));
    if (unknown.length > 0) errors['filter.dataClass'] = `unknown data class ${unknown.map((item) => JSON.stringify(item)).join(', ')}`;
    else parsed.dataClasses = dataClasses as DataClass[];
  }
  // A malformed id matches no breach rather than failing the list.
  const companyIds = listOf(filter.companyId);
  if (companyIds) parsed.companyIds = companyIds.filter(isUuid);
  const ids = listOf(filter.id);
  if (ids) parsed.ids = ids.filter(isUuid);

  parsed.reportedFrom = dateBoundFilter(filter, 'reportedFrom', 'start', errors);
  parsed.reportedTo = dateBoundFilter(filter, 'reportedTo', 'end', errors);
  for (const field of ['late', 'published', 'sensitive'] as const) {
    const value = filter[field];
    if (value === undefined || value === null || value === '') continue;
    if (value === true || value === 'true') parsed[field] = true;
    else if (value === false || value === 'false') parsed[field] = false;
    else errors[`filter.${field}`] = 'must be true or false';
  }
  if (typeof filter.q === 'string') {
    const words = filter.q.split(/\s+/).filter((word) => word !== '').slice(0, MAX_SEARCH_WORDS);
    if (words.length > 0) parsed.words = words;
  }
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
