/**
 * Closed vocabularies shared by the API, the back office and the portal (SPEC §3, §5).
 * Each list is the single source of truth; its union type is derived from it.
 */

/** Kinds of personal data a breach can leak (SPEC §5.1, `dataClasses`). */
export const DATA_CLASSES = [
  'iin',
  'full_name',
  'phone',
  'email',
  'address',
  'birth_date',
  'id_document',
  'bank_card',
  'bank_account',
  'vehicle_plate',
  'order_history',
  'password',
  'health',
  'biometric',
  'other',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Data classes that make a breach `sensitive`: never listed publicly (SPEC §3.5). */
export const SENSITIVE_DATA_CLASSES = ['health', 'biometric'] as const satisfies readonly DataClass[];
export type SensitiveDataClass = (typeof SENSITIVE_DATA_CLASSES)[number];

/** Breach lifecycle states (SPEC §3.1); `awaiting-approval`: a confirmation waiting for a second regulator (SPEC §3.9). */
export const BREACH_STATUSES = [
  'draft',
  'investigating',
  'awaiting-approval',
  'confirmed',
  'closed',
  'rejected',
  'retracted',
] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/** Regulator roles in the back office (SPEC §5.1). */
export const ROLES = ['admin', 'analyst', 'reviewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of lift a citizen may request (SPEC §3.3). */
export const LIFT_KINDS = ['temporary', 'permanent'] as const;
export type LiftKind = (typeof LIFT_KINDS)[number];

/** States of a lift (SPEC §3.3). */
export const LIFT_STATUSES = ['pending', 'effective', 'cancelled', 'expired'] as const;
export type LiftStatus = (typeof LIFT_STATUSES)[number];

/** Who cancelled a lift: the citizen, or a reviewer who suspected coercion (SPEC §3.3). */
export const LIFT_CANCELLERS = ['citizen', 'reviewer'] as const;
export type LiftCanceller = (typeof LIFT_CANCELLERS)[number];

/** Which lenders a lift frees: all, banks only, MFOs only, or one lender named by BIN (SPEC §3.3). */
export const LIFT_SCOPES = ['all', 'bank', 'mfo', 'lender'] as const;
export type LiftScope = (typeof LIFT_SCOPES)[number];

/** Why a citizen disputes an exposure (SPEC §3.4). */
export const DISPUTE_REASONS = ['not_mine', 'never_customer', 'other'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

/** States of a dispute: open until a reviewer accepts or rejects it (SPEC §3.4). */
export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

/** A reviewer's decision on a dispute. */
export const DISPUTE_OUTCOMES = ['accepted', 'rejected'] as const satisfies readonly DisputeStatus[];
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** Kinds of lender: banks and microfinance organisations (SPEC §1, §5.1). */
export const LENDER_KINDS = ['bank', 'mfo'] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

/** Why a lender asks about a person (SPEC §5.2, `purpose`). */
export const INQUIRY_PURPOSES = ['loan', 'microcredit'] as const;
export type InquiryPurpose = (typeof INQUIRY_PURPOSES)[number];

/** Sectors of the companies responsible for breaches. */
export const COMPANY_SECTORS = [
  'retail',
  'telecom',
  'finance',
  'government',
  'health',
  'delivery',
  'education',
  'other',
] as const;
export type CompanySector = (typeof COMPANY_SECTORS)[number];

/** States of an exposure ingestion job (SPEC §5.1). */
export const INGEST_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type IngestJobStatus = (typeof INGEST_JOB_STATUSES)[number];

/** What a restriction job does: place a confirmed breach's restrictions, those of a later load, or remove a retracted breach's (SPEC §3.2). */
export const RESTRICTION_JOB_KINDS = ['confirmation', 'late-load', 'retraction'] as const;
export type RestrictionJobKind = (typeof RESTRICTION_JOB_KINDS)[number];

/** `stopped`: the breach stopped restricting (it was retracted) before the job was done. */
export const RESTRICTION_JOB_STATUSES = ['queued', 'running', 'done', 'stopped'] as const;
export type RestrictionJobStatus = (typeof RESTRICTION_JOB_STATUSES)[number];

/** Interface languages: Kazakh, Russian, English. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

/**
 * Type guard: whether `value` is one of the members of `list`.
 *
 * @example if (isOneOf(ROLES, body.role)) { body.role; // Role }
 */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** What a notification tells a person (SPEC §3.8, §5.5): the webhook's types, and the only ones it carries. */
export const CITIZEN_NOTIFICATION_TYPES = ['exposure', 'inquiry', 'lift.pending', 'lift.effective', 'lift.cancelled', 'dispute.decided', 'restriction.ending'] as const;
export type CitizenNotificationType = (typeof CITIZEN_NOTIFICATION_TYPES)[number];

/**
 * What a notification tells back-office accounts, by e-mail only: the admins, of an account over the
 * look-up limit (SPEC §3.9); a locked account itself, its one-time unlock token.
 */
export const STAFF_NOTIFICATION_TYPES = ['lookup.alert', 'account.unlock'] as const;
export type StaffNotificationType = (typeof STAFF_NOTIFICATION_TYPES)[number];

/** Every type in the outbox. */
export const NOTIFICATION_TYPES = [...CITIZEN_NOTIFICATION_TYPES, ...STAFF_NOTIFICATION_TYPES] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A message in the outbox: waiting (or retrying), delivered, or parked after too many failures. */
export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'parked'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** How a message goes out; `none` when no channel was configured when it was written (development: the outbox shows it). */
export const NOTIFICATION_CHANNELS = ['webhook', 'email', 'none'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
