import { breachRestricts, type LenderKind, type RestrictionJobKind, type BreachStatus } from '@qorgau/shared';

/**
 * The restriction rules of SPEC §3.2–§3.4 as plain functions: what a breach restricts, and whether
 * a person is restricted at a moment for a lender, given their restrictions and lifts.
 */

/** One period during which a person may not borrow: from a breach, or placed by their own choice. */
export interface RestrictionPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** What of a lift the status needs (SPEC §3.3). `until` is null for a permanent lift. */
export interface LiftEffect {
  kind: 'temporary' | 'permanent';
  /** When the person asked: a lift suspends or ends only the restrictions that existed then. */
  createdAt: Date;
  /** The later of the cooling-off's end and the requested start. */
  effectiveAt: Date;
  until: Date | null;
  lenderKind: LenderKind | null;
  lenderBin: string | null;
  cancelledAt: Date | null;
}

/** Who is asking: a lender by kind and BIN, or nobody in particular (the citizen's own view). */
export interface Lender {
  kind: LenderKind;
  bin: string;
}

export interface RestrictionStatus {
  restricted: boolean;
  restrictedUntil: Date | null;
}

/**
 * Whether a restriction job may go on with the breach as it now is: placing restrictions only while
 * the breach restricts (a retraction stops a confirmation's job halfway), removing them only once it
 * no longer does.
 */
export function restrictionJobMayContinue(kind: RestrictionJobKind, status: BreachStatus): boolean {
  return kind === 'retraction' ? !breachRestricts(status) : breachRestricts(status);
}

/**
 * Whether a job that places restrictions may write them without asking, row by row, whether each is
 * there already (`ON CONFLICT DO NOTHING`: a speculative insertion, about half the cost of a chunk,
 * `pnpm bench national`). Only when no row of the breach can lie ahead of its cursor: the job starts
 * from the beginning (nothing processed), the breach has no restriction yet, and no chunk of it has
 * failed (a failure is retried the careful way). The jobs of a breach run one at a time and are the
 * only writers of its restrictions, so from then on every row of the breach is the job's own, behind
 * its cursor, and the breach's count only grows with it.
 */
export function restrictionsMayBeWrittenUnchecked(job: { kind: RestrictionJobKind; processed: number }, breachRestrictedCount: number, retried: boolean): boolean {
  return job.kind !== 'retraction' && job.processed === 0 && breachRestrictedCount === 0 && !retried;
}

/**
 * Whether a finished load into a restricting breach needs a late-load job of its own. A load that
 * finished before the confirmation is covered by the confirmation's job, which walks every exposure
 * committed by then (the merge and the transition lock the same breach row, so a merge that finished
 * first also committed first).
 */
export function loadNeedsLateLoadJob(loadFinishedAt: Date, confirmedAt: Date): boolean {
  return loadFinishedAt > confirmedAt;
}

/** Whether a lift covers this lender: all lenders, one kind of lender, or one lender by BIN. Without a lender, only a lift for all lenders counts. */
export function liftCoversLender(lift: Pick<LiftEffect, 'lenderKind' | 'lenderBin'>, lender: Lender | null): boolean {
  if (lift.lenderBin !== null) return lender?.bin === lift.lenderBin;
  if (lift.lenderKind !== null) return lender?.kind === lift.lenderKind;
  return true;
}

/** Whether a lift is in force at `at`: not cancelled, past its effective time, and (if temporary) before its end. */
export function liftInForceAt(lift: LiftEffect, at: Date): boolean {
  if (lift.cancelledAt !== null && lift.cancelledAt <= at) return false;
  if (at < lift.effectiveAt) return false;
  return lift.until === null || at < lift.until;
}

/**
 * Whether the person is restricted at `at` for `lender` (or, with no lender, for every lender),
 * and until when. A restriction counts while `startsAt ≤ at < endsAt`, unless a lift in force for
 * the lender was asked for after it began: a lift ends (permanent) or suspends (temporary) the
 * restrictions that existed when the person asked, and a later breach restricts again. The person
 * is restricted until the latest end among the restrictions that count (SPEC §3.2).
 */
export function restrictionStatus(
  restrictions: readonly RestrictionPeriod[],
  lifts: readonly LiftEffect[],
  at: Date,
  lender: Lender | null,
): RestrictionStatus {
  const liftsInForce = lifts.filter((lift) => liftInForceAt(lift, at) && liftCoversLender(lift, lender));
  let restrictedUntil: Date | null = null;
  for (const restriction of restrictions) {
    if (at < restriction.startsAt || at >= restriction.endsAt) continue;
    if (liftsInForce.some((lift) => restriction.startsAt <= lift.createdAt)) continue;
    if (restrictedUntil === null || restriction.endsAt > restrictedUntil) restrictedUntil = restriction.endsAt;
  }
  return { restricted: restrictedUntil !== null, restrictedUntil };
}

/** How far a restriction job has come, as the back office shows it. */
export interface JobProgressInput {
  /** Identifiers to walk; null until counted. */
  total: number | null;
  processed: number;
  /** Walked since this process took the job up (a resumed job's earlier work is not timed here). */
  processedThisRun: number;
  elapsedMs: number;
}

/** Identifiers walked per second in this run, and the seconds left at that pace (null while unknown). */
export function restrictionJobProgress(input: JobProgressInput): { rate: number; etaSeconds: number | null } {
  const rate = input.elapsedMs > 0 ? (input.processedThisRun * 1000) / input.elapsedMs : 0;
  if (input.total === null || rate === 0) return { rate, etaSeconds: null };
  return { rate, etaSeconds: Math.ceil(Math.max(0, input.total - input.processed) / rate) };
}
