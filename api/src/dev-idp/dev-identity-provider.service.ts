import { Inject, Injectable } from '@nestjs/common';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import {
  AUTHORIZATION_CODE_TTL_MS,
  codeRedemptionRefusal,
  DEV_IDP_CLIENT_ID,
  DEV_IDP_ISSUER,
  ID_TOKEN_TTL_SECONDS,
  type AuthorizationRequest,
  type CodeRedemption,
  type ContactClaims,
  type IssuedCode,
} from './dev-idp.rules';

export const DEV_IDP_SIGNING_ALGORITHM = 'ES256';

/**
 * The development identity provider (SPEC §5.3): signs OpenID Connect ID tokens with an ES256 key
 * and keeps the authorization codes of the code flow.
 *
 * Written on node:crypto rather than with the certified `oidc-provider`: that library is ESM-only,
 * and the e2e tests run the app inside jest's CommonJS module system, so it would have to live in
 * a child process behind a proxy — more moving parts than this provider, whose one job is to let
 * development and tests sign in the way production does (the API verifies its tokens through the
 * same JWKS strategy as the real provider's).
 *
 * The key is kept in the data directory so that portal sessions survive a restart; codes live in
 * memory for a minute.
 */
@Injectable()
export class DevIdentityProvider {
  private readonly privateKey: KeyObject;
  private readonly publicJwk: JsonWebKey & { kid: string };
  private readonly codes = new Map<string, IssuedCode>();

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {
    this.privateKey = readOrCreateSigningKey(path.join(config.database.dataDir, 'secrets', 'dev-idp-es256.pem'));
    const jwk = createPublicKey(this.privateKey).export({ format: 'jwk' });
    this.publicJwk = { ...jwk, kid: jwkThumbprint(jwk), alg: DEV_IDP_SIGNING_ALGORITHM, use: 'sig' };
  }

  jwks(): { keys: JsonWebKey[] } {
    return { keys: [this.publicJwk] };
  }

  /** A signed ID token naming the citizen by IIN, for the portal (or whichever audience). */
  idToken(iin: string, options: { audience?: string; nonce?: string | null; contactClaims?: ContactClaims } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: DEV_IDP_ISSUER,
      sub: iin,
      aud: options.audience ?? DEV_IDP_CLIENT_ID,
      iat: now,
      auth_time: now,
      exp: now + ID_TOKEN_TTL_SECONDS,
      [this.config.citizenOidc.iinClaim]: iin,
      ...(options.nonce ? { nonce: options.nonce } : {}),
      ...options.contactClaims,
    };
    const header = { alg: DEV_IDP_SIGNING_ALGORITHM, typ: 'JWT', kid: this.publicJwk.kid };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  /** A fresh single-use authorization code for a citizen who signed in on the login page. */
  issueCode(iin: string, request: AuthorizationRequest, contactClaims: ContactClaims = {}): string {
    const now = Date.now();
    for (const [code, issued] of this.codes) if (issued.expiresAt <= now) this.codes.delete(code);
    const code = randomBytes(32).toString('base64url');
    this.codes.set(code, {
      iin,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      nonce: request.nonce,
      contactClaims,
      expiresAt: now + AUTHORIZATION_CODE_TTL_MS,
    });
    return code;
  }

  /** Exchanges a code for an ID token, or says why not. The code is spent either way. */
  redeemCode(code: unknown, redemption: CodeRedemption): { idToken: string } | { refusal: string } {
    const issued = typeof code === 'string' ? this.codes.get(code) : undefined;
    if (issued) this.codes.delete(code as string);
    const refusal = codeRedemptionRefusal(issued, redemption, Date.now());
    if (refusal !== null) return { refusal };
    return { idToken: this.idToken(issued!.iin, { audience: issued!.clientId, nonce: issued!.nonce, contactClaims: issued!.contactClaims }) };
  }
}

function readOrCreateSigningKey(file: string): KeyObject {
  try {
    return createPrivateKey(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}

/** RFC 7638 thumbprint of an EC public key: a stable `kid`. */
function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
