import { BREACH_STATUSES, breachRestricts, LENDER_KINDS } from '@qorgau/shared';
import fc from 'fast-check';
import {
  liftCoversLender,
  liftInForceAt,
  loadNeedsLateLoadJob,
  restrictionJobMayContinue,
  restrictionsMayBeWrittenUnchecked,
  restrictionJobProgress,
  restrictionStatus,
  type Lender,
  type LiftEffect,
  type RestrictionPeriod,
} from './restrictions.rules';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

const BANK: Lender = { kind: 'bank', bin: '990340000011' };
const OTHER_BANK: Lender = { kind: 'bank', bin: '990340000022' };
const MFO: Lender = { kind: 'mfo', bin: '990340000033' };

const CONFIRMED = at('2025-03-01T00:00:00Z');
/** A 90-day restriction from the confirmation. */
const RESTRICTION: RestrictionPeriod = { startsAt: CONFIRMED, endsAt: plusDays(CONFIRMED, 90) };

function lift(overrides: Partial<LiftEffect> = {}): LiftEffect {
  const createdAt = overrides.createdAt ?? at('2025-03-10T00:00:00Z');
  return {
    kind: 'permanent',
    createdAt,
    effectiveAt: new Date(createdAt.getTime() + DAY),
    until: null,
    lenderKind: null,
    lenderBin: null,
    cancelledAt: null,
    ...overrides,
  };
}

const instants = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true });
const periods = fc
  .tuple(instants, fc.integer({ min: 1, max: 400 * DAY }))
  .map(([startsAt, length]): RestrictionPeriod => ({ startsAt, endsAt: new Date(startsAt.getTime() + length) }));
const lenders = fc.oneof(fc.constant(null), fc.constantFrom<Lender>(BANK, OTHER_BANK, MFO));
const lifts = fc
  .record({
    kind: fc.constantFrom<LiftEffect['kind']>('temporary', 'permanent'),
    createdAt: instants,
    delay: fc.integer({ min: 0, max: 5 * DAY }),
    window: fc.integer({ min: 1, max: 30 * DAY }),
    scope: fc.constantFrom('all', 'bank', 'mfo', BANK.bin, MFO.bin),
    cancelledAfter: fc.option(fc.integer({ min: 0, max: 40 * DAY })),
  })
  .map(({ kind, createdAt, delay, window, scope, cancelledAfter }): LiftEffect => {
    const effectiveAt = new Date(createdAt.getTime() + delay);
    return {
      kind,
      createdAt,
      effectiveAt,
      until: kind === 'temporary' ? new Date(effectiveAt.getTime() + window) : null,
      lenderKind: scope === 'bank' || scope === 'mfo' ? scope : null,
      lenderBin: /^\d{12}$/.test(scope) ? scope : null,
      cancelledAt: cancelledAfter === null ? null : new Date(createdAt.getTime() + cancelledAfter),
    };
  });

/** The status with no lift at all: restricted while any period runs, until the latest end among those. */
function modelWithoutLifts(restrictions: readonly RestrictionPeriod[], moment: Date) {
  const running = restrictions.filter((period) => period.startsAt <= moment && moment < period.endsAt);
  if (running.length === 0) return { restricted: false, restrictedUntil: null };
  return { restricted: true, restrictedUntil: new Date(Math.max(...running.map((period) => period.endsAt.getTime()))) };
}

describe('whether a person is restricted, without lifts', () => {
  it('counts a restriction from its start, up to but not including its end', () => {
    expect(restrictionStatus([RESTRICTION], [], new Date(CONFIRMED.getTime() - 1), BANK)).toEqual({ restricted: false, restrictedUntil: null });
    expect(restrictionStatus([RESTRICTION], [], CONFIRMED, BANK)).toEqual({ restricted: true, restrictedUntil: RESTRICTION.endsAt });
    expect(restrictionStatus([RESTRICTION], [], RESTRICTION.endsAt, BANK)).toEqual({ restricted: false, restrictedUntil: null });
  });

  it('is not restricted with no restriction at all', () => {
    fc.assert(fc.property(instants, lenders, fc.array(lifts, { maxLength: 3 }), (moment, lender, someLifts) => {
      expect(restrictionStatus([], someLifts, moment, lender)).toEqual({ restricted: false, restrictedUntil: null });
    }));
  });

  it('restricts a person exposed in several breaches until the latest end', () => {
    const later: RestrictionPeriod = { startsAt: at('2025-04-01T00:00:00Z'), endsAt: at('2025-10-01T00:00:00Z') };
    const moment = at('2025-04-02T00:00:00Z');
    expect(restrictionStatus([later, RESTRICTION], [], moment, BANK).restrictedUntil).toEqual(later.endsAt);
    expect(restrictionStatus([RESTRICTION, later], [], moment, null).restrictedUntil).toEqual(later.endsAt);
  });

  it('matches the model for any periods: the latest end among those running, whatever the order and the lender', () => {
    fc.assert(
      fc.property(fc.array(periods, { maxLength: 6 }), instants, lenders, (restrictions, moment, lender) => {
        const expected = modelWithoutLifts(restrictions, moment);
        expect(restrictionStatus(restrictions, [], moment, lender)).toEqual(expected);
        expect(restrictionStatus([...restrictions].reverse(), [], moment, lender)).toEqual(expected);
      }),
    );
  });
});

describe('lifts', () => {
  const requested = at('2025-03-10T00:00:00Z');
  const effective = at('2025-03-11T00:00:00Z');

  it('suspend a restriction for a temporary window only, once effective', () => {
    const temporary = lift({ kind: 'temporary', createdAt: requested, effectiveAt: effective, until: at('2025-03-20T00:00:00Z') });
    const statusAt = (iso: string) => restrictionStatus([RESTRICTION], [temporary], at(iso), BANK).restricted;
    expect(statusAt('2025-03-10T12:00:00Z')).toBe(true); // pending: the cooling-off runs
    expect(statusAt('2025-03-11T00:00:00Z')).toBe(false);
    expect(statusAt('2025-03-19T23:59:59Z')).toBe(false);
    expect(statusAt('2025-03-20T00:00:00Z')).toBe(true); // the window is over
  });

  it('end, when permanent, only the restrictions that began before the request: a later breach restricts again', () => {
    const permanent = lift({ createdAt: requested, effectiveAt: effective });
    const laterBreach: RestrictionPeriod = { startsAt: at('2025-05-01T00:00:00Z'), endsAt: at('2025-07-30T00:00:00Z') };
    expect(restrictionStatus([RESTRICTION], [permanent], at('2025-04-01T00:00:00Z'), BANK)).toEqual({ restricted: false, restrictedUntil: null });
    expect(restrictionStatus([RESTRICTION, laterBreach], [permanent], at('2025-04-01T00:00:00Z'), BANK).restricted).toBe(false);
    expect(restrictionStatus([RESTRICTION, laterBreach], [permanent], at('2025-05-02T00:00:00Z'), BANK)).toEqual({
      restricted: true,
      restrictedUntil: laterBreach.endsAt,
    });
  });

  it('free only the lender they name: by BIN, by kind, or every lender', () => {
    const moment = at('2025-04-01T00:00:00Z');
    const restrictedFor = (scoped: LiftEffect, lender: Lender | null) => restrictionStatus([RESTRICTION], [scoped], moment, lender).restricted;

    const byBin = lift({ lenderBin: BANK.bin });
    expect([restrictedFor(byBin, BANK), restrictedFor(byBin, OTHER_BANK), restrictedFor(byBin, MFO), restrictedFor(byBin, null)]).toEqual([false, true, true, true]);
    const banksOnly = lift({ lenderKind: 'bank' });
    expect([restrictedFor(banksOnly, BANK), restrictedFor(banksOnly, OTHER_BANK), restrictedFor(banksOnly, MFO), restrictedFor(banksOnly, null)]).toEqual([false, false, true, true]);
    const everyone = lift();
    expect([restrictedFor(everyone, BANK), restrictedFor(everyone, MFO), restrictedFor(everyone, null)]).toEqual([false, false, false]);

    for (const kind of LENDER_KINDS) {
      expect(liftCoversLender({ lenderKind: kind, lenderBin: null }, { kind, bin: BANK.bin })).toBe(true);
      expect(liftCoversLender({ lenderKind: kind, lenderBin: null }, null)).toBe(false);
    }
  });

  it('do not count while pending, nor once cancelled: cancelling restores the restriction at once', () => {
    const moment = at('2025-04-01T00:00:00Z');
    const pending = lift({ createdAt: requested, effectiveAt: at('2025-04-02T00:00:00Z') });
    expect(restrictionStatus([RESTRICTION], [pending], moment, BANK).restricted).toBe(true);
    expect(liftInForceAt(pending, moment)).toBe(false);

    const cancelled = lift({ createdAt: requested, effectiveAt: effective, cancelledAt: at('2025-03-31T00:00:00Z') });
    expect(restrictionStatus([RESTRICTION], [cancelled], moment, BANK).restricted).toBe(true);
    // Before its cancellation it was in force.
    expect(restrictionStatus([RESTRICTION], [cancelled], at('2025-03-30T00:00:00Z'), BANK).restricted).toBe(false);
    const cancelledWhilePending = lift({ createdAt: requested, effectiveAt: effective, cancelledAt: at('2025-03-10T06:00:00Z') });
    expect(restrictionStatus([RESTRICTION], [cancelledWhilePending], moment, BANK).restricted).toBe(true);
  });

  it('never restrict anyone, nor for longer', () => {
    fc.assert(
      fc.property(fc.array(periods, { maxLength: 5 }), fc.array(lifts, { maxLength: 4 }), instants, lenders, (restrictions, someLifts, moment, lender) => {
        const without = restrictionStatus(restrictions, [], moment, lender);
        const withLifts = restrictionStatus(restrictions, someLifts, moment, lender);
        if (!without.restricted) expect(withLifts.restricted).toBe(false);
        if (withLifts.restrictedUntil !== null) expect(withLifts.restrictedUntil.getTime()).toBeLessThanOrEqual(without.restrictedUntil!.getTime());
      }),
    );
  });

  it('change nothing unless one is in force for the lender', () => {
    fc.assert(
      fc.property(fc.array(periods, { maxLength: 5 }), fc.array(lifts, { maxLength: 4 }), instants, lenders, (restrictions, someLifts, moment, lender) => {
        fc.pre(!someLifts.some((candidate) => liftInForceAt(candidate, moment) && liftCoversLender(candidate, lender)));
        expect(restrictionStatus(restrictions, someLifts, moment, lender)).toEqual(modelWithoutLifts(restrictions, moment));
      }),
    );
  });

  it('leave counting exactly the restrictions that began after every lift in force was asked for', () => {
    fc.assert(
      fc.property(fc.array(periods, { maxLength: 5 }), fc.array(lifts, { maxLength: 4 }), instants, lenders, (restrictions, someLifts, moment, lender) => {
        const inForce = someLifts.filter((candidate) => liftInForceAt(candidate, moment) && liftCoversLender(candidate, lender));
        const counted = restrictions.filter((period) => inForce.every((candidate) => period.startsAt > candidate.createdAt));
        expect(restrictionStatus(restrictions, someLifts, moment, lender)).toEqual(modelWithoutLifts(counted, moment));
      }),
    );
  });
});

describe('a restriction job', () => {
  it('places restrictions only while the breach restricts, and removes them only once it no longer does', () => {
    for (const status of BREACH_STATUSES) {
      expect(restrictionJobMayContinue('confirmation', status)).toBe(breachRestricts(status));
      expect(restrictionJobMayContinue('late-load', status)).toBe(breachRestricts(status));
      expect(restrictionJobMayContinue('retraction', status)).toBe(!breachRestricts(status));
    }
  });
});

describe('writing a chunk without the conflict check', () => {
  it('is allowed only from the start of a job placing restrictions, on a breach restricting no one yet, never after a failure', () => {
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'confirmation', processed: 0 }, 0, false)).toBe(true);
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'late-load', processed: 0 }, 0, false)).toBe(true);
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'confirmation', processed: 50_000 }, 0, false)).toBe(false);
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'confirmation', processed: 0 }, 1, false)).toBe(false);
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'confirmation', processed: 0 }, 0, true)).toBe(false);
    expect(restrictionsMayBeWrittenUnchecked({ kind: 'retraction', processed: 0 }, 0, false)).toBe(false);
  });
});

describe('a load into a confirmed breach', () => {
  it('gets a job of its own only when it finished after the confirmation', () => {
    const confirmedAt = new Date('2025-11-25T10:00:00Z');
    expect(loadNeedsLateLoadJob(new Date('2025-11-25T09:59:59.999Z'), confirmedAt)).toBe(false);
    expect(loadNeedsLateLoadJob(confirmedAt, confirmedAt)).toBe(false);
    expect(loadNeedsLateLoadJob(new Date('2025-11-25T10:00:00.001Z'), confirmedAt)).toBe(true);
  });
});

describe('a restriction job’s progress', () => {
  it('gives the pace of this run and the seconds left at that pace', () => {
    expect(restrictionJobProgress({ total: 1_000_000, processed: 400_000, processedThisRun: 300_000, elapsedMs: 3_000 })).toEqual({ rate: 100_000, etaSeconds: 6 });
  });

  it('has no estimate before the total is counted or anything is done', () => {
    expect(restrictionJobProgress({ total: null, processed: 10, processedThisRun: 10, elapsedMs: 1000 })).toEqual({ rate: 10, etaSeconds: null });
    expect(restrictionJobProgress({ total: 10, processed: 0, processedThisRun: 0, elapsedMs: 0 })).toEqual({ rate: 0, etaSeconds: null });
  });

  it('never estimates a negative time, even when more was walked than counted (a load came in meanwhile)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e7 }), (total, processed, thisRun, elapsedMs) => {
        const { rate, etaSeconds } = restrictionJobProgress({ total, processed, processedThisRun: thisRun, elapsedMs });
        expect(rate).toBeGreaterThan(0);
        expect(etaSeconds).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
