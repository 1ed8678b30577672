import { isValidIin } from '@qorgau/shared';
import type { AddressInfo } from 'node:net';

/*
 * Rules of the citizen's side as plain functions: who a verified ID token names, and where the
 * API reaches the built-in identity provider's keys.
 */

/**
 * The IIN a verified ID token names (the claim `iinClaim`), or null when the token has no
 * expiry (an ID token must, OpenID Connect Core §2) or no valid IIN in that claim.
 */
export function iinFromClaims(claims: Record<string, unknown>, iinClaim: string): string | null {
  if (typeof claims.exp !== 'number') return null;
  const iin = claims[iinClaim];
  return typeof iin === 'string' && isValidIin(iin) ? iin : null;
}

/**
 * A URL on this server as it listens, for the API to call itself: a wildcard address becomes the
 * loopback. Never built from a request's Host header, which the caller chooses.
 */
export function ownUrl(address: AddressInfo, path: string): string {
  const ipv6 = address.family === 'IPv6' || address.address.includes(':');
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${ipv6 ? `[${host}]` : host}:${address.port}${path}`;
}
