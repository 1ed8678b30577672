import { createCipheriv, createDecipheriv, createPrivateKey, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

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
 * The key that encrypts signing keys at rest, derived from the registry pepper: a database dump
 * alone cannot forge a signed answer. The info string keeps it apart from any other use of the pepper.
 */
export function deriveKeyEncryptionKey(pepper: string): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, 'qorgau', 'answer-signing-key-encryption/v1', 32));
}

/** AES-256-GCM over `plaintext`, bound to `context` (authenticated, not encrypted): `iv ‖ tag ‖ ciphertext`. */
export function seal(plaintext: Buffer, context: string, encryptionKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv).setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** What {@link seal} sealed with the same key and context; throws on anything else. */
export function unseal(sealed: Buffer, context: string, encryptionKey: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey, sealed.subarray(0, IV_BYTES)).setAAD(Buffer.from(context));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** The PKCS#8 private key sealed and bound to its `kid`. */
export function encryptPrivateKey(privateKey: KeyObject, kid: string, encryptionKey: Buffer): Buffer {
  return seal(privateKey.export({ format: 'der', type: 'pkcs8' }), kid, encryptionKey);
}

export function decryptPrivateKey(encrypted: Buffer, kid: string, encryptionKey: Buffer): KeyObject {
  return createPrivateKey({ key: unseal(encrypted, kid, encryptionKey), format: 'der', type: 'pkcs8' });
}

/** The protected header of every signature made with `kid`, base64url-encoded once per key. */
export function encodedJwsHeader(kid: string): string {
  return Buffer.from(JSON.stringify({ alg: 'EdDSA', kid })).toString('base64url');
}

/** What a compact JWS signs: the encoded header and the encoded JSON of `payload`; the JWS is this, a dot and the signature. */
export function jwsSigningInput(encodedHeader: string, payload: object): string {
  return `${encodedHeader}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}
