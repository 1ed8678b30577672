import { createHmac } from 'node:crypto';
import { IdentifierHasher } from './identifier-hasher';

describe('the identifier hash', () => {
  it('is HMAC-SHA-256 of the pepper over the kind-prefixed normalised value (SPEC §3.7)', () => {
    const hasher = new IdentifierHasher('a-pepper-of-at-least-thirty-two-chars');
    expect(hasher.hash('iin', '900101300126')).toEqual(createHmac('sha256', 'a-pepper-of-at-least-thirty-two-chars').update('iin:900101300126').digest());
    expect(hasher.hash('iin', '900101300126')).toHaveLength(32);
  });

  it('differs by kind and by pepper', () => {
    const hasher = new IdentifierHasher('one pepper');
    expect(hasher.hash('phone', '+77011234567')).not.toEqual(hasher.hash('email', '+77011234567'));
    expect(new IdentifierHasher('another pepper').hash('phone', '+77011234567')).not.toEqual(hasher.hash('phone', '+77011234567'));
  });
});
