import { compactVerify, decodeProtectedHeader, importJWK, type JSONWebKeySet, type JWK, type KeyLike } from 'jose';
import { QorgauVerificationError } from './errors.js';
import type { RestrictionAnswer, SignedFields, VerifiedAnswer } from './types.js';

/** The fields of an answer the signature covers, in the order the registry signs them. */
const SIGNED_FIELDS = ['iin', 'restricted', 'restrictedUntil', 'inquiryId', 'checkedAt'] as const satisfies readonly (keyof SignedFields)[];

export interface JwksSource {
  /** Fetches the registry's JWKS and how long it may be kept (its `Cache-Control: max-age`). */
  fetchJwks(): Promise<{ jwks: JSONWebKeySet; maxAgeMs: number | undefined }>;
}

export interface VerifierOptions {
  /** An answer signed longer ago than this is stale (a replay). */
  maxAnswerAgeMs: number;
  /** How far ahead of this machine's clock the registry's may be. */
  clockSkewMs: number;
  /** After a key of an unknown `kid` was looked for, the JWKS is fetched again no sooner than this. */
  unknownKidCooldownMs: number;
  /** How long the JWKS is kept when the registry does not say. */
  defaultJwksMaxAgeMs: number;
  now: () => number;
}

interface CachedKeys {
  keys: Map<string, KeyLike | Uint8Array>;
  expiresAt: number;
}

/**
 * Verifies signed answers (a compact JWS, EdDSA, over the answer's other fields) with the keys of
 * the registry's JWKS: kept until their max-age, fetched again when an answer names a key not in
 * them (a rotation) — at most once per cooldown, so forged `kid`s cannot make it hammer the registry.
 */
export class AnswerVerifier {
  private cache: CachedKeys | undefined;
  private loading: Promise<CachedKeys> | undefined;
  private lastUnknownKidFetchAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly source: JwksSource,
    private readonly options: VerifierOptions,
  ) {}

  /** The answer as signed, with its proof; throws {@link QorgauVerificationError} when it is not a valid answer about `iin`. */
  async verify(answer: unknown, iin: string): Promise<VerifiedAnswer> {
    const body = answerFields(answer);
    let kid: string;
    try {
      const header = decodeProtectedHeader(body.signature);
      if (header.alg !== 'EdDSA' || typeof header.kid !== 'string') throw new Error(`header ${JSON.stringify(header)}`);
      kid = header.kid;
    } catch (error) {
      throw new QorgauVerificationError('malformed', 'the signature is not a compact JWS with an EdDSA header naming its key', { cause: error });
    }
    const key = await this.keyFor(kid);
    let payload: Uint8Array;
    try {
      ({ payload } = await compactVerify(body.signature, key, { algorithms: ['EdDSA'] }));
    } catch (error) {
      throw new QorgauVerificationError('bad-signature', `the signature does not verify with key ${kid}`, { cause: error });
    }
    const signed = signedFields(payload);
    const differing = SIGNED_FIELDS.filter((field) => signed[field] !== body[field]);
    if (differing.length > 0) throw new QorgauVerificationError('mismatch', `the answer's ${differing.join(', ')} differ from what was signed`);
    if (signed.iin !== iin) throw new QorgauVerificationError('mismatch', `the answer is about another IIN than the one asked`);
    const checkedAt = Date.parse(signed.checkedAt);
    const age = this.options.now() - checkedAt;
    if (Number.isNaN(checkedAt) || age > this.options.maxAnswerAgeMs || age < -this.options.clockSkewMs) {
      throw new QorgauVerificationError('stale', `signed at ${signed.checkedAt}, more than ${this.options.maxAnswerAgeMs} ms ago or in the future`);
    }
    return { ...signed, signature: body.signature, keyId: kid };
  }

  private async keyFor(kid: string): Promise<KeyLike | Uint8Array> {
    const cached = this.cache !== undefined && this.cache.expiresAt > this.options.now() ? this.cache : undefined;
    let keys = cached ?? (await this.load());
    // A key not in keys kept from earlier: perhaps a rotation since, so fetch them again (not too often).
    if (cached !== undefined && !keys.keys.has(kid) && this.options.now() - this.lastUnknownKidFetchAt >= this.options.unknownKidCooldownMs) {
      this.lastUnknownKidFetchAt = this.options.now();
      keys = await this.load();
    }
    const key = keys.keys.get(kid);
    if (key === undefined) throw new QorgauVerificationError('unknown-key', `no key ${kid} in the registry's JWKS`);
    return key;
  }

  /** One fetch at a time, however many answers wait for it. */
  private load(): Promise<CachedKeys> {
    this.loading ??= this.fetchKeys().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async fetchKeys(): Promise<CachedKeys> {
    const { jwks, maxAgeMs } = await this.source.fetchJwks();
    const keys = new Map<string, KeyLike | Uint8Array>();
    for (const jwk of Array.isArray(jwks.keys) ? jwks.keys : []) {
      if (!isEd25519(jwk)) continue;
      keys.set(jwk.kid, await importJWK(jwk, 'EdDSA'));
    }
    this.cache = { keys, expiresAt: this.options.now() + (maxAgeMs ?? this.options.defaultJwksMaxAgeMs) };
    return this.cache;
  }
}

function isEd25519(jwk: JWK): jwk is JWK & { kid: string } {
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.kid === 'string' && (jwk.alg === undefined || jwk.alg === 'EdDSA') && (jwk.use === undefined || jwk.use === 'sig');
}

function answerFields(answer: unknown): RestrictionAnswer {
  const body = answer as Partial<RestrictionAnswer> | null;
  if (typeof body !== 'object' || body === null || typeof body.signature !== 'string') {
    throw new QorgauVerificationError('malformed', 'the answer has no signature');
  }
  return body as RestrictionAnswer;
}

function signedFields(payload: Uint8Array): SignedFields {
  let signed: Partial<SignedFields>;
  try {
    signed = JSON.parse(new TextDecoder().decode(payload));
  } catch (error) {
    throw new QorgauVerificationError('malformed', 'the signed payload is not JSON', { cause: error });
  }
  const valid =
    typeof signed === 'object' &&
    signed !== null &&
    typeof signed.iin === 'string' &&
    typeof signed.restricted === 'boolean' &&
    (signed.restrictedUntil === null || typeof signed.restrictedUntil === 'string') &&
    typeof signed.inquiryId === 'string' &&
    typeof signed.checkedAt === 'string';
  if (!valid) throw new QorgauVerificationError('malformed', 'the signed payload lacks a field of the answer');
  return Object.fromEntries(SIGNED_FIELDS.map((field) => [field, signed[field]])) as unknown as SignedFields;
}
