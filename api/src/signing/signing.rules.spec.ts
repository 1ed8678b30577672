import fc from 'fast-check';
import { sign } from 'node:crypto';
import { decryptPrivateKey, deriveKeyEncryptionKey, encodedJwsHeader, encryptPrivateKey, generateSigningKey, jwsSigningInput, verifyCompactJws } from './signing.rules';

const encryptionKey = deriveKeyEncryptionKey('a pepper of at least thirty-two characters');

describe('signing keys', () => {
  it('publish an Ed25519 JWK named by kid', () => {
    const key = generateSigningKey(new Date('2025-11-24T10:00:00Z'));
    expect(key.kid).toMatch(/^2025-11-24-[A-Za-z0-9_-]{8}$/);
    expect(key.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), kid: key.kid, alg: 'EdDSA', use: 'sig' });
  });

  it('are kept encrypted: the same key comes back, and only with the same pepper and kid', () => {
    const key = generateSigningKey(new Date());
    const encrypted = encryptPrivateKey(key.privateKey, key.kid, encryptionKey);
    expect(encrypted.includes(key.privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16))).toBe(false);
    const decrypted = decryptPrivateKey(encrypted, key.kid, encryptionKey);
    expect(decrypted.export({ format: 'jwk' })).toEqual(key.privateKey.export({ format: 'jwk' }));
    expect(() => decryptPrivateKey(encrypted, 'another-kid', encryptionKey)).toThrow();
    expect(() => decryptPrivateKey(encrypted, key.kid, deriveKeyEncryptionKey('another pepper of at least thirty-two chars'))).toThrow();
  });
});

describe('jwsSigningInput', () => {
  it('is the encoded header naming the key, a dot, and the encoded JSON of the payload', () => {
    const key = generateSigningKey(new Date());
    fc.assert(
      fc.property(fc.record({ iin: fc.string(), restricted: fc.boolean(), restrictedUntil: fc.option(fc.string()) }), (payload) => {
        const [encodedHeader, encodedPayload, ...rest] = jwsSigningInput(encodedJwsHeader(key.kid), payload).split('.');
        expect(rest).toEqual([]);
        expect(JSON.parse(Buffer.from(encodedHeader, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: key.kid });
        expect(JSON.parse(Buffer.from(encodedPayload, 'base64url').toString())).toEqual(payload);
      }),
      { numRuns: 100 },
    );
  });
});

describe('verifyCompactJws', () => {
  const key = generateSigningKey(new Date('2026-01-01T00:00:00Z'));
  const other = generateSigningKey(new Date('2026-01-01T00:00:00Z'));
  const jwks = { keys: [key.publicJwk] };
  const signed = (payload: object, signingKey = key) => {
    const input = jwsSigningInput(encodedJwsHeader(key.kid), payload);
    return `${input}.${sign(null, Buffer.from(input), signingKey.privateKey).toString('base64url')}`;
  };

  it('accepts what the key signed and returns its payload', () => {
    expect(verifyCompactJws(signed({ id: '7', hash: 'ab' }), jwks)).toEqual({ valid: true, kid: key.kid, payload: { id: '7', hash: 'ab' } });
  });

  it('refuses an altered payload, another key’s signature, an unknown key and garbage', () => {
    const [header, , signature] = signed({ id: '7' }).split('.');
    const altered = `${header}.${Buffer.from(JSON.stringify({ id: '8' })).toString('base64url')}.${signature}`;
    expect(verifyCompactJws(altered, jwks)).toMatchObject({ valid: false, problem: expect.stringMatching(/signature/) });
    expect(verifyCompactJws(signed({ id: '7' }, other), jwks)).toMatchObject({ valid: false });
    expect(verifyCompactJws(signed({ id: '7' }), { keys: [other.publicJwk] })).toMatchObject({ valid: false, problem: expect.stringMatching(/not in the JWKS/) });
    expect(verifyCompactJws('not.a.jws', jwks)).toMatchObject({ valid: false });
    expect(verifyCompactJws('nothing', jwks)).toMatchObject({ valid: false });
  });
});
