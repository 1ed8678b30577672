import fc from 'fast-check';
import { decideMetricsAccess, isLoopbackAddress } from './metrics.rules';

const TOKEN = 'metrics-token-of-at-least-thirty-two-chars';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(['10.0.0.1', '192.168.1.1', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1', 'localhost', '', undefined])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('decideMetricsAccess', () => {
  it('without a token answers loopback callers only, whatever they present', () => {
    expect(decideMetricsAccess(undefined, undefined, '127.0.0.1')).toBe('allowed');
    expect(decideMetricsAccess(undefined, `Bearer ${TOKEN}`, '203.0.113.7')).toBe('forbidden');
  });

  it('with a token needs exactly that bearer token, from any address', () => {
    expect(decideMetricsAccess(TOKEN, `Bearer ${TOKEN}`, '203.0.113.7')).toBe('allowed');
    expect(decideMetricsAccess(TOKEN, `bearer ${TOKEN}`, '127.0.0.1')).toBe('allowed');
    expect(decideMetricsAccess(TOKEN, undefined, '127.0.0.1')).toBe('unauthorized');
    expect(decideMetricsAccess(TOKEN, `Basic ${TOKEN}`, '127.0.0.1')).toBe('unauthorized');
    expect(decideMetricsAccess(TOKEN, `Bearer ${TOKEN}x`, '127.0.0.1')).toBe('unauthorized');
  });

  it('refuses every other presented token', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (presented) => {
        fc.pre(presented !== TOKEN);
        expect(decideMetricsAccess(TOKEN, `Bearer ${presented}`, '127.0.0.1')).toBe('unauthorized');
      }),
    );
  });
});
