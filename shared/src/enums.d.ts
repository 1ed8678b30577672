/**
 * Closed vocabularies shared by the API, the back office and the portal (SPEC §3, §5).
 * Each list is the single source of truth; its union type is derived from it.
 */
/** Kinds of personal data a breach can leak (SPEC §5.1, `dataClasses`). */
export declare const DATA_CLASSES: readonly ["iin", "full_name", "phone", "email", "address", "birth_date", "id_document", "bank_card", "bank_account", "vehicle_plate", "order_history", "password", "health", "biometric", "other"];
export type DataClass = (typeof DATA_CLASSES)[number];
/** Data classes that make a breach `sensitive`: never listed publicly (SPEC §3.5). */
export declare const SENSITIVE_DATA_CLASSES: readonly ["health", "biometric"];
export type SensitiveDataClass = (typeof SENSITIVE_DATA_CLASSES)[number];
/** Breach lifecycle states (SPEC §3.1). */
export declare const BREACH_STATUSES: readonly ["draft", "investigating", "confirmed", "closed", "rejected", "retracted"];
export type BreachStatus = (typeof BREACH_STATUSES)[number];
/** Regulator roles in the back office (SPEC §5.1). */
export declare const ROLES: readonly ["admin", "analyst", "reviewer", "auditor"];
export type Role = (typeof ROLES)[number];
/** Kinds of lift a citizen may request (SPEC §3.3). */
export declare const LIFT_KINDS: readonly ["temporary", "permanent"];
export type LiftKind = (typeof LIFT_KINDS)[number];
/** States of a lift (SPEC §3.3). */
export declare const LIFT_STATUSES: readonly ["pending", "effective", "cancelled", "expired"];
export type LiftStatus = (typeof LIFT_STATUSES)[number];
/** Who cancelled a lift: the citizen, or a reviewer who suspected coercion (SPEC §3.3). */
export declare const LIFT_CANCELLERS: readonly ["citizen", "reviewer"];
export type LiftCanceller = (typeof LIFT_CANCELLERS)[number];
/** Which lenders a lift frees: all, banks only, MFOs only, or one lender named by BIN (SPEC §3.3). */
export declare const LIFT_SCOPES: readonly ["all", "bank", "mfo", "lender"];
export type LiftScope = (typeof LIFT_SCOPES)[number];
/** Why a citizen disputes an exposure (SPEC §3.4). */
export declare const DISPUTE_REASONS: readonly ["not_mine", "never_customer", "other"];
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
/** States of a dispute: open until a reviewer accepts or rejects it (SPEC §3.4). */
export declare const DISPUTE_STATUSES: readonly ["open", "accepted", "rejected"];
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
/** A reviewer's decision on a dispute. */
export declare const DISPUTE_OUTCOMES: readonly ["accepted", "rejected"];
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];
/** Kinds of lender: banks and microfinance organisations (SPEC §1, §5.1). */
export declare const LENDER_KINDS: readonly ["bank", "mfo"];
export type LenderKind = (typeof LENDER_KINDS)[number];
/** Why a lender asks about a person (SPEC §5.2, `purpose`). */
export declare const INQUIRY_PURPOSES: readonly ["loan", "microcredit"];
export type InquiryPurpose = (typeof INQUIRY_PURPOSES)[number];
/** Sectors of the companies responsible for breaches. */
export declare const COMPANY_SECTORS: readonly ["retail", "telecom", "finance", "government", "health", "delivery", "education", "other"];
export type CompanySector = (typeof COMPANY_SECTORS)[number];
/** States of an exposure ingestion job (SPEC §5.1). */
export declare const INGEST_JOB_STATUSES: readonly ["queued", "running", "done", "failed"];
export type IngestJobStatus = (typeof INGEST_JOB_STATUSES)[number];
/** What a restriction job does: place a confirmed breach's restrictions, those of a later load, or remove a retracted breach's (SPEC §3.2). */
export declare const RESTRICTION_JOB_KINDS: readonly ["confirmation", "late-load", "retraction"];
export type RestrictionJobKind = (typeof RESTRICTION_JOB_KINDS)[number];
/** `stopped`: the breach stopped restricting (it was retracted) before the job was done. */
export declare const RESTRICTION_JOB_STATUSES: readonly ["queued", "running", "done", "stopped"];
export type RestrictionJobStatus = (typeof RESTRICTION_JOB_STATUSES)[number];
/** Interface languages: Kazakh, Russian, English. */
export declare const LANGUAGES: readonly ["kk", "ru", "en"];
export type Language = (typeof LANGUAGES)[number];
export declare const DEFAULT_LANGUAGE: Language;
/**
 * Type guard: whether `value` is one of the members of `list`.
 *
 * @example if (isOneOf(ROLES, body.role)) { body.role; // Role }
 */
export declare function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T;
