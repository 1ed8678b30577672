import { LIFT_MAX_TEMPORARY_DAYS, LIFT_WINDOW_DAYS, LIFTS_PER_WINDOW } from '@qorgau/shared';
import fc from 'fast-check';
import { restrictionStatus } from '../restrictions/restrictions.rules';
import { CLOCK_SKEW_MS, liftCancellable, liftEffectiveAt, liftQuota, liftScope, liftStatusAt, planLift, type LiftRequestInput } from './lifts.rules';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = new Date('2026-03-10T06:00:00Z');
const COOLING_OFF_SECONDS = 86_400;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const VALID_BIN = '000740000728';

function errorsOf(request: LiftRequestInput, coolingOff = COOLING_OFF_SECONDS) {
  const result = planLift(request, NOW, coolingOff);
  return result.ok ? {} : Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, message.code]));
}

describe('liftEffectiveAt', () => {
  it('is the end of the cooling-off, or the requested start when that is later', () => {
    expect(liftEffectiveAt(NOW, NOW, COOLING_OFF_SECONDS)).toEqual(at(DAY));
    expect(liftEffectiveAt(NOW, at(3 * DAY), COOLING_OFF_SECONDS)).toEqual(at(3 * DAY));
  });

  it('is never before the cooling-off ends nor before the start, and is one of the two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 30 * 86_400 }), (startOffset, coolingOff) => {
        const effectiveAt = liftEffectiveAt(NOW, at(startOffset), coolingOff);
        expect(effectiveAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + coolingOff * 1000);
        expect(effectiveAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + startOffset);
        expect([NOW.getTime() + coolingOff * 1000, NOW.getTime() + startOffset]).toContain(effectiveAt.getTime());
      }),
    );
  });
});

describe('planLift', () => {
  it('completes a temporary lift: from defaults to now, all lenders', () => {
    expect(planLift({ kind: 'temporary', until: at(10 * DAY) }, NOW, COOLING_OFF_SECONDS)).toEqual({
      ok: true,
      plan: { kind: 'temporary', from: NOW, until: at(10 * DAY), lenderKind: null, lenderBin: null, createdAt: NOW, effectiveAt: at(DAY) },
    });
  });

  it('accepts a permanent lift without an end, and one lender by BIN', () => {
    const result = planLift({ kind: 'permanent', lenderBin: ` ${VALID_BIN} ` }, NOW, COOLING_OFF_SECONDS);
    expect(result).toMatchObject({ ok: true, plan: { kind: 'permanent', until: null, lenderBin: VALID_BIN, lenderKind: null } });
  });

  it.each<[string, LiftRequestInput, Record<string, string>]>([
    ['a temporary lift without an end', { kind: 'temporary' }, { until: 'lift-until-required' }],
    ['a permanent lift with an end', { kind: 'permanent', until: at(5 * DAY) }, { until: 'lift-until-not-allowed' }],
    ['a window over 30 days', { kind: 'temporary', until: at(31 * DAY) }, { until: 'lift-window-too-long' }],
    ['a window over 30 days from a later start', { kind: 'temporary', from: at(5 * DAY), until: at(35 * DAY + 1) }, { until: 'lift-window-too-long' }],
    ['a window in the past', { kind: 'temporary', from: at(-3 * DAY), until: at(-DAY) }, { from: 'lift-from-in-past', until: 'lift-until-in-past' }],
    ['an end before the start', { kind: 'temporary', from: at(5 * DAY), until: at(4 * DAY) }, { until: 'lift-until-before-from' }],
    ['an end before the cooling-off is over', { kind: 'temporary', until: at(12 * HOUR) }, { until: 'lift-ends-before-effective' }],
    ['both a kind of lender and a BIN', { kind: 'permanent', lenderKind: 'bank', lenderBin: VALID_BIN }, { lenderBin: 'lift-scope-conflict' }],
    ['an invalid lender BIN', { kind: 'permanent', lenderBin: '000740000729' }, { lenderBin: 'lender-bin-invalid' }],
  ])('refuses %s', (_name, request, expected) => {
    expect(errorsOf(request)).toEqual(expected);
  });

  it('takes a start a little in the past as now (clocks differ), not further', () => {
    expect(errorsOf({ kind: 'temporary', from: at(-CLOCK_SKEW_MS + 1000), until: at(5 * DAY) })).toEqual({});
    expect(errorsOf({ kind: 'temporary', from: at(-CLOCK_SKEW_MS - 1000), until: at(5 * DAY) })).toEqual({ from: 'lift-from-in-past' });
  });

  it('accepts exactly 30 days', () => {
    expect(errorsOf({ kind: 'temporary', from: at(DAY), until: at(DAY + LIFT_MAX_TEMPORARY_DAYS * DAY) })).toEqual({});
  });

  it('accepts a temporary lift exactly when its window is valid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2 * DAY, max: 40 * DAY }),
        fc.integer({ min: -2 * DAY, max: 70 * DAY }),
        fc.integer({ min: 0, max: 3 * 86_400 }),
        (fromOffset, untilOffset, coolingOff) => {
          const result = planLift({ kind: 'temporary', from: at(fromOffset), until: at(untilOffset) }, NOW, coolingOff);
          const effective = Math.max(coolingOff * 1000, fromOffset);
          const valid =
            fromOffset >= -CLOCK_SKEW_MS &&
            untilOffset > 0 &&
            untilOffset > fromOffset &&
            untilOffset - fromOffset <= LIFT_MAX_TEMPORARY_DAYS * DAY &&
            untilOffset > effective;
          expect(result.ok).toBe(valid);
          if (result.ok) {
            // A stored lift is in force for a while: it takes effect before it ends.
            expect(result.plan.effectiveAt < result.plan.until!).toBe(true);
            expect(result.plan.effectiveAt.getTime()).toBe(NOW.getTime() + effective);
          }
        },
      ),
    );
  });
});

describe('liftQuota', () => {
  it(`allows ${LIFTS_PER_WINDOW} requests in ${LIFT_WINDOW_DAYS} days and refuses the next until the oldest leaves the window`, () => {
    const earlier = [at(-29 * DAY), at(-10 * DAY), at(-HOUR)];
    expect(liftQuota(earlier.slice(0, 2), NOW)).toEqual({ allowed: true });
    expect(liftQuota(earlier, NOW)).toEqual({ allowed: false, nextAllowedAt: at(DAY) });
    expect(liftQuota(earlier, at(DAY))).toEqual({ allowed: true });
  });

  it('ignores requests older than the window', () => {
    expect(liftQuota([at(-31 * DAY), at(-40 * DAY), at(-2 * DAY), at(-DAY)], NOW)).toEqual({ allowed: true });
  });

  it('never lets more than the limit into any window, and allows again exactly when promised', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 * DAY }), { maxLength: 30 }), (attempts) => {
        const granted: Date[] = [];
        for (const offset of [...attempts].sort((a, b) => a - b)) {
          const quota = liftQuota(granted, at(offset));
          if (quota.allowed) granted.push(at(offset));
          else {
            expect(quota.nextAllowedAt > at(offset)).toBe(true);
            expect(liftQuota(granted, quota.nextAllowedAt)).toEqual({ allowed: true });
          }
        }
        for (const request of granted) {
          const inWindow = granted.filter((other) => other > new Date(request.getTime() - LIFT_WINDOW_DAYS * DAY) && other <= request);
          expect(inWindow.length).toBeLessThanOrEqual(LIFTS_PER_WINDOW);
        }
      }),
    );
  });
});

describe('liftStatusAt', () => {
  const lift = { effectiveAt: at(DAY), until: at(10 * DAY), cancelledAt: null };

  it('is pending during the cooling-off, effective in the window, expired after it', () => {
    expect(liftStatusAt(lift, NOW)).toBe('pending');
    expect(liftStatusAt(lift, at(DAY))).toBe('effective');
    expect(liftStatusAt(lift, at(10 * DAY))).toBe('expired');
    expect(liftStatusAt({ ...lift, until: null }, at(400 * DAY))).toBe('effective');
  });

  it('is cancelled from the cancellation on, whatever it was before', () => {
    const cancelled = { ...lift, cancelledAt: at(2 * DAY) };
    expect(liftStatusAt(cancelled, at(DAY))).toBe('effective');
    expect(liftStatusAt(cancelled, at(2 * DAY))).toBe('cancelled');
    expect(liftCancellable(cancelled, at(3 * DAY))).toBe(false);
  });

  it('can be cancelled while pending or effective, not once over', () => {
    expect(liftCancellable(lift, NOW)).toBe(true);
    expect(liftCancellable(lift, at(5 * DAY))).toBe(true);
    expect(liftCancellable(lift, at(11 * DAY))).toBe(false);
  });

  it('agrees with the restriction rules: only an effective lift frees the person', () => {
    const restriction = { startsAt: at(-5 * DAY), endsAt: at(80 * DAY) };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * DAY }),
        fc.option(fc.integer({ min: 1, max: 40 * DAY })),
        fc.option(fc.integer({ min: 0, max: 40 * DAY })),
        fc.integer({ min: 0, max: 45 * DAY }),
        (effectiveOffset, windowLength, cancelOffset, probe) => {
          const candidate = {
            kind: windowLength === null ? ('permanent' as const) : ('temporary' as const),
            createdAt: NOW,
            effectiveAt: at(effectiveOffset),
            until: windowLength === null ? null : at(effectiveOffset + windowLength),
            lenderKind: null,
            lenderBin: null,
            cancelledAt: cancelOffset === null ? null : at(cancelOffset),
          };
          const status = restrictionStatus([restriction], [candidate], at(probe), null);
          expect(status.restricted).toBe(liftStatusAt(candidate, at(probe)) !== 'effective');
        },
      ),
    );
  });
});

describe('liftScope', () => {
  it('names all lenders, a kind of lender, or one lender', () => {
    expect(liftScope({ lenderKind: null, lenderBin: null })).toBe('all');
    expect(liftScope({ lenderKind: 'mfo', lenderBin: null })).toBe('mfo');
    expect(liftScope({ lenderKind: null, lenderBin: VALID_BIN })).toBe('lender');
  });
});
