import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createHash, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { decryptPrivateKey, deriveKeyEncryptionKey, encryptPrivateKey } from '../signing/signing.rules';
import {
  AUTHORIZATION_CODE_TTL_MS,
  codeRedemptionRefusal,
  DEV_IDP_SIGNING_ALGORITHM,
  devIdpKeyLabel,
  type AuthorizationRequest,
  type CodeRedemption,
  type ContactClaims,
  type IdTokenOptions,
  openCode,
  sealCode,
  signIdToken,
} from './dev-idp.rules';
import { DevIdpRepository } from './dev-idp.repository';

/**
 * The development identity provider (SPEC §5.3): signs OpenID Connect ID tokens with an ES256 key
 * and issues and redeems the authorization codes of the code flow.
 *
 * Written on node:crypto rather than with the certified `oidc-provider`: that library is ESM-only,
 * and the e2e tests run the app inside jest's CommonJS module system, so it would have to live in
 * a child process behind a proxy — more moving parts than this provider, whose one job is to let
 * development and tests sign in the way production does (the API verifies its tokens through the
 * same JWKS strategy as the real provider's).
 *
 * Any API process may serve it (SPEC §4): the key is kept in the database, encrypted with the
 * registry's key, so that every process signs alike and portal sessions survive a restart; a code
 * carries what it was issued for, sealed, and the database remembers which were spent.
 */
@Injectable()
export class DevIdentityProvider implements OnModuleInit {
  private readonly encryptionKey: Buffer;
  private privateKey!: KeyObject;
  private publicJwk!: JsonWebKey & { kid: string };

  constructor(
    private readonly keys: DevIdpRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {
    this.encryptionKey = deriveKeyEncryptionKey(config.registry.pepper);
  }

  /** Reads the key; the first process ever to boot makes it (under the boot lock, but safe without it). */
  async onModuleInit(): Promise<void> {
    let stored = await this.keys.findKey();
    if (stored === null) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const kid = jwkThumbprint(createPublicKey(privateKey).export({ format: 'jwk' }));
      await this.keys.insertKeyIfNone(kid, encryptPrivateKey(privateKey, devIdpKeyLabel(kid), this.encryptionKey));
      stored = (await this.keys.findKey())!;
    }
    this.privateKey = decryptPrivateKey(stored.privateKeyEncrypted, devIdpKeyLabel(stored.kid), this.encryptionKey);
    const jwk = createPublicKey(this.privateKey).export({ format: 'jwk' });
    this.publicJwk = { ...jwk, kid: stored.kid, alg: DEV_IDP_SIGNING_ALGORITHM, use: 'sig' };
  }

  jwks(): { keys: JsonWebKey[] } {
    return { keys: [this.publicJwk] };
  }

  /** A signed ID token naming the citizen by IIN, for the portal (or whichever audience). */
  idToken(iin: string, options: IdTokenOptions = {}): string {
    return signIdToken({ privateKey: this.privateKey, kid: this.publicJwk.kid }, iin, this.config.citizenOidc.iinClaim, Math.floor(Date.now() / 1000), options);
  }

  /** A fresh single-use authorization code for a citizen who signed in on the login page. */
  issueCode(iin: string, request: AuthorizationRequest, contactClaims: ContactClaims = {}): string {
    const issued = {
      iin,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      nonce: request.nonce,
      contactClaims,
      expiresAt: Date.now() + AUTHORIZATION_CODE_TTL_MS,
    };
    return sealCode(issued, this.encryptionKey);
  }

  /** Exchanges a code for an ID token, or says why not. The code is spent either way, in every process. */
  async redeemCode(code: unknown, redemption: CodeRedemption): Promise<{ idToken: string } | { refusal: string }> {
    let issued = openCode(code, this.encryptionKey);
    if (issued && !(await this.keys.spendCode(createHash('sha256').update(code as string).digest(), new Date(issued.expiresAt)))) issued = undefined;
    const refusal = codeRedemptionRefusal(issued, redemption, Date.now());
    if (refusal !== null) return { refusal };
    return { idToken: this.idToken(issued!.iin, { audience: issued!.clientId, nonce: issued!.nonce, contactClaims: issued!.contactClaims }) };
  }
}

/** RFC 7638 thumbprint of an EC public key: a stable `kid`. */
function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}
