import fc from 'fast-check';
import { BURST_FACTOR, generateApiKey, hashApiKey, isApiKeyShaped, keyExpiryProblem, keyUsableAt, newTokenBucket, takeToken } from './banks.rules';

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

describe('the token bucket', () => {
  it('lets a burst of twice the rate through at once, then refuses with the seconds to wait', () => {
    const bucket = newTokenBucket(5, 0);
    for (let i = 0; i < 5 * BURST_FACTOR; i++) expect(takeToken(bucket, 5, 0)).toBe(0);
    expect(takeToken(bucket, 5, 0)).toBe(1);
    expect(takeToken(bucket, 5, 200)).toBe(0);
  });

  it('never lets more than burst + rate × elapsed requests through', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 300 }),
        (rate, gaps) => {
          const bucket = newTokenBucket(rate, 0);
          let now = 0;
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            const wait = takeToken(bucket, rate, now);
            if (wait === 0) allowed++;
            else expect(wait).toBeGreaterThanOrEqual(1);
          }
          expect(allowed).toBeLessThanOrEqual(rate * BURST_FACTOR + (rate * now) / 1000 + 1e-9);
        },
      ),
    );
  });

  it('asks to wait no longer than it takes a token to come back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (rate) => {
        const bucket = { tokens: 0, updatedAtMs: 0 };
        const wait = takeToken(bucket, rate, 0);
        expect(takeToken(bucket, rate, wait * 1000)).toBe(0);
      }),
    );
  });
});
