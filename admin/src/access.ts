import type { Role } from '@qorgau/shared';

/**
 * Which back-office role may do what, per resource: the screens' half of the API's authorisation
 * matrix (the API enforces the same rules; this only hides what a role cannot use).
 *
 * Actions are react-admin's (`list`, `show`, `create`, `edit`, `delete`, `export`) plus ours:
 * `transition` (move a breach through its lifecycle), `upload` (load a file of leaked identifiers
 * into a breach), `cancel` (stop an ingestion job; cancel a lift suspected of coercion) and `decide`
 * (accept or reject a dispute), `keys` (issue and revoke a lender's API keys), `retry` (queue a parked
 * notification again).
 */
type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'transition' | 'upload' | 'cancel' | 'decide' | 'keys' | 'retry';

const READ: readonly Action[] = ['list', 'show', 'export'];
const WRITE: readonly Action[] = [...READ, 'create', 'edit', 'delete'];

const MATRIX: Record<string, Partial<Record<Role, readonly Action[]>>> = {
  // Regulators who log breaches write; reviewers and auditors read.
  companies: { admin: WRITE, analyst: WRITE, reviewer: READ, auditor: READ },
  breaches: {
    admin: [...WRITE, 'transition', 'upload'],
    analyst: [...WRITE, 'transition', 'upload'],
    reviewer: READ,
    auditor: READ,
  },
  // Jobs are made by uploads into a breach, never by hand; those who upload may cancel.
  'ingest-jobs': {
    admin: [...READ, 'cancel'],
    analyst: [...READ, 'cancel'],
    reviewer: READ,
    auditor: READ,
  },
  // Lifts are the citizens' requests; reviewers (and admins) cancel one suspected of coercion.
  lifts: { admin: [...READ, 'cancel'], reviewer: [...READ, 'cancel'], auditor: READ },
  // Restrictions are placed and removed by the registry itself; those who deal with people read them (SPEC §5.1).
  restrictions: { admin: READ, reviewer: READ, auditor: READ },
  // Disputes come from citizens; reviewers (and admins) decide them.
  disputes: { admin: [...READ, 'decide'], reviewer: [...READ, 'decide'], auditor: READ },
  // Lenders: every role reads them; only administrators register them and manage their keys. Never deleted.
  banks: {
    admin: ['list', 'show', 'export', 'create', 'edit', 'keys'],
    analyst: READ,
    reviewer: READ,
    auditor: READ,
  },
  // Who checked whom: recorded by the bank API, never written by hand.
  inquiries: { admin: READ, reviewer: READ, auditor: READ },
  // Alerts over too many person look-ups (SPEC §3.9), shown on the dashboard: administrators only.
  'lookup-alerts': { admin: ['list'] },
  // Append-only: nobody creates, edits or deletes an audit event.
  'audit-events': { admin: READ, auditor: READ },
  // The outbox (SPEC §5.5): administrators only, who may queue a parked message again.
  notifications: { admin: [...READ, 'retry'] },
  // Back-office accounts: administrators only, and an account is disabled, never deleted.
  users: { admin: ['list', 'show', 'export', 'create', 'edit'] },
};

/**
 * Whether `role` may perform `action` on `resource` (and on `record`, when react-admin names one).
 * Unknown resources and actions are refused.
 */
export const canRoleAccess = (
  role: Role | undefined,
  resource: string,
  action: string,
  record?: Record<string, unknown>,
): boolean => {
  if (!role) return false;
  const allowed = Object.hasOwn(MATRIX, resource) ? MATRIX[resource][role] : undefined;
  if (!allowed || !(allowed as readonly string[]).includes(action)) return false;
  // Only a draft breach with no exposures loaded can be deleted; anything else is evidence, ended
  // by rejection or retraction (the API answers 409 otherwise).
  if (resource === 'breaches' && action === 'delete' && record) return record.status === 'draft' && record.exposureCount === 0;
  // A company with breaches stays (409 otherwise).
  if (resource === 'companies' && action === 'delete' && record) return record.breachCount === 0;
  return true;
};
