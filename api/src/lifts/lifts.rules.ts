import {
  LIFT_MAX_TEMPORARY_DAYS,
  LIFT_WINDOW_DAYS,
  LIFTS_PER_WINDOW,
  validateBin,
  type LenderKind,
  type LiftKind,
  type LiftScope,
  type LiftStatus,
} from '@qorgau/shared';
import type { CitizenMessage } from '../common/citizen-messages';
import type { LiftEffect } from '../restrictions/restrictions.rules';

/**
 * The rules of asking for a lift (SPEC §3.3) as plain functions: what a request may say, when it
 * takes effect, how many a person may ask for, and where a lift stands at a given moment. What a
 * lift in force does to a restriction is decided in restrictions.rules.ts.
 */

const DAY_MS = 86_400_000;
/** Clocks differ: a start this close to now counts as now rather than as the past. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A request as received, its times parsed. */
export interface LiftRequestInput {
  kind: LiftKind;
  from?: Date;
  until?: Date;
  lenderKind?: LenderKind;
  lenderBin?: string;
}

/** A lift that may be stored: the request checked and completed. `from` is the requested start (now when not given). */
export type LiftPlan = Omit<LiftEffect, 'cancelledAt'> & { from: Date };

export type LiftPlanResult = { ok: true; plan: LiftPlan } | { ok: false; errors: Record<string, CitizenMessage> };

/** A lift takes effect after the cooling-off or at its requested start, whichever is later. */
export function liftEffectiveAt(createdAt: Date, from: Date, coolingOffSeconds: number): Date {
  const coolingOffEnds = createdAt.getTime() + coolingOffSeconds * 1000;
  return new Date(Math.max(coolingOffEnds, from.getTime()));
}

/**
 * Checks a request made at `now` and completes it: `from` defaults to now; a temporary lift needs
 * `until`, after `from`, in the future, at most {@link LIFT_MAX_TEMPORARY_DAYS} after `from`, and
 * after the lift takes effect (else it would never be in force); a permanent lift has no `until`;
 * a lift frees all lenders, one kind of lender or one lender by a valid BIN — never two of these.
 */
export function planLift(request: LiftRequestInput, now: Date, coolingOffSeconds: number): LiftPlanResult {
  const errors: Record<string, CitizenMessage> = {};
  const from = request.from ?? now;
  if (from.getTime() < now.getTime() - CLOCK_SKEW_MS) errors.from = { code: 'lift-from-in-past' };
  const effectiveAt = liftEffectiveAt(now, from, coolingOffSeconds);

  const until = request.until ?? null;
  if (request.kind === 'permanent') {
    if (until !== null) errors.until = { code: 'lift-until-not-allowed' };
  } else if (until === null) {
    errors.until = { code: 'lift-until-required' };
  } else if (until <= now) {
    errors.until = { code: 'lift-until-in-past' };
  } else if (until <= from) {
    errors.until = { code: 'lift-until-before-from' };
  } else if (until.getTime() - from.getTime() > LIFT_MAX_TEMPORARY_DAYS * DAY_MS) {
    errors.until = { code: 'lift-window-too-long', parameters: { maxDays: LIFT_MAX_TEMPORARY_DAYS } };
  } else if (until <= effectiveAt) {
    errors.until = { code: 'lift-ends-before-effective', parameters: { at: effectiveAt.toISOString() } };
  }

  const lenderKind = request.lenderKind ?? null;
  let lenderBin = request.lenderBin ?? null;
  if (lenderKind !== null && lenderBin !== null) {
    errors.lenderBin = { code: 'lift-scope-conflict' };
  } else if (lenderBin !== null) {
    const bin = validateBin(lenderBin);
    if (bin.valid) lenderBin = bin.value;
    else errors.lenderBin = { code: 'lender-bin-invalid', parameters: { failure: bin.code } };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, plan: { kind: request.kind, from, until, lenderKind, lenderBin, createdAt: now, effectiveAt } };
}

/**
 * Whether one more lift may be asked for at `now`, given when the person's earlier ones were asked
 * for (cancelled ones included): at most {@link LIFTS_PER_WINDOW} in any {@link LIFT_WINDOW_DAYS}
 * days. When not, `nextAllowedAt` is when the oldest of the window drops out of it.
 */
export function liftQuota(earlierRequests: readonly Date[], now: Date): { allowed: true } | { allowed: false; nextAllowedAt: Date } {
  const windowStart = now.getTime() - LIFT_WINDOW_DAYS * DAY_MS;
  const inWindow = earlierRequests
    .map((at) => at.getTime())
    .filter((at) => at > windowStart)
    .sort((a, b) => b - a);
  if (inWindow.length < LIFTS_PER_WINDOW) return { allowed: true };
  // The newest LIFTS_PER_WINDOW requests must all have left the window before another fits.
  return { allowed: false, nextAllowedAt: new Date(inWindow[LIFTS_PER_WINDOW - 1] + LIFT_WINDOW_DAYS * DAY_MS) };
}

/** Where a lift stands at `at`: cancelled, pending (cooling off), effective, or expired (a temporary lift past its end). */
export function liftStatusAt(lift: Pick<LiftEffect, 'effectiveAt' | 'until' | 'cancelledAt'>, at: Date): LiftStatus {
  if (lift.cancelledAt !== null && lift.cancelledAt <= at) return 'cancelled';
  if (at < lift.effectiveAt) return 'pending';
  if (lift.until !== null && at >= lift.until) return 'expired';
  return 'effective';
}

/** Whether a lift may still be cancelled at `at`: only a pending or effective one changes anything. */
export function liftCancellable(lift: Pick<LiftEffect, 'effectiveAt' | 'until' | 'cancelledAt'>, at: Date): boolean {
  const status = liftStatusAt(lift, at);
  return status === 'pending' || status === 'effective';
}

/** Which lenders a lift frees, as one word. */
export function liftScope(lift: Pick<LiftEffect, 'lenderKind' | 'lenderBin'>): LiftScope {
  if (lift.lenderBin !== null) return 'lender';
  return lift.lenderKind ?? 'all';
}
