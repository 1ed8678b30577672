import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export type MetricsAccess = 'allowed' | 'unauthorized' | 'forbidden';

/** 127.0.0.0/8, ::1, and IPv4 loopback written as an IPv4-mapped IPv6 address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(ipv4) === 4) return ipv4.split('.')[0] === '127';
  return address === '::1';
}

/**
 * Who may scrape /metrics (SPEC §4): with a token configured, whoever presents it as a bearer token;
 * without one, callers on this machine only. `remoteAddress` must be the socket's peer, never a
 * forwarded-for header a client can write.
 */
export function decideMetricsAccess(token: string | undefined, authorization: string | undefined, remoteAddress: string | undefined): MetricsAccess {
  if (token === undefined) return isLoopbackAddress(remoteAddress) ? 'allowed' : 'forbidden';
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  if (presented === undefined) return 'unauthorized';
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'allowed' : 'unauthorized';
}
