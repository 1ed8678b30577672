import { BREACH_TRANSITIONS, REQUESTABLE_BREACH_STATUSES, type BreachStatus } from '@qorgau/shared';

// The lifecycle table and the reason limit are shared with the server (shared/src/breach-lifecycle.ts).
export { TRANSITION_REASON_MAX_LENGTH as REASON_MAX_LENGTH } from '@qorgau/shared';

/** The moves a regulator may ask for from `from` (awaiting-approval follows from asking to confirm, never by name). */
export const requestableMoves = (from: BreachStatus): BreachStatus[] =>
  (BREACH_TRANSITIONS[from] ?? []).filter((to) => REQUESTABLE_BREACH_STATUSES.includes(to));
