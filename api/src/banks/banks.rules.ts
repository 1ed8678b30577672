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

/** A token bucket: `tokens` left at `updatedAtMs`. */
export interface TokenBucket {
  tokens: number;
  updatedAtMs: number;
}

/** Bursts of twice the rate pass; beyond that, requests are refused until tokens refill. */
export const BURST_FACTOR = 2;

export function newTokenBucket(ratePerSecond: number, nowMs: number): TokenBucket {
  return { tokens: ratePerSecond * BURST_FACTOR, updatedAtMs: nowMs };
}

/**
 * Takes one token from the bucket (mutating it: it is called for every bank request) after
 * refilling it at `ratePerSecond` up to the burst. Returns 0 when the request may go, else the
 * whole seconds to wait before a token is there (at least 1), for `Retry-After`.
 */
export function takeToken(bucket: TokenBucket, ratePerSecond: number, nowMs: number): number {
  const capacity = ratePerSecond * BURST_FACTOR;
  const elapsedSeconds = Math.max(0, nowMs - bucket.updatedAtMs) / 1000;
  bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * ratePerSecond);
  bucket.updatedAtMs = nowMs;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerSecond));
}
