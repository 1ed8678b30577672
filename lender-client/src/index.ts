export { QorgauClient, type QorgauClientOptions } from './client.js';
export {
  QorgauError,
  QorgauProblemError,
  QorgauValidationError,
  QorgauUnauthorizedError,
  QorgauRetryLaterError,
  QorgauRateLimitedError,
  QorgauUnavailableError,
  QorgauPayloadTooLargeError,
  QorgauMalformedRequestError,
  QorgauBadUrlError,
  QorgauUriTooLongError,
  QorgauHeadersTooLargeError,
  QorgauRouteNotFoundError,
  QorgauServerError,
  QorgauTimeoutError,
  QorgauNetworkError,
  QorgauUnexpectedResponseError,
  QorgauVerificationError,
  type BankProblemCode,
  type Problem,
  type VerificationFailure,
} from './errors.js';
export type { BatchCheckAnswer, BatchCheckResult, CheckContext, Purpose, RestrictionAnswer, SignedFields, VerifiedAnswer } from './types.js';
export type { components, operations, paths } from './generated/bank-api.js';
