import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export type MetricsAccess = 'allowed' | 'unauthorized' | 'forbidden';

/** What of a request to /metrics decides who may read it. */
export interface MetricsRequest {
  headers: IncomingHttpHeaders;
  /** The socket's peer, never a forwarded-for header a client can write. */
  remoteAddress: string | undefined;
}

/** 127.0.0.0/8, ::1, and IPv4 loopback written as an IPv4-mapped IPv6 address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(ipv4) === 4) return ipv4.split('.')[0] === '127';
  return address === '::1';
}

/**
 * The headers a reverse proxy adds to say whom it forwards for (RFC 7239 `Forwarded`, the de facto
 * `X-Forwarded-For`, and nginx's `X-Real-IP`). Any of them, even empty, means the request may have
 * come from anywhere through a proxy on this machine.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

export function cameThroughProxy(headers: IncomingHttpHeaders): boolean {
  return PROXY_HEADERS.some((name) => headers[name] !== undefined);
}

/**
 * A caller on this machine itself: a loopback peer that no proxy forwarded. Behind a reverse proxy
 * on the same host every public request arrives from loopback, so the peer alone would let the
 * whole internet in; the proxy's headers tell such requests apart. A proxy that adds none of them
 * cannot be told apart: that deployment needs METRICS_TOKEN (README, docs/api.md).
 */
export function isLocalCaller(request: MetricsRequest): boolean {
  return isLoopbackAddress(request.remoteAddress) && !cameThroughProxy(request.headers);
}

/**
 * Who may scrape /metrics (SPEC §4): with a token configured, whoever presents it as a bearer token,
 * from anywhere; without one, callers on this machine only ({@link isLocalCaller}).
 */
export function decideMetricsAccess(token: string | undefined, request: MetricsRequest): MetricsAccess {
  if (token === undefined) return isLocalCaller(request) ? 'allowed' : 'forbidden';
  const presented = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (presented === undefined) return 'unauthorized';
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'allowed' : 'unauthorized';
}
