import { BREACH_STATUSES, type BreachStatus } from './enums';

/**
 * SPEC §3.1: `draft → investigating → confirmed → closed`; `draft | investigating → rejected`; a
 * confirmed breach may be `retracted`. Closed, rejected and retracted are final. The server
 * enforces it; the back office offers only these moves.
 *
 * SPEC §3.9: asking for `confirmed` from `investigating` when the breach would restrict more than
 * CONFIRM_APPROVAL_THRESHOLD people lands in `awaiting-approval` instead; nobody asks for that state
 * by name (see {@link REQUESTABLE_BREACH_STATUSES}). From there another regulator's `confirmed`
 * approves it, and `investigating` declines it.
 */
export const BREACH_TRANSITIONS: Readonly<Record<BreachStatus, readonly BreachStatus[]>> = {
  draft: ['investigating', 'rejected'],
  investigating: ['confirmed', 'awaiting-approval', 'rejected'],
  'awaiting-approval': ['confirmed', 'investigating'],
  confirmed: ['closed', 'retracted'],
  closed: [],
  rejected: [],
  retracted: [],
};

/** Only confirmed and closed breaches restrict anyone (SPEC §3.1). */
export const RESTRICTING_BREACH_STATUSES = ['confirmed', 'closed'] as const satisfies readonly BreachStatus[];

export function breachRestricts(status: BreachStatus): boolean {
  return (RESTRICTING_BREACH_STATUSES as readonly BreachStatus[]).includes(status);
}

/** A state reached only as the outcome of asking for another: `awaiting-approval` follows from asking for `confirmed`. */
export const OUTCOME_ONLY_BREACH_STATUSES: readonly BreachStatus[] = ['awaiting-approval'];

/** The statuses a transition may name in `to` (SPEC §5.1). */
export const REQUESTABLE_BREACH_STATUSES: readonly BreachStatus[] = BREACH_STATUSES.filter(
  (status) => !OUTCOME_ONLY_BREACH_STATUSES.includes(status),
);

/** Every move needs a reason, kept in the breach's timeline and the audit trail. */
export const TRANSITION_REASON_MAX_LENGTH = 2000;

/** SPEC §3.9: a confirmation restricting more people than this needs a second regulator (CONFIRM_APPROVAL_THRESHOLD). */
export const CONFIRM_APPROVAL_THRESHOLD_DEFAULT = 100_000;
/** Declining a confirmation sends the breach back to investigation: the reason must say why (SPEC §3.9). */
export const DECLINE_REASON_MIN_LENGTH = 10;

/** Limits of a breach's texts, the same in the back-office form and the API. */
export const BREACH_TITLE_MAX_LENGTH = 300;
export const BREACH_DESCRIPTION_MAX_LENGTH = 10_000;

/**
 * A rejected or retracted breach was found not to be a breach: it stays on record (and in counts
 * of breaches by status) but counts toward no figure of people exposed or of late reports.
 */
export const NOT_A_BREACH: readonly BreachStatus[] = ['rejected', 'retracted'];
