import { createHash, sign, timingSafeEqual, type KeyObject } from 'node:crypto';
import { seal, unseal } from '../signing/signing.rules';

/*
 * The protocol rules of the development identity provider (SPEC §5.3) as plain functions: which
 * authorization requests it serves, and when an authorization code may be exchanged for a token
 * (OAuth 2.0 authorization code grant, RFC 6749 §4.1, with PKCE S256, RFC 7636).
 */

/** The `iss` of its ID tokens; any string the verifier is configured with would do. */
export const DEV_IDP_ISSUER = 'urn:qorgau:dev-idp';
/** The one client it knows: the citizen portal. Its ID tokens carry it as `aud`. */
export const DEV_IDP_CLIENT_ID = 'qorgau-portal';
/** Where the portal takes the authorization response. */
export const PORTAL_CALLBACK_PATH = '/signin/callback';
export const AUTHORIZATION_CODE_TTL_MS = 60_000;
export const ID_TOKEN_TTL_SECONDS = 3600;
export const DEV_IDP_SIGNING_ALGORITHM = 'ES256';

/** The associated data a stored dev-IdP key is sealed under: the key is bound to its kid. */
export const devIdpKeyLabel = (kid: string): string => `dev-idp:${kid}`;

export interface IdTokenOptions {
  audience?: string;
  nonce?: string | null;
  contactClaims?: ContactClaims;
}

/**
 * An ES256 ID token naming the citizen by IIN (as `sub` and in `iinClaim`), issued at `nowSeconds`
 * and valid for {@link ID_TOKEN_TTL_SECONDS}, for the portal unless another audience is given.
 */
export function signIdToken(key: { privateKey: KeyObject; kid: string }, iin: string, iinClaim: string, nowSeconds: number, options: IdTokenOptions = {}): string {
  const claims = {
    iss: DEV_IDP_ISSUER,
    sub: iin,
    aud: options.audience ?? DEV_IDP_CLIENT_ID,
    iat: nowSeconds,
    auth_time: nowSeconds,
    exp: nowSeconds + ID_TOKEN_TTL_SECONDS,
    [iinClaim]: iin,
    ...(options.nonce ? { nonce: options.nonce } : {}),
    ...options.contactClaims,
  };
  const header = { alg: DEV_IDP_SIGNING_ALGORITHM, typ: 'JWT', kid: key.kid };
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const CODE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const MAX_OPAQUE_PARAMETER_LENGTH = 512;

/** An authorization request the provider serves. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string;
  state: string | null;
  nonce: string | null;
}

/**
 * Why a request is refused. A refusal that is `redirectable` goes back to the client as
 * `error`/`error_description` on its redirect URI; an unknown client or redirect URI never does
 * (RFC 6749 §4.1.2.1: that would make the provider an open redirector).
 */
export interface AuthorizationRefusal {
  redirectable: boolean;
  error: 'invalid_request' | 'unauthorized_client' | 'unsupported_response_type' | 'invalid_scope';
  description: string;
}

export type AuthorizationCheck = { ok: true; request: AuthorizationRequest } | ({ ok: false } & AuthorizationRefusal);

/**
 * Checks the parameters of an authorization request. `allowedOrigins` are the origins the portal
 * may be served from: the provider's own, and the configured CORS origins.
 */
export function checkAuthorizationRequest(parameters: Record<string, unknown>, allowedOrigins: readonly string[]): AuthorizationCheck {
  const text = (name: string) => (typeof parameters[name] === 'string' ? (parameters[name] as string) : null);
  const refuse = (redirectable: boolean, error: AuthorizationRefusal['error'], description: string): AuthorizationCheck => ({
    ok: false,
    redirectable,
    error,
    description,
  });

  const clientId = text('client_id');
  if (clientId !== DEV_IDP_CLIENT_ID) return refuse(false, 'unauthorized_client', `Unknown client_id; the only client is ${DEV_IDP_CLIENT_ID}.`);
  const redirectUri = text('redirect_uri');
  if (redirectUri === null || !isPortalCallback(redirectUri, allowedOrigins)) {
    return refuse(false, 'invalid_request', `redirect_uri must be ${PORTAL_CALLBACK_PATH} on the portal's own origin.`);
  }
  if (text('response_type') !== 'code') return refuse(true, 'unsupported_response_type', 'Only response_type=code is supported.');
  const scope = text('scope') ?? '';
  if (!scope.split(' ').includes('openid')) return refuse(true, 'invalid_scope', 'The scope must include openid.');
  const codeChallenge = text('code_challenge');
  if (text('code_challenge_method') !== 'S256' || codeChallenge === null || !CODE_CHALLENGE.test(codeChallenge)) {
    return refuse(true, 'invalid_request', 'PKCE is required: code_challenge (S256) and code_challenge_method=S256.');
  }
  const state = text('state');
  const nonce = text('nonce');
  if ((state?.length ?? 0) > MAX_OPAQUE_PARAMETER_LENGTH || (nonce?.length ?? 0) > MAX_OPAQUE_PARAMETER_LENGTH) {
    return refuse(true, 'invalid_request', `state and nonce may have at most ${MAX_OPAQUE_PARAMETER_LENGTH} characters.`);
  }
  return { ok: true, request: { clientId, redirectUri, scope, codeChallenge, state, nonce } };
}

function isPortalCallback(redirectUri: string, allowedOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === PORTAL_CALLBACK_PATH && url.hash === '' && allowedOrigins.includes(url.origin);
}

/** The S256 code challenge of a PKCE code verifier (RFC 7636 §4.2). */
export function codeChallengeOf(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/** An authorization code as issued: whom it signs in, and what its redemption must match. */
export interface IssuedCode {
  iin: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | null;
  /** The optional `email` and `phone_number` claims typed on the login page. */
  contactClaims: ContactClaims;
  expiresAt: number;
}

/** OpenID Connect's standard contact claims, which the portal offers as the person's contacts (SPEC §5.5). */
export interface ContactClaims {
  email?: string;
  phone_number?: string;
}

const CONTACT_CLAIM_MAX_LENGTH = 254;

/** The contact claims of a login form or a token request: non-empty strings, trimmed; anything else left out. */
export function contactClaimsFrom(fields: Record<string, unknown>): ContactClaims {
  const claims: ContactClaims = {};
  for (const name of ['email', 'phone_number'] as const) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') claims[name] = value.trim().slice(0, CONTACT_CLAIM_MAX_LENGTH);
  }
  return claims;
}

/** Binds a sealed code to its use: the same key never opens anything else as a code. */
const CODE_CONTEXT = 'dev-idp-authorization-code/v1';

/**
 * The authorization code itself carries what it was issued for, sealed (AES-256-GCM) with the
 * registry's key: any API process can open it, no one can forge or read it, and nothing about the
 * person is stored. That it is redeemed only once is kept in the database (dev-idp.repository.ts).
 */
export function sealCode(issued: IssuedCode, encryptionKey: Buffer): string {
  return seal(Buffer.from(JSON.stringify(issued)), Buffer.from(CODE_CONTEXT), encryptionKey).toString('base64url');
}

/** The code as issued, or undefined for anything that is not a code this registry sealed. */
export function openCode(code: unknown, encryptionKey: Buffer): IssuedCode | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z0-9_-]{1,4096}$/.test(code)) return undefined;
  try {
    return JSON.parse(unseal(Buffer.from(code, 'base64url'), Buffer.from(CODE_CONTEXT), encryptionKey).toString()) as IssuedCode;
  } catch {
    return undefined;
  }
}

export interface CodeRedemption {
  clientId: unknown;
  redirectUri: unknown;
  codeVerifier: unknown;
}

/**
 * Why a code may not be exchanged (an `invalid_grant` description), or null when it may: it must
 * exist (codes are single-use: the caller forgets a code at its first redemption, good or bad),
 * be unexpired, be redeemed by the client it was issued to with the same redirect URI, and come
 * with the verifier whose S256 challenge was sent with the authorization request.
 */
export function codeRedemptionRefusal(code: IssuedCode | undefined, redemption: CodeRedemption, now: number): string | null {
  if (code === undefined) return 'The authorization code is unknown or was already used.';
  if (now >= code.expiresAt) return 'The authorization code has expired.';
  if (redemption.clientId !== code.clientId || redemption.redirectUri !== code.redirectUri) {
    return 'The authorization code was issued to another client or redirect_uri.';
  }
  const verifier = redemption.codeVerifier;
  if (typeof verifier !== 'string' || !CODE_VERIFIER.test(verifier)) return 'code_verifier is missing or malformed.';
  const expected = Buffer.from(code.codeChallenge);
  const actual = Buffer.from(codeChallengeOf(verifier));
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? null : 'code_verifier does not match the code_challenge.';
}
