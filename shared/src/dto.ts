/**
 * Request and response shapes of the API contract (SPEC §5), shared by the API, the back office and
 * the portal. Types only. Field names follow the SPEC exactly; times are ISO 8601 UTC strings;
 * ids are strings.
 */
import type {
  BreachStatus,
  CompanySector,
  DataClass,
  DisputeOutcome,
  DisputeReason,
  DisputeStatus,
  IngestJobStatus,
  InquiryPurpose,
  LenderKind,
  LiftCanceller,
  LiftKind,
  LiftScope,
  LiftStatus,
  Language,
  NotificationChannel,
  NotificationStatus,
  NotificationType,
  RestrictionJobKind,
  RestrictionJobStatus,
  Role,
} from './enums';
import type { IdentifierKind } from './identifiers/identifier-kind';

/** An ISO 8601 UTC timestamp, e.g. `2025-03-01T09:30:00.000Z`. */
export type IsoDateTime = string;

// ── Errors and service endpoints ────────────────────────────────────────────────────────────

/** An `application/problem+json` error body (RFC 9457, SPEC §5). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For validation errors (400): a message per field, shown beside each form field. */
  errors?: Record<string, string>;
}

/** `GET /health`. */
export interface HealthReport {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
}

// ── §5.1 Regulators ──────────────────────────────────────────────────────────────────────

/** `POST /auth/login` body. */
export interface LoginRequest {
  email: string;
  password: string;
}

export interface UserSummary {
  id: string;
  email: string;
  role: Role;
}

/** `POST /auth/login` response. `expiresIn` is in seconds. */
export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  user: UserSummary;
}

/** One month of the dashboard's "breaches per month by status" chart; `month` is `YYYY-MM` (reportedAt, UTC). */
export type BreachesInMonth = { month: string } & Record<BreachStatus, number>;

/** `GET /admin/stats`: the back-office dashboard figures. */
export interface AdminStats {
  users: { total: number; active: number; byRole: Record<Role, number> };
  breaches: {
    total: number;
    byStatus: Record<BreachStatus, number>;
    /** The last 12 months, oldest first, months without breaches included. */
    perMonth: BreachesInMonth[];
    late: number;
    onTime: number;
  };
  /** Per data class: records the companies claimed leaked, and exposures loaded into the registry. */
  exposuresByDataClass: { dataClass: DataClass; recordsClaimed: number; exposures: number }[];
  /** The ten companies with the most people exposed (loaded exposures, else records claimed). */
  topCompanies: { companyId: string; name: string; peopleExposed: number }[];
  /** Inquiries per lender over the last 30 days, most first (lenders without inquiries left out). */
  inquiriesPerBank: { bankId: string; name: string; kind: LenderKind; inquiries: number; restricted: number }[];
  /** Inquiry alerts delivered since midnight in Asia/Almaty (SPEC §3.8). */
  alertsDeliveredToday: number;
  /** Inquiry alerts written by checks and not yet taken by a dispatcher: a number that keeps growing means none is running. */
  inquiryAlertsQueued: number;
  generatedAt: IsoDateTime;
}

/** A back-office account as `GET /admin/users` lists it. */
export interface RegulatorUserView extends UserSummary {
  active: boolean;
  lastSignInAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** `POST /admin/users` body; `PUT /admin/users/{id}` takes `role`, `active` and optionally a new `password`. */
export interface RegulatorUserInput {
  email: string;
  role: Role;
  password: string;
}

/**
 * `/admin/companies`. `version` is the optimistic-locking counter: PUT must send back the
 * version it read, or gets 409. The last three fields are computed and read-only.
 */
export interface Company {
  id: string;
  bin: string;
  name: string;
  sector: CompanySector;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
  breachCount: number;
  peopleExposed: number;
  lateReports: number;
}

/** `/admin/breaches`: SPEC §5.1 fields plus `version` (optimistic locking, as for companies). */
export interface Breach {
  id: string;
  companyId: string;
  title: string;
  description: string;
  occurredAt: IsoDateTime | null;
  discoveredAt: IsoDateTime;
  reportedAt: IsoDateTime;
  dataClasses: DataClass[];
  recordsClaimed: number | null;
  exposureCount: number;
  restrictedCount: number;
  restrictionDays: number;
  status: BreachStatus;
  published: boolean;
  sensitive: boolean;
  reportingDelayHours: number;
  reportedLate: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
}

/** `GET /admin/breaches/{id}/transitions`: the breach's timeline, oldest first. */
export interface BreachTransition {
  id: string;
  breachId: string;
  from: BreachStatus;
  to: BreachStatus;
  reason: string;
  actorId: string;
  actorEmail: string;
  actorRole: Role;
  at: IsoDateTime;
}

/**
 * `POST /admin/breaches/{id}/transitions {to: "confirmed", dryRun: true}` (SPEC §3.9): what the
 * confirmation would do, changing nothing. `alreadyRestricted` are those of `wouldRestrict` already
 * restricted now by another confirmed breach or by their own protection.
 */
export interface ConfirmationImpact {
  wouldRestrict: number;
  alreadyRestricted: number;
  restrictedUntil: IsoDateTime;
  /**
   * Whether asking for the confirmation puts the breach in `awaiting-approval` (more than
   * CONFIRM_APPROVAL_THRESHOLD people, SPEC §3.9) rather than confirming it; false when the breach
   * already awaits approval and this confirmation would be the approval.
   */
  needsApproval: boolean;
  /** CONFIRM_APPROVAL_THRESHOLD: more people than this need a second regulator. */
  approvalThreshold: number;
}

/**
 * `/admin/lookup-alerts` (SPEC §3.9): one account looked more people up within an hour than
 * LOOKUP_ALERT_PER_HOUR allows. Raised once per crossing: the next alert for the same account
 * comes only after an hour without one.
 */
export interface LookupAlert {
  id: string;
  actorId: string;
  actorEmail: string;
  actorRole: Role;
  /** Look-ups by the account in the hour before the alert, the one that crossed the limit included. */
  lookups: number;
  limit: number;
  raisedAt: IsoDateTime;
}

/** `/admin/audit-events`: one append-only, hash-chained record of a write. */
export interface AuditEvent {
  id: string;
  at: IsoDateTime;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: Role | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Changed fields only: `{field: {before, after}}`; secrets appear as "[redacted]". */
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** `GET /admin/audit-events/verification`: whether the hash chain is intact, and where it first breaks. */
export interface AuditChainReport {
  /** The chain links up and matches every head the registry signed. */
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  verifiedAt: IsoDateTime;
  /** `audit.head-signed` events whose signature was checked against the JWKS. */
  signedHeadsChecked: number;
  latestSignedHead: SignedAuditHead | null;
}

/** A chain head (an event's id and hash) the registry signed with its answer-signing key. */
export interface SignedAuditHead {
  /** The `audit.head-signed` event that keeps it. */
  eventId: string;
  /** The event that was the head, and its hash when signed. */
  headId: string;
  headHash: string;
  signedAt: IsoDateTime;
  kid: string;
  /** Compact JWS (EdDSA) over `{typ: "qorgau-audit-head", id, hash, signedAt}`. */
  jws: string;
  /** The signature verifies and the event still has the signed hash. */
  verified: boolean;
  problem: string | null;
}

/** `POST /admin/breaches/{id}/transitions` body. */
export interface BreachTransitionRequest {
  to: BreachStatus;
  reason: string;
}

/** `POST /admin/breaches/{id}/transitions` asking only what a confirmation would do: answers a {@link ConfirmationImpact}. */
export interface ConfirmationDryRunRequest {
  to: 'confirmed';
  dryRun: true;
}

/** `POST /admin/breaches/{id}/exposures` response (202). */
export interface IngestJobAccepted {
  jobId: string;
}

/** One sampled invalid value of an ingestion. */
export interface IngestRejectSample {
  line: number;
  value: string;
  reason: string;
}

/** `GET /admin/ingest-jobs/{jobId}`. */
export interface IngestJob {
  id: string;
  breachId: string;
  status: IngestJobStatus;
  rowsRead: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  rejectSample: IngestRejectSample[];
  startedAt: IsoDateTime | null;
  finishedAt: IsoDateTime | null;
  /** Progress beyond the SPEC fields: bytes of the upload read so far, and its size when known. */
  bytesRead: number;
  bytesTotal: number | null;
  /** Rows read per second during the upload. */
  rate: number;
  /** Seconds the upload should still take, when its size is known; null otherwise. */
  etaSeconds: number | null;
  /** Why a failed job failed, e.g. `cancelled` or `interrupted by a restart; upload the file again`. */
  error: string | null;
}

/**
 * `/admin/restriction-jobs`: the work of placing or removing a breach's restrictions, walked in
 * chunks, with its progress. `processed` of `total` IIN exposures walked; `changed` restriction rows
 * written (removed, for a retraction).
 */
export interface RestrictionJob {
  id: string;
  breachId: string;
  kind: RestrictionJobKind;
  /** The load a late-load job restricts. */
  ingestJobId: string | null;
  status: RestrictionJobStatus;
  /** The period given to the restrictions placed; null for a retraction. */
  startsAt: IsoDateTime | null;
  endsAt: IsoDateTime | null;
  processed: number;
  total: number | null;
  changed: number;
  /** IIN exposures walked per second. */
  rate: number;
  etaSeconds: number | null;
  /** Why the job stopped, or the last error of a job that will be retried. */
  error: string | null;
  createdAt: IsoDateTime;
  startedAt: IsoDateTime | null;
  finishedAt: IsoDateTime | null;
}

/**
 * `/admin/restrictions`: one restriction as regulators see it — never the IIN (SPEC §3.6). The
 * person appears only as `personRef`, a short prefix of the keyed hash of their IIN.
 */
export interface AdminRestriction {
  id: string;
  breachId: string;
  personRef: string;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
  /** The breach still restricts (confirmed or closed) and the period runs now. Lifts are not considered. */
  active: boolean;
}

/**
 * A bank or microfinance organisation allowed to check restrictions (`/admin/banks`). An inactive
 * lender's keys are refused. `version` is the optimistic-locking counter, as for companies.
 */
export interface Bank {
  id: string;
  bin: string;
  name: string;
  kind: LenderKind;
  /** The licence number issued by the financial regulator. */
  licence: string | null;
  active: boolean;
  /** Checks per second before 429 (bursts of twice that pass). */
  rateLimitPerSecond: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
}

/** `POST /admin/banks` body. */
export interface CreateBankRequest {
  bin: string;
  name: string;
  kind: LenderKind;
  licence?: string | null;
  active?: boolean;
  rateLimitPerSecond?: number;
}

/** `GET /admin/banks/{id}/keys`: a key as the back office sees it (never the key itself). */
export interface BankKey {
  id: string;
  /** The key's visible part: `qk_<prefix>_…`. */
  prefix: string;
  createdAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
  /** After this the key is refused, as a revoked one is; null: it never expires. */
  expiresAt: IsoDateTime | null;
}

/** `GET /admin/inquiries`: one IIN asked by one lender (a batch check gives one per IIN, sharing `inquiryId`). */
export interface InquiryView {
  id: string;
  inquiryId: string;
  bankId: string;
  bankName: string;
  bankBin: string;
  purpose: InquiryPurpose;
  reference: string;
  /** The first hex digits of the IIN's keyed hash: enough to tell rows apart, never the IIN. */
  iinHashPrefix: string;
  restricted: boolean;
  restrictedUntil: IsoDateTime | null;
  checkedAt: IsoDateTime;
}

/** `POST /admin/signing-keys/rotate`: the new key signs from now on; the old one stays published. */
export interface SigningKeyRotation {
  kid: string;
  createdAt: IsoDateTime;
  retiredKid: string | null;
}

/** `POST /admin/banks/{id}/keys` body, optional: when the key stops working (in the future), or null/absent for never. */
export interface BankKeyInput {
  expiresAt?: IsoDateTime | null;
}

/** `POST /admin/banks/{id}/keys` response: the key is shown this once. */
export interface BankKeyCreated {
  id: string;
  key: string;
  expiresAt: IsoDateTime | null;
}

// ── §5.2 Banks ───────────────────────────────────────────────────────────────────────────

/** `GET /restrictions/{iin}` response. `signature` is a compact JWS (EdDSA) over the other fields. */
export interface RestrictionAnswer {
  iin: string;
  restricted: boolean;
  restrictedUntil: IsoDateTime | null;
  inquiryId: string;
  checkedAt: IsoDateTime;
  signature: string;
}

/** `POST /restrictions/check` body: at most `BATCH_CHECK_MAX_IINS` IINs. */
export interface BatchCheckRequest {
  purpose: InquiryPurpose;
  reference: string;
  iins: string[];
}

export interface BatchCheckResult {
  iin: string;
  restricted: boolean;
  restrictedUntil: IsoDateTime | null;
}

/** `POST /restrictions/check` response. */
export interface BatchCheckResponse {
  results: BatchCheckResult[];
  inquiryId: string;
  checkedAt: IsoDateTime;
}

// ── §5.3 Citizens ────────────────────────────────────────────────────────────────────────

/** The fields of a breach anyone may see (SPEC §3.6): no counts of restricted people, no internals. */
export type PublicBreach = Pick<
  Breach,
  | 'id'
  | 'companyId'
  | 'title'
  | 'description'
  | 'occurredAt'
  | 'discoveredAt'
  | 'reportedAt'
  | 'dataClasses'
  | 'recordsClaimed'
  | 'exposureCount'
  | 'status'
  | 'reportingDelayHours'
  | 'reportedLate'
>;

/**
 * One breach the citizen's data was found in (with its company; a sensitive breach too: only the
 * people in it see it, SPEC §3.5), and which of their identifiers were found.
 */
export interface MeExposure {
  breach: PublicBreachListItem;
  kinds: IdentifierKind[];
}

/** One restriction on the citizen: caused by a breach, or placed by their own choice (`breachId: null`). */
export interface MeRestriction {
  id: string;
  breachId: string | null;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
}

/** `POST /me/lifts` body. Neither `lenderKind` nor `lenderBin` means all lenders; both is a 400. */
export interface LiftRequest {
  kind: LiftKind;
  from?: IsoDateTime;
  until?: IsoDateTime;
  lenderKind?: LenderKind;
  lenderBin?: string;
}

/** `POST /me/lifts` response (201). */
export interface LiftCreated {
  id: string;
  status: 'pending';
  effectiveAt: IsoDateTime;
}

/** A lift as the citizen sees it. */
export interface Lift {
  id: string;
  kind: LiftKind;
  status: LiftStatus;
  from: IsoDateTime | null;
  until: IsoDateTime | null;
  lenderKind: LenderKind | null;
  lenderBin: string | null;
  effectiveAt: IsoDateTime;
  createdAt: IsoDateTime;
  cancelledAt: IsoDateTime | null;
  cancelledBy: LiftCanceller | null;
  /** A reviewer's reason for cancelling a lift suspected of coercion; null when the citizen cancelled. */
  cancelReason: string | null;
}

/**
 * `/admin/lifts`: a lift as reviewers see it. The person appears only as `personRef`, a short
 * prefix of the keyed hash of their IIN, enough to tell one person's lifts from another's.
 */
export interface AdminLift extends Lift {
  personRef: string;
  scope: LiftScope;
  cancelledByUserId: string | null;
}

/** `POST /admin/lifts/{id}/cancel` body; also the body of a dispute decision's reason. */
export interface LiftCancelRequest {
  reason: string;
}

/** `POST /me/disputes` body. */
export interface DisputeRequest {
  breachId: string;
  reason: DisputeReason;
  text: string;
}

/** `POST /me/disputes` response (201). */
export interface DisputeCreated {
  id: string;
  status: 'open';
}

/** A dispute as the citizen sees it: the outcome and the reviewer's explanation once decided. */
export interface Dispute {
  id: string;
  breachId: string;
  breachTitle: string;
  companyName: string;
  reason: DisputeReason;
  text: string;
  status: DisputeStatus;
  decisionReason: string | null;
  decidedAt: IsoDateTime | null;
  createdAt: IsoDateTime;
}

/** `/admin/disputes`: a dispute as reviewers see it (the person only as `personRef`, see {@link AdminLift}). */
export interface AdminDispute extends Dispute {
  personRef: string;
  decidedBy: string | null;
  decidedByEmail: string | null;
}

/** `POST /admin/disputes/{id}/decision` body. */
export interface DisputeDecisionRequest {
  outcome: DisputeOutcome;
  reason: string;
}

/** `POST /me/protection` body: protection by choice until then (at most `PROTECTION_MAX_DAYS` ahead). */
export interface ProtectionRequest {
  until: IsoDateTime;
}

/** `GET /me/inquiries` items, newest first: one lender's check of the citizen (SPEC §3.6). */
export interface MeInquiry {
  bankName: string;
  bankBin: string;
  purpose: InquiryPurpose;
  at: IsoDateTime;
  result: 'restricted' | 'not_restricted';
  /** The alert of this check (SPEC §3.8), one per channel that reached the person; empty when they had given no contact. */
  alerts: MeInquiryAlert[];
}

/** How the person was told of a lender's check: on which channel, whether it arrived, and what it said. */
export interface MeInquiryAlert {
  channel: NotificationChannel;
  status: NotificationStatus;
  deliveredAt: IsoDateTime | null;
  language: Language;
  /** The message as it was (or will be) sent, in the person's language: a message claiming to be Qorgau's can be compared with it. */
  text: string;
}

/**
 * `GET /citizen-sign-in/config`: where the portal signs citizens in (OpenID Connect, authorization
 * code with PKCE). `authority` is the provider's issuer URL, or a path on this server for the
 * development provider.
 */
export interface CitizenSignInConfig {
  authority: string;
  clientId: string;
  scope: string;
  /** Whether it is the development provider (the portal says so on its sign-in button). */
  development: boolean;
  /** The cooling-off of lifts (SPEC §3.3), which the portal states before a citizen asks for one. */
  liftCoolingOffSeconds: number;
}

/** `GET /me`. */
export interface MeResponse {
  iin: string;
  restricted: boolean;
  restrictedUntil: IsoDateTime | null;
  exposures: MeExposure[];
  restrictions: MeRestriction[];
  lifts: Lift[];
}

// ── §5.4 Public ──────────────────────────────────────────────────────────────────────────

/** What anyone may know of the company behind a public breach. */
export interface PublicCompanyRef {
  bin: string;
  name: string;
  sector: CompanySector;
}

/**
 * `GET /public/breaches` items, `GET /public/breaches/{id}` and the open data: the public fields of
 * a published, non-sensitive, confirmed or closed breach and its company. "People exposed" on the
 * public pages is `exposureCount`: the distinct identifiers loaded for the breach.
 */
export interface PublicBreachListItem extends PublicBreach {
  company: PublicCompanyRef;
}

/** `GET /public/companies/{bin}`: the company and its public breaches (newest report first), figures over those alone. */
export interface PublicCompany extends PublicCompanyRef {
  website: string | null;
  breachCount: number;
  peopleExposed: number;
  lateReports: number;
  breaches: PublicBreach[];
}

/** `GET /public/stats`, over public breaches only. Months are `YYYY-MM` of the report date (UTC). */
export interface PublicStats {
  totals: { breaches: number; companies: number; peopleExposed: number; lateReports: number };
  /** Every month from the first public breach's to the current one, months without breaches as 0. */
  breachesPerMonth: { month: string; breaches: number }[];
  /** Sectors with at least one public breach, the most people exposed first. */
  peopleExposedPerSector: { sector: CompanySector; breaches: number; peopleExposed: number }[];
  /** Late reports over all public breaches, 0–1 (0 when there are none). */
  lateReportShare: number;
}

/** `GET/PUT /me/contacts` (SPEC §5.5): how the registry reaches the person; `suggested` from the identity token's claims. */
export interface MeContacts {
  email: string | null;
  phone: string | null;
  language: Language;
  suggested: { email?: string; phone?: string };
}

/** `PUT /me/contacts`: an absent field is kept, `null` removes it. */
export interface MeContactsInput {
  email?: string | null;
  phone?: string | null;
  language?: Language;
}

/** One message of the outbox (`GET /admin/notifications`): the contact only masked, never itself. */
export interface AdminNotification {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  /** Whether the channel is configured in this process; rows of channel `none` never are. */
  channelConfigured: boolean;
  status: NotificationStatus;
  language: Language;
  /** The masked recipient: `+7 7** *** **12` and/or `a***@mail.kz`; null when the person removed their contacts; an admin’s e-mail, masked too, for a message to an admin. */
  to: { email?: string; phone?: string } | null;
  /** The message as it is (or would be) sent. */
  text: string;
  /** The first 8 hexadecimal characters of the person's IIN hash, as the other lists show it; null for a message to an admin. */
  personRef: string | null;
  /** The inquiry, lift or dispute it is about. */
  subjectId: string | null;
  tries: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  occurredAt: string;
  createdAt: string;
  deliveredAt: string | null;
}
