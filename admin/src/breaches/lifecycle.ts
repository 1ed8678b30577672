// The lifecycle table and the reason limit are shared with the server (shared/src/breach-lifecycle.ts).
export { BREACH_TRANSITIONS as ALLOWED_TRANSITIONS, TRANSITION_REASON_MAX_LENGTH as REASON_MAX_LENGTH } from '@qorgau/shared';
