import fc from 'fast-check';
import { checkLookupReason, shouldRaiseLookupAlert } from './lookups.rules';

describe('look-up reason (SPEC §3.9)', () => {
  it.each([undefined, null, 42, '', '   ', 'too short', '  123456789  '])('refuses %p', (reason) => {
    expect(checkLookupReason(reason)).toEqual({ error: expect.stringContaining('at least 10 characters') });
  });

  it('keeps a reason of 10 characters or more, trimmed', () => {
    expect(checkLookupReason('  Caller 12345 asks about a loan  ')).toEqual({ reason: 'Caller 12345 asks about a loan' });
    expect(checkLookupReason('0123456789')).toEqual({ reason: '0123456789' });
  });

  it('refuses a reason longer than 500 characters', () => {
    expect(checkLookupReason('x'.repeat(501))).toEqual({ error: expect.stringContaining('at most 500') });
  });
});

describe('look-up alert', () => {
  it('is raised by the look-up that crosses the limit, and by no other within the hour', () => {
    const limit = 20;
    const raised: number[] = [];
    for (let lookups = 1; lookups <= 40; lookups++) {
      if (shouldRaiseLookupAlert(lookups, limit, raised.length > 0)) raised.push(lookups);
    }
    expect(raised).toEqual([21]);
  });

  it('is never raised at or under the limit, nor twice in a window', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), fc.boolean(), (count, limit, alerted) => {
        expect(shouldRaiseLookupAlert(count, limit, alerted)).toBe(count > limit && !alerted);
      }),
    );
  });
});
