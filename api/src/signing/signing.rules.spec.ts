import { createPublicKey, verify } from 'node:crypto';
import fc from 'fast-check';
import { compactJws, decryptPrivateKey, deriveKeyEncryptionKey, encodedJwsHeader, encryptPrivateKey, generateSigningKey } from './signing.rules';

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

describe('compactJws', () => {
  const key = generateSigningKey(new Date());
  const header = encodedJwsHeader(key.kid);
  const publicKey = createPublicKey({ key: { ...key.publicJwk }, format: 'jwk' });

  it('signs the JSON of the payload under a header naming the key, verifiable with the public JWK', () => {
    fc.assert(
      fc.property(fc.record({ iin: fc.string(), restricted: fc.boolean(), restrictedUntil: fc.option(fc.string()) }), (payload) => {
        const [encodedHeader, encodedPayload, signature] = compactJws(header, payload, key.privateKey).split('.');
        expect(JSON.parse(Buffer.from(encodedHeader, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: key.kid });
        expect(JSON.parse(Buffer.from(encodedPayload, 'base64url').toString())).toEqual(payload);
        expect(verify(null, Buffer.from(`${encodedHeader}.${encodedPayload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('does not verify once the payload is changed', () => {
    const [encodedHeader, , signature] = compactJws(header, { restricted: true }, key.privateKey).split('.');
    const forged = Buffer.from(JSON.stringify({ restricted: false })).toString('base64url');
    expect(verify(null, Buffer.from(`${encodedHeader}.${forged}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(false);
  });
});
