import { API_PREFIX } from '@qorgau/shared';
import type { AppConfig } from '../config/app-config';
import { DEV_IDP_CLIENT_ID, DEV_IDP_ISSUER } from '../dev-idp/dev-idp.rules';

/** Path of the built-in provider's keys on this server. */
export const DEV_IDP_JWKS_PATH = `${API_PREFIX}/dev-idp/jwks.json`;

/** The identity provider citizens sign in with, as the API verifies its tokens and the portal reaches it. */
export interface CitizenIdentityProvider {
  issuer: string;
  /** The portal's client id: the `aud` of its ID tokens. */
  audience: string;
  /** Its keys; null for the built-in provider, reached at {@link DEV_IDP_JWKS_PATH} on this server's own address. */
  jwksUri: string | null;
  /** Where the portal discovers it (`/.well-known/openid-configuration` below it). */
  authority: string;
  development: boolean;
}

/**
 * The configured provider (SPEC §5.3); failing that, the built-in development provider when it is
 * on; else none, and no citizen can sign in.
 */
export function citizenIdentityProvider(config: Pick<AppConfig, 'citizenOidc' | 'devIdentityProviderEnabled'>): CitizenIdentityProvider | null {
  const configured = config.citizenOidc.provider;
  if (configured) return { ...configured, authority: configured.issuer, development: false };
  if (!config.devIdentityProviderEnabled) return null;
  return { issuer: DEV_IDP_ISSUER, audience: DEV_IDP_CLIENT_ID, jwksUri: null, authority: `${API_PREFIX}/dev-idp`, development: true };
}
