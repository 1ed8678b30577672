import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ExtractJwt, Strategy, type SecretOrKeyProvider } from 'passport-jwt';
import { CITIZEN_STRATEGY } from '../auth/strategy-names';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';
import type { Citizen } from '../common/citizen';
import { citizenIdentityProvider, DEV_IDP_JWKS_PATH } from './citizen-identity-provider';
import { suggestedContacts } from '../notifications/contacts.rules';
import { iinFromClaims, ownUrl } from './citizens.rules';

/**
 * Only asymmetric signatures: `none` and HMAC are refused outright, so a token "signed" with the
 * provider's public key as an HMAC secret (the classic algorithm confusion) never verifies.
 */
export const CITIZEN_TOKEN_ALGORITHMS = ['RS256', 'ES256'] as const;

const JWKS_CACHE_MS = 10 * 60_000;
/** Tokens naming an unknown `kid` refetch the keys; at most this often, so forged tokens cannot make us hammer the provider. */
const JWKS_FETCHES_PER_MINUTE = 10;
const JWKS_TIMEOUT_MS = 5000;
const MAX_PARSED_KEYS = 16;

/**
 * Signs citizens in with an OpenID Connect ID token (SPEC §5.3): signature by a key of the
 * provider's JWKS (cached), issuer, audience, expiry, an allowed algorithm, and a valid IIN in the
 * configured claim. Any failure is a 401 from the route-access guard.
 */
@Injectable()
export class CitizenOidcStrategy extends PassportStrategy(Strategy, CITIZEN_STRATEGY) {
  private readonly iinClaim: string;

  constructor(
    @Inject(APP_CONFIG) config: ResolvedConfig,
    adapterHost: HttpAdapterHost,
    private readonly lookup: RestrictionLookup,
  ) {
    const provider = citizenIdentityProvider(config);
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKeyProvider: provider
        ? cachedJwksKeys(() => provider.jwksUri ?? ownUrl(adapterHost.httpAdapter.getHttpServer().address() as AddressInfo, DEV_IDP_JWKS_PATH))
        : noKeys,
      algorithms: [...CITIZEN_TOKEN_ALGORITHMS],
      issuer: provider?.issuer,
      audience: provider?.audience,
    });
    this.iinClaim = config.citizenOidc.iinClaim;
  }

  validate(claims: Record<string, unknown>): Citizen | false {
    const iin = iinFromClaims(claims, this.iinClaim);
    return iin === null ? false : { iin, iinHash: this.lookup.iinHash(iin), claimedContacts: suggestedContacts(claims) };
  }
}

/**
 * Keys from the JWKS at `jwksUri()`, resolved at the first token: the built-in provider's address
 * is known only once the server listens. jwks-rsa hands out each key as PEM, which the verifier
 * would parse again for every token (a fifth of a citizen request's CPU under load, `pnpm bench
 * lifts`): each is parsed once into a KeyObject, which it takes as it is.
 */
function cachedJwksKeys(jwksUri: () => string): SecretOrKeyProvider {
  let keys: ReturnType<typeof passportJwtSecret> | undefined;
  const parsed = new Map<string, KeyObject>();
  return (request, rawJwtToken, done) => {
    keys ??= passportJwtSecret({
      jwksUri: jwksUri(),
      cache: true,
      cacheMaxAge: JWKS_CACHE_MS,
      rateLimit: true,
      jwksRequestsPerMinute: JWKS_FETCHES_PER_MINUTE,
      timeout: JWKS_TIMEOUT_MS,
    });
    keys(request, rawJwtToken, (error: unknown, pem?: string | Buffer) => {
      if (error || typeof pem !== 'string') return done(error, pem);
      let key = parsed.get(pem);
      if (key === undefined) {
        // A provider rotates a handful of keys; a JWKS that keeps changing cannot grow this.
        if (parsed.size >= MAX_PARSED_KEYS) parsed.clear();
        key = createPublicKey(pem);
        parsed.set(pem, key);
      }
      // passport-jwt hands it to jsonwebtoken's verify, which takes a KeyObject; its types say string | Buffer.
      done(null, key as unknown as string);
    });
  };
}

/** No provider configured and the development one off: nobody signs in as a citizen. */
const noKeys: SecretOrKeyProvider = (_request, _rawJwtToken, done) => done(new Error('No citizen identity provider is configured.'));
