"use strict";
/**
 * Closed vocabularies shared by the API, the back office and the portal (SPEC §3, §5).
 * Each list is the single source of truth; its union type is derived from it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_LANGUAGE = exports.LANGUAGES = exports.RESTRICTION_JOB_STATUSES = exports.RESTRICTION_JOB_KINDS = exports.INGEST_JOB_STATUSES = exports.COMPANY_SECTORS = exports.INQUIRY_PURPOSES = exports.LENDER_KINDS = exports.DISPUTE_OUTCOMES = exports.DISPUTE_STATUSES = exports.DISPUTE_REASONS = exports.LIFT_SCOPES = exports.LIFT_CANCELLERS = exports.LIFT_STATUSES = exports.LIFT_KINDS = exports.ROLES = exports.BREACH_STATUSES = exports.SENSITIVE_DATA_CLASSES = exports.DATA_CLASSES = void 0;
exports.isOneOf = isOneOf;
/** Kinds of personal data a breach can leak (SPEC §5.1, `dataClasses`). */
exports.DATA_CLASSES = [
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
];
/** Data classes that make a breach `sensitive`: never listed publicly (SPEC §3.5). */
exports.SENSITIVE_DATA_CLASSES = ['health', 'biometric'];
/** Breach lifecycle states (SPEC §3.1). */
exports.BREACH_STATUSES = [
    'draft',
    'investigating',
    'confirmed',
    'closed',
    'rejected',
    'retracted',
];
/** Regulator roles in the back office (SPEC §5.1). */
exports.ROLES = ['admin', 'analyst', 'reviewer', 'auditor'];
/** Kinds of lift a citizen may request (SPEC §3.3). */
exports.LIFT_KINDS = ['temporary', 'permanent'];
/** States of a lift (SPEC §3.3). */
exports.LIFT_STATUSES = ['pending', 'effective', 'cancelled', 'expired'];
/** Who cancelled a lift: the citizen, or a reviewer who suspected coercion (SPEC §3.3). */
exports.LIFT_CANCELLERS = ['citizen', 'reviewer'];
/** Which lenders a lift frees: all, banks only, MFOs only, or one lender named by BIN (SPEC §3.3). */
exports.LIFT_SCOPES = ['all', 'bank', 'mfo', 'lender'];
/** Why a citizen disputes an exposure (SPEC §3.4). */
exports.DISPUTE_REASONS = ['not_mine', 'never_customer', 'other'];
/** States of a dispute: open until a reviewer accepts or rejects it (SPEC §3.4). */
exports.DISPUTE_STATUSES = ['open', 'accepted', 'rejected'];
/** A reviewer's decision on a dispute. */
exports.DISPUTE_OUTCOMES = ['accepted', 'rejected'];
/** Kinds of lender: banks and microfinance organisations (SPEC §1, §5.1). */
exports.LENDER_KINDS = ['bank', 'mfo'];
/** Why a lender asks about a person (SPEC §5.2, `purpose`). */
exports.INQUIRY_PURPOSES = ['loan', 'microcredit'];
/** Sectors of the companies responsible for breaches. */
exports.COMPANY_SECTORS = [
    'retail',
    'telecom',
    'finance',
    'government',
    'health',
    'delivery',
    'education',
    'other',
];
/** States of an exposure ingestion job (SPEC §5.1). */
exports.INGEST_JOB_STATUSES = ['queued', 'running', 'done', 'failed'];
/** What a restriction job does: place a confirmed breach's restrictions, those of a later load, or remove a retracted breach's (SPEC §3.2). */
exports.RESTRICTION_JOB_KINDS = ['confirmation', 'late-load', 'retraction'];
/** `stopped`: the breach stopped restricting (it was retracted) before the job was done. */
exports.RESTRICTION_JOB_STATUSES = ['queued', 'running', 'done', 'stopped'];
/** Interface languages: Kazakh, Russian, English. */
exports.LANGUAGES = ['kk', 'ru', 'en'];
exports.DEFAULT_LANGUAGE = 'kk';
/**
 * Type guard: whether `value` is one of the members of `list`.
 *
 * @example if (isOneOf(ROLES, body.role)) { body.role; // Role }
 */
function isOneOf(list, value) {
    return typeof value === 'string' && list.includes(value);
}
//# sourceMappingURL=enums.js.map