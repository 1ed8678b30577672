/**
 * When to ask again after a 429 or a 503, as pure functions: the registry's `Retry-After` when it
 * gives one (seconds or an HTTP date), otherwise an exponential back-off; never longer than the
 * caller allows, and never more often than `maxRetries`.
 */

/** First back-off without `Retry-After`, doubled on each retry. */
const BASE_BACKOFF_MS = 250;

/** An IMF-fixdate (RFC 9110 §5.6.7), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Seconds in a `Retry-After` header (RFC 9110 §10.2.3: a number of seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!HTTP_DATE.test(trimmed)) return undefined;
  return Math.max(0, Math.ceil((Date.parse(trimmed) - nowMs) / 1000));
}

export interface RetryPolicy {
  maxRetries: number;
  /** The longest single wait; a `Retry-After` beyond it is not waited out. */
  maxRetryDelayMs: number;
}

/**
 * How long to wait before retry number `retry` (1 for the first), or null to give up: retries
 * spent, or the registry asks for a longer wait than the policy allows.
 */
export function retryDelayMs(retry: number, retryAfterSeconds: number | undefined, policy: RetryPolicy): number | null {
  if (retry > policy.maxRetries) return null;
  if (retryAfterSeconds !== undefined) {
    const delay = retryAfterSeconds * 1000;
    return delay > policy.maxRetryDelayMs ? null : delay;
  }
  return Math.min(policy.maxRetryDelayMs, BASE_BACKOFF_MS * 2 ** (retry - 1));
}
