import fc from 'fast-check';
import type { IncomingHttpHeaders } from 'node:http';
import { cameThroughProxy, decideMetricsAccess, isLocalCaller, isLoopbackAddress, type MetricsRequest } from './metrics.rules';

const TOKEN = 'metrics-token-of-at-least-thirty-two-chars';
const LOOPBACK = ['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1'];
const REMOTE = ['10.0.0.1', '192.168.1.1', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1', '203.0.113.7'];

const request = (remoteAddress: string | undefined, headers: IncomingHttpHeaders = {}): MetricsRequest => ({ remoteAddress, headers });

/** Any header value a client or a proxy may send, the empty one included. */
const headerValues = fc.oneof(fc.string(), fc.constantFrom('203.0.113.7', 'for=203.0.113.7;proto=https', '127.0.0.1', 'unknown', ''));
const proxyHeaders = fc
  .record({ forwarded: headerValues, 'x-forwarded-for': headerValues, 'x-real-ip': headerValues }, { requiredKeys: [] })
  .filter((headers) => Object.keys(headers).length > 0);
const otherHeaders = fc.dictionary(
  fc.constantFrom('user-agent', 'accept', 'host', 'x-request-id', 'x-forwarded-proto-ish', 'forwarded-by'),
  fc.string(),
);

describe('isLoopbackAddress', () => {
  it.each(LOOPBACK)('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each([...REMOTE, 'localhost', '', undefined])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('a caller through a proxy', () => {
  it.each<[IncomingHttpHeaders]>([
    [{ 'x-forwarded-for': '203.0.113.7' }],
    [{ forwarded: 'for=203.0.113.7' }],
    [{ 'x-real-ip': '203.0.113.7' }],
    [{ 'x-forwarded-for': '' }],
    [{ 'x-forwarded-for': ['127.0.0.1', '203.0.113.7'] }],
  ])('%j came through a proxy', (headers) => {
    expect(cameThroughProxy(headers)).toBe(true);
  });

  it('is never a local caller, whatever the peer and the forwarded values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOOPBACK, ...REMOTE), proxyHeaders, otherHeaders, (peer, proxied, other) => {
        expect(isLocalCaller(request(peer, { ...other, ...proxied }))).toBe(false);
      }),
    );
  });

  it('is a local caller exactly when the peer is loopback and no proxy header is there', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOOPBACK, ...REMOTE, undefined), otherHeaders, (peer, headers) => {
        expect(isLocalCaller(request(peer, headers))).toBe(isLoopbackAddress(peer));
      }),
    );
  });
});

describe('decideMetricsAccess', () => {
  it('without a token answers loopback callers only, whatever they present', () => {
    expect(decideMetricsAccess(undefined, request('127.0.0.1'))).toBe('allowed');
    expect(decideMetricsAccess(undefined, request('203.0.113.7', { authorization: `Bearer ${TOKEN}` }))).toBe('forbidden');
  });

  it('without a token refuses a loopback peer that a proxy forwarded (a reverse proxy on this host)', () => {
    expect(decideMetricsAccess(undefined, request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }))).toBe('forbidden');
    expect(decideMetricsAccess(undefined, request('::1', { forwarded: 'for=127.0.0.1' }))).toBe('forbidden');
    fc.assert(
      fc.property(fc.constantFrom(...LOOPBACK), proxyHeaders, (peer, headers) => {
        expect(decideMetricsAccess(undefined, request(peer, headers))).toBe('forbidden');
      }),
    );
  });

  it('with a token needs exactly that bearer token, from any address, through a proxy or not', () => {
    expect(decideMetricsAccess(TOKEN, request('203.0.113.7', { authorization: `Bearer ${TOKEN}` }))).toBe('allowed');
    expect(decideMetricsAccess(TOKEN, request('127.0.0.1', { authorization: `bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.7' }))).toBe('allowed');
    expect(decideMetricsAccess(TOKEN, request('127.0.0.1'))).toBe('unauthorized');
    expect(decideMetricsAccess(TOKEN, request('127.0.0.1', { authorization: `Basic ${TOKEN}` }))).toBe('unauthorized');
    expect(decideMetricsAccess(TOKEN, request('127.0.0.1', { authorization: `Bearer ${TOKEN}x` }))).toBe('unauthorized');
  });

  it('refuses every other presented token', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(proxyHeaders, { nil: undefined }), (presented, proxied) => {
        fc.pre(presented !== TOKEN);
        expect(decideMetricsAccess(TOKEN, request('127.0.0.1', { ...proxied, authorization: `Bearer ${presented}` }))).toBe('unauthorized');
      }),
    );
  });
});
