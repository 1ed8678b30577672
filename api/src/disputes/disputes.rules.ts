import { DISPUTE_REASONS, DISPUTE_STATUSES, type DisputeOutcome, type DisputeReason, type DisputeStatus } from '@qorgau/shared';
import { enumFilter, idFilter } from '../common/list-filter';
import { ValidationException } from '../common/validation.exception';
import type { DisputeFilter, ExposureRemoval } from './disputes.repository';

// ── Filing (SPEC §3.4) ────────────────────────────────────────────────────────────────────

/** A dispute for reason `other` must say why; the other reasons speak for themselves. */
export function lacksRequiredText(reason: DisputeReason, text: string): boolean {
  return reason === 'other' && text === '';
}

// ── Deciding ──────────────────────────────────────────────────────────────────────────────

/** A decision is final: only an open dispute can be decided. */
export function canDecide(status: DisputeStatus): boolean {
  return status === 'open';
}

/** The dispute as the audit trail records it after the decision, with what an acceptance removed. */
export function decisionAuditAfter(outcome: DisputeOutcome, reason: string, removal: ExposureRemoval | null): Record<string, unknown> {
  const after = { status: outcome, decisionReason: reason };
  return removal ? { ...after, exposuresRemoved: removal.exposures, restrictionsRemoved: removal.restrictions } : after;
}

/** The breach's counts once an accepted dispute's exposure and restriction are gone. */
export function countsAfterRemoval(removal: ExposureRemoval): { exposureCount: number; restrictedCount: number } {
  return {
    exposureCount: removal.before.exposureCount - removal.exposures,
    restrictedCount: removal.before.restrictedCount - removal.restrictions,
  };
}

// ── The back-office list ──────────────────────────────────────────────────────────────────

/** filter {id, status, reason, breachId}. */
export function parseDisputeFilter(filter: Record<string, unknown>): DisputeFilter {
  const errors: Record<string, string> = {};
  const parsed: DisputeFilter = {
    ids: idFilter(filter, 'id'),
    statuses: enumFilter(filter, 'status', DISPUTE_STATUSES, errors),
    reasons: enumFilter(filter, 'reason', DISPUTE_REASONS, errors),
    breachIds: idFilter(filter, 'breachId'),
  };
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
