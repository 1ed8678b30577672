import fc from 'fast-check';
import { UNLOCK_TOKEN_PATTERN, unlockTokenFor, unlockTokenHash, unlockTokenKey } from './account-unlock-token.rules';

const KEY = unlockTokenKey('a-jwt-secret-of-at-least-thirty-two-characters');

describe('the account unlock token', () => {
  it('is the same for one id under one key, different for another id or another key, and always 43 base64url characters', () => {
    const otherKey = unlockTokenKey('another-jwt-secret-of-at-least-thirty-two-chars');
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (id, otherId) => {
        fc.pre(id !== otherId);
        const token = unlockTokenFor(KEY, id);
        expect(token).toMatch(UNLOCK_TOKEN_PATTERN);
        expect(unlockTokenFor(KEY, id)).toBe(token);
        expect(unlockTokenFor(KEY, otherId)).not.toBe(token);
        expect(unlockTokenFor(otherKey, id)).not.toBe(token);
      }),
    );
  });

  it('is kept as a 32-byte hash that does not contain it', () => {
    const token = unlockTokenFor(KEY, '00000000-0000-4000-8000-000000000001');
    const hash = unlockTokenHash(token);
    expect(hash).toHaveLength(32);
    expect(hash.toString('base64url')).not.toBe(token);
    expect(unlockTokenHash(token)).toEqual(hash);
  });
});
