import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, randomBytes, verify, type KeyObject } from 'node:crypto';

/**
 * Ed25519 keys that sign the answers to banks (SPEC §5.2), as plain functions: making a key,
 * keeping its private half encrypted at rest, and the compact JWS (RFC 7515, `alg: EdDSA`).
 */

/** The public half of a key as the JWKS publishes it. */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface NewSigningKey {
  kid: string;
  publicJwk: PublicJwk;
  privateKey: KeyObject;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function generateSigningKey(now: Date): NewSigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The date tells people which key is which; the random part keeps two keys of a day apart.
  const kid = `${now.toISOString().slice(0, 10)}-${randomBytes(6).toString('base64url')}`;
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  return { kid, publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' }, privateKey };
}

/**
 * A key that encrypts secrets at rest, derived from the registry pepper: a database dump alone
 * cannot forge a signed answer nor read a person's contacts. The info string keeps each use of the
 * pepper apart (the answer-signing keys by default; contacts/contacts.rules.ts has its own).
 */
export function deriveKeyEncryptionKey(pepper: string, info = 'answer-signing-key-encryption/v1'): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, 'qorgau', info, 32));
}

/** AES-256-GCM, bound to `associatedData` (decryption fails for any other): `iv ‖ tag ‖ ciphertext`. */
export function seal(plaintext: Buffer, associatedData: Buffer, encryptionKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv).setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** The plaintext `seal` encrypted; throws when the key, the associated data or the bytes differ. */
export function unseal(sealed: Buffer, associatedData: Buffer, encryptionKey: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey, sealed.subarray(0, IV_BYTES)).setAAD(associatedData);
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** The PKCS#8 private key sealed, bound to its `kid`. */
export function encryptPrivateKey(privateKey: KeyObject, kid: string, encryptionKey: Buffer): Buffer {
  return seal(privateKey.export({ format: 'der', type: 'pkcs8' }), Buffer.from(kid), encryptionKey);
}

export function decryptPrivateKey(encrypted: Buffer, kid: string, encryptionKey: Buffer): KeyObject {
  return createPrivateKey({ key: unseal(encrypted, Buffer.from(kid), encryptionKey), format: 'der', type: 'pkcs8' });
}

/** The protected header of every signature made with `kid`, base64url-encoded once per key. */
export function encodedJwsHeader(kid: string): string {
  return Buffer.from(JSON.stringify({ alg: 'EdDSA', kid })).toString('base64url');
}

/** What a compact JWS signs: the encoded header and the encoded JSON of `payload`; the JWS is this, a dot and the signature. */
export function jwsSigningInput(encodedHeader: string, payload: object): string {
  return `${encodedHeader}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}

export type JwsCheck = { valid: true; kid: string; payload: unknown } | { valid: false; kid: string | null; problem: string };

/**
 * Verifies a compact JWS made by `jwsSigningInput` against a JWKS: the header names a published
 * Ed25519 key and the signature over header and payload is that key's. Nothing of the payload is
 * trusted before this says so.
 */
export function verifyCompactJws(jws: string, jwks: { keys: PublicJwk[] }): JwsCheck {
  const parts = jws.split('.');
  if (parts.length !== 3) return { valid: false, kid: null, problem: 'it is not a compact JWS' };
  const [encodedHeader, encodedPayload, signature] = parts;
  let header: { alg?: unknown; kid?: unknown };
  let payload: unknown;
  try {
    header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, kid: null, problem: 'its header or payload is not JSON' };
  }
  const kid = typeof header?.kid === 'string' ? header.kid : null;
  if (header?.alg !== 'EdDSA' || kid === null) return { valid: false, kid, problem: 'its header is not {alg: EdDSA, kid}' };
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (!jwk) return { valid: false, kid, problem: `key ${kid} is not in the JWKS` };
  const publicKey = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
  if (!verify(null, Buffer.from(`${encodedHeader}.${encodedPayload}`), publicKey, Buffer.from(signature, 'base64url'))) {
    return { valid: false, kid, problem: `its signature is not key ${kid}'s` };
  }
  return { valid: true, kid, payload };
}
