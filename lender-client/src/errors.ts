/**
 * Every way a check can fail, as a class a lender can branch on with `instanceof`. Answers of the
 * registry that are errors are application/problem+json (RFC 9457): each problem `type` the bank API
 * answers has its own class, chosen by {@link problemError}.
 */

/** The base of every error this client throws. */
export class QorgauError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The members of a problem document (RFC 9457) the registry sends. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Quote it when you report a problem to the registry. */
  requestId?: string;
  [member: string]: unknown;
}

/** The registry answered with a problem document. */
export class QorgauProblemError extends QorgauError {
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;

  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}${problem.requestId ? ` (request ${problem.requestId})` : ''}`);
    this.type = problem.type;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
  }
}

/** 400 `urn:qorgau:problem:validation`: an invalid IIN, purpose or reference; `errors` names each field at fault. */
export class QorgauValidationError extends QorgauProblemError {
  readonly errors: Record<string, string>;

  constructor(problem: Problem) {
    super(problem);
    this.errors = isStringRecord(problem.errors) ? problem.errors : {};
  }
}

/** 401: no key, or one that is malformed, unknown, revoked or expired, or a deactivated lender. */
export class QorgauUnauthorizedError extends QorgauProblemError {}

/** A problem that says when to ask again (`Retry-After`): thrown once the retries are spent or the wait is too long. */
export class QorgauRetryLaterError extends QorgauProblemError {
  constructor(
    problem: Problem,
    /** Seconds the registry asked to wait, when it said. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(problem);
  }
}

/** 429 `urn:qorgau:problem:rate-limited`: over the lender's rate limit. */
export class QorgauRateLimitedError extends QorgauRetryLaterError {}

/** 503 `urn:qorgau:problem:database-unavailable`: the registry cannot reach its database for a moment. Never a guess: ask again. */
export class QorgauUnavailableError extends QorgauRetryLaterError {}

/** 413: the request body is over the registry's 1 MB limit. */
export class QorgauPayloadTooLargeError extends QorgauProblemError {}

/**
 * The registry's HTTP layer refused the request before any route saw it: the request itself is
 * malformed, so asking again unchanged gets the same answer. One class per problem code below.
 */
export class QorgauMalformedRequestError extends QorgauProblemError {}

/** 400 `urn:qorgau:problem:bad-url`: a percent-encoded part of the URL is not UTF-8. */
export class QorgauBadUrlError extends QorgauMalformedRequestError {}

/** 414 `urn:qorgau:problem:uri-too-long`: a path parameter (the IIN) is longer than any identifier there. */
export class QorgauUriTooLongError extends QorgauMalformedRequestError {}

/** 431 `urn:qorgau:problem:headers-too-large`: the request line and headers are over 16 KB (a `reference` that long, say). */
export class QorgauHeadersTooLargeError extends QorgauMalformedRequestError {}

/**
 * 404 `urn:qorgau:problem:route-not-found`: no route answers this path. Check `baseUrl` (the
 * registry's origin, without `/api/v1`); an IIN of more than 100 characters ends here too, since the
 * router matches no route with a path parameter that long.
 */
export class QorgauRouteNotFoundError extends QorgauProblemError {}

/** Any other 5xx: something went wrong on the registry's side; quote `requestId`. */
export class QorgauServerError extends QorgauProblemError {}

/** No answer within `timeoutMs`. */
export class QorgauTimeoutError extends QorgauError {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer from ${url} within ${timeoutMs} ms`);
  }
}

/** The registry could not be reached (DNS, connection refused or reset, TLS). */
export class QorgauNetworkError extends QorgauError {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Could not reach ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** An answer that is neither the documented success nor a problem document (e.g. an HTML page of a proxy in between). */
export class QorgauUnexpectedResponseError extends QorgauError {
  constructor(
    readonly url: string,
    readonly status: number,
    detail: string,
  ) {
    super(`Unexpected answer from ${url} (${status}): ${detail}`);
  }
}

/** Why a signed answer was refused. */
export type VerificationFailure =
  /** Not a compact JWS with an EdDSA header naming a key, or an answer missing a field. */
  | 'malformed'
  /** No key of that `kid` in the registry's JWKS, even after fetching it again. */
  | 'unknown-key'
  /** The signature does not verify with the key its header names: forged or altered. */
  | 'bad-signature'
  /** The signed payload and the answer's fields differ, or it answers another IIN than the one asked. */
  | 'mismatch'
  /** Signed longer ago than `maxAnswerAgeMs` (or in the future): a replayed answer. */
  | 'stale';

/**
 * A signed answer that is not a valid proof: do not act on it. It is never an answer of the
 * registry as given, so do not retry blindly; report it with the `inquiryId`, if any.
 */
export class QorgauVerificationError extends QorgauError {
  constructor(
    readonly reason: VerificationFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`The answer is refused (${reason}): ${message}`, options);
  }
}

const PROBLEM_PREFIX = 'urn:qorgau:problem:';

/** The problem codes the bank API answers with, each with its class. */
export type BankProblemCode = 'validation' | 'rate-limited' | 'database-unavailable' | 'bad-url' | 'uri-too-long' | 'headers-too-large' | 'route-not-found';

/** The class of a problem answer: by its `type`, and by status for the `about:blank` ones HTTP alone describes. */
export function problemError(problem: Problem, retryAfterSeconds: number | undefined): QorgauProblemError {
  const code = problem.type.startsWith(PROBLEM_PREFIX) ? (problem.type.slice(PROBLEM_PREFIX.length) as BankProblemCode) : undefined;
  switch (code) {
    case 'validation':
      return new QorgauValidationError(problem);
    case 'rate-limited':
      return new QorgauRateLimitedError(problem, retryAfterSeconds);
    case 'database-unavailable':
      return new QorgauUnavailableError(problem, retryAfterSeconds);
    case 'bad-url':
      return new QorgauBadUrlError(problem);
    case 'uri-too-long':
      return new QorgauUriTooLongError(problem);
    case 'headers-too-large':
      return new QorgauHeadersTooLargeError(problem);
    case 'route-not-found':
      return new QorgauRouteNotFoundError(problem);
    case undefined:
      break;
    default: {
      // A code this version does not know (a newer registry): by its status.
      code satisfies never;
    }
  }
  if (problem.status === 401) return new QorgauUnauthorizedError(problem);
  if (problem.status === 413) return new QorgauPayloadTooLargeError(problem);
  if (problem.status === 429) return new QorgauRateLimitedError(problem, retryAfterSeconds);
  if (problem.status === 503) return new QorgauUnavailableError(problem, retryAfterSeconds);
  if (problem.status >= 500) return new QorgauServerError(problem);
  return new QorgauProblemError(problem);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((member) => typeof member === 'string');
}
