import fc from 'fast-check';
import { retryAfterSeconds } from '../common/retry-after';
import { generateApiKey, hashApiKey, isApiKeyShaped, keyExpiryProblem, keyUsableAt, msUntilToken, rateLeaseSize } from './banks.rules';

describe('API keys', () => {
  it('are shaped qk_<8 hex>_<43 base64url>, different each time, and hashed with SHA-256', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).toMatch(/^qk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(first.key.startsWith(`qk_${first.prefix}_`)).toBe(true);
    expect(first.key).not.toBe(second.key);
    expect(first.hash).toHaveLength(32);
    expect(hashApiKey(first.key).equals(first.hash)).toBe(true);
    expect(isApiKeyShaped(first.key)).toBe(true);
  });

  it('tells keys from other bearer tokens', () => {
    const key = generateApiKey().key;
    expect(isApiKeyShaped(`${key}x`)).toBe(false);
    expect(isApiKeyShaped(key.slice(0, -1))).toBe(false);
    expect(isApiKeyShaped(key.replace('qk_', 'qx_'))).toBe(false);
    expect(isApiKeyShaped('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBe(false);
    fc.assert(fc.property(fc.string(), (token) => !isApiKeyShaped(token) || /^qk_/.test(token)));
  });
});

describe('a key that expires', () => {
  it('may be issued only to expire in the future', () => {
    const now = new Date('2025-11-24T10:00:00Z');
    expect(keyExpiryProblem(new Date('2025-11-24T10:00:00.001Z'), now)).toBeNull();
    expect(keyExpiryProblem(now, now)).toBe('must be in the future');
    expect(keyExpiryProblem(new Date('2025-11-23T10:00:00Z'), now)).toBe('must be in the future');
  });

  it('opens the bank API until the instant it expires, and a key without expiry always', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 42 }), fc.integer({ min: -1e9, max: 1e9 }), (expiresAtMs, offsetMs) => {
        expect(keyUsableAt(expiresAtMs, expiresAtMs + offsetMs)).toBe(offsetMs < 0);
        expect(keyUsableAt(null, expiresAtMs + offsetMs)).toBe(true);
      }),
    );
  });
});

describe('rate leases', () => {
  it('are a twentieth of a second of the rate, at least one token', () => {
    expect(rateLeaseSize(1)).toBe(1);
    expect(rateLeaseSize(20)).toBe(1);
    expect(rateLeaseSize(100)).toBe(5);
    expect(rateLeaseSize(100_000)).toBe(5000);
  });

  it('never lend a process more than a twentieth of a second of the rate', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), (rate) => rateLeaseSize(rate) <= Math.max(1, rate / 20 + 1)));
  });

  it('ask to wait no longer than it takes a token to come back, and at least a second in Retry-After', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (rate, tokens) => {
        const wait = msUntilToken(tokens, rate);
        expect(tokens + (wait / 1000) * rate).toBeCloseTo(1, 6);
        expect(retryAfterSeconds(wait)).toBeGreaterThanOrEqual(1);
        expect(retryAfterSeconds(wait) * 1000).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});
