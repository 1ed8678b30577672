/**
 * Request and response shapes of the API contract (SPEC §5), shared by the API, the back office and
 * the portal. Types only. Field names follow the SPEC exactly; times are ISO 8601 UTC strings;
 * ids are strings.
 */
import type {
  BreachStatus,
  CompanySector,
  DataClass,
  IngestJobStatus,
  InquiryPurpose,
  LenderKind,
  LiftKind,
  LiftStatus,
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
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  verifiedAt: IsoDateTime;
}

/** `POST /admin/breaches/{id}/transitions` body. */
export interface BreachTransitionRequest {
  to: BreachStatus;
  reason: string;
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

/** A bank or microfinance organisation allowed to check restrictions. */
export interface Bank {
  id: string;
  bin: string;
  name: string;
  kind: LenderKind;
}

/** `POST /admin/banks` body. */
export interface CreateBankRequest {
  bin: string;
  name: string;
  kind: LenderKind;
}

/** `POST /admin/banks/{id}/keys` response: the key is shown this once. */
export interface BankKeyCreated {
  id: string;
  key: string;
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

/** One breach the citizen's data was found in, and which of their identifiers were found. */
export interface MeExposure {
  breach: PublicBreach;
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
