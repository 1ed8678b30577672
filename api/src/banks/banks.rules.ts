import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys and the per-bank rate limit (SPEC §5.1, §5.2) as plain functions.
 *
 * A key reads `qk_<prefix>_<secret>`: 8 hex digits anyone may see (to tell keys apart in the back
 * office) and 32 random bytes in base64url (43 characters).
 */
const API_KEY_PATTERN = /^qk_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: Buffer;
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(4).toString('hex');
  const key = `qk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** Whether a bearer token has the shape of one of our keys: anything else is refused without a lookup. */
export function isApiKeyShaped(token: string): boolean {
  return API_KEY_PATTERN.test(token);
}

/**
 * The stored form of a key. A plain SHA-256 is right here, unlike for passwords: the secret is 256
 * random bits, so there is nothing to guess and no need for a slow hash; and a fast one lets every
 * check be verified without costing the hot path milliseconds.
 */
export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** Why a key may not be issued to expire at `expiresAt`, or null when it may: the time must be ahead. */
export function keyExpiryProblem(expiresAt: Date, now: Date): string | null {
  return expiresAt > now ? null : 'must be in the future';
}

/** Whether a key that expires at `expiresAtMs` (null: never) still opens the bank API at `nowMs`. */
export function keyUsableAt(expiresAtMs: number | null, nowMs: number): boolean {
  return expiresAtMs === null || nowMs < expiresAtMs;
}

/** Bursts of twice the rate pass; beyond that, requests are refused until tokens refill. */
export const BURST_FACTOR = 2;

/**
 * A lender's token bucket lives in PostgreSQL, shared by every API process (bank_rate_buckets,
 * banks.repository.ts `takeRateTokens`); each process takes tokens from it in leases of this size,
 * a twentieth of a second of the lender's rate, and spends them from memory. At 5,000 checks/s and
 * a rate of 100,000/s a process asks once per 5,000 tokens, not once per check; a slow lender's
 * lease is one token, so it is held to its rate exactly.
 */
export function rateLeaseSize(ratePerSecond: number): number {
  return Math.max(1, Math.ceil(ratePerSecond / 20));
}

/** A lease's unspent tokens are given up after this: a process cannot hoard a burst for later. */
export const RATE_LEASE_TTL_MS = 1000;

/**
 * After a refusal (the bucket had `tokensLeft` < 1), the milliseconds until a token is there: the
 * process refuses from memory until then, so a lender far over its rate costs the database nothing.
 */
export function msUntilToken(tokensLeft: number, ratePerSecond: number): number {
  return (Math.max(0, 1 - tokensLeft) / ratePerSecond) * 1000;
}
