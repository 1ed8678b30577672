import type { BreachStatus } from './enums';
/**
 * SPEC §3.1: `draft → investigating → confirmed → closed`; `draft | investigating → rejected`; a
 * confirmed breach may be `retracted`. Closed, rejected and retracted are final. The server
 * enforces it; the back office offers only these moves.
 */
export declare const BREACH_TRANSITIONS: Readonly<Record<BreachStatus, readonly BreachStatus[]>>;
/** Every move needs a reason, kept in the breach's timeline and the audit trail. */
export declare const TRANSITION_REASON_MAX_LENGTH = 2000;
/** Limits of a breach's texts, the same in the back-office form and the API. */
export declare const BREACH_TITLE_MAX_LENGTH = 300;
export declare const BREACH_DESCRIPTION_MAX_LENGTH = 10000;
