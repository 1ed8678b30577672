import { BREACH_STATUSES, BREACH_TRANSITIONS, breachRestricts, DATA_CLASSES, IDENTIFIER_KINDS, type BreachStatus, type DataClass } from '@qorgau/shared';
import fc from 'fast-check';
import { almatyDay, endOfAlmatyDay, isBusinessDay } from '../calendar/business-days';
import { isIsoDateTime } from '../common/iso-date-time';
import { ValidationException } from '../common/validation.exception';
import {
  CLOCK_SKEW_MS,
  allowedTransitions,
  breachRestrictionPeriod,
  identifierRestricts,
  canDelete,
  canTransition,
  decideTransition,
  needsSecondApproval,
  requestableTransitions,
  type TransitionContext,
  checkBreachDates,
  isReportedLate,
  isSensitive,
  lastTwelveMonths,
  parseBreachFilter,
  reportingDeadline,
  reportingDelayHours,
} from './breaches.rules';

describe('breach lifecycle', () => {
  const legal = new Set([
    'draft→investigating',
    'draft→rejected',
    'investigating→confirmed',
    'investigating→awaiting-approval',
    'investigating→rejected',
    'awaiting-approval→confirmed',
    'awaiting-approval→investigating',
    'confirmed→closed',
    'confirmed→retracted',
  ]);
  const pairs = BREACH_STATUSES.flatMap((from) => BREACH_STATUSES.map((to) => [from, to] as const));

  it('covers all 49 pairs of statuses', () => {
    expect(pairs).toHaveLength(49);
  });

  it.each(pairs)('%s → %s is allowed exactly when SPEC §3.1 and §3.9 say so', (from, to) => {
    expect(canTransition(from, to)).toBe(legal.has(`${from}→${to}`));
    expect(allowedTransitions(from).includes(to)).toBe(legal.has(`${from}→${to}`));
  });

  it('has final states with no way out, and no state that leads back to itself or to draft', () => {
    for (const final of ['closed', 'rejected', 'retracted'] as const) expect(allowedTransitions(final)).toEqual([]);
    for (const from of BREACH_STATUSES) {
      expect(allowedTransitions(from)).not.toContain(from);
      expect(allowedTransitions(from)).not.toContain('draft');
    }
  });

  it('reaches every state from draft', () => {
    const reached = new Set<BreachStatus>(['draft']);
    const queue: BreachStatus[] = ['draft'];
    while (queue.length > 0) {
      for (const next of BREACH_TRANSITIONS[queue.shift()!]) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    expect([...reached].sort()).toEqual([...BREACH_STATUSES].sort());
  });

  it('lets only drafts with no exposures loaded be deleted', () => {
    expect(BREACH_STATUSES.filter((status) => canDelete({ status, exposureCount: 0 }))).toEqual(['draft']);
    expect(BREACH_STATUSES.filter((status) => canDelete({ status, exposureCount: 1 }))).toEqual([]);
  });
});

describe('second approval (SPEC §3.9)', () => {
  const requester = 'a0000000-0000-4000-8000-000000000001';
  const other = 'a0000000-0000-4000-8000-000000000002';
  const context = (overrides: Partial<TransitionContext> = {}): TransitionContext => ({
    threshold: 100,
    actorId: requester,
    requesterId: null,
    reason: 'Samples checked against the company records.',
    ...overrides,
  });

  it('needs a second regulator only above the threshold', () => {
    expect(needsSecondApproval(100, 100)).toBe(false);
    expect(needsSecondApproval(101, 100)).toBe(true);
    expect(needsSecondApproval(0, 0)).toBe(false);
    fc.assert(fc.property(fc.nat(), fc.nat(), (people, threshold) => needsSecondApproval(people, threshold) === people > threshold));
  });

  it('confirms an investigating breach at or below the threshold, and puts it in awaiting-approval above it', () => {
    expect(decideTransition('investigating', 'confirmed', context({ wouldRestrict: 100 }))).toEqual({ outcome: 'move', to: 'confirmed', step: 'transitioned' });
    expect(decideTransition('investigating', 'confirmed', context({ wouldRestrict: 101 }))).toEqual({
      outcome: 'move',
      to: 'awaiting-approval',
      step: 'approval-requested',
    });
  });

  it('lets anyone but the requester approve', () => {
    expect(decideTransition('awaiting-approval', 'confirmed', context({ requesterId: requester, actorId: other }))).toEqual({
      outcome: 'move',
      to: 'confirmed',
      step: 'approved',
    });
    expect(decideTransition('awaiting-approval', 'confirmed', context({ requesterId: requester, actorId: requester }))).toEqual({ outcome: 'own-request' });
  });

  it('declines back to investigating with a reason of at least 10 characters, the requester included', () => {
    for (const actorId of [requester, other]) {
      expect(decideTransition('awaiting-approval', 'investigating', context({ requesterId: requester, actorId }))).toEqual({
        outcome: 'move',
        to: 'investigating',
        step: 'declined',
      });
    }
    expect(decideTransition('awaiting-approval', 'investigating', context({ requesterId: requester, reason: '  0123456789 ' }))).toEqual({
      outcome: 'move',
      to: 'investigating',
      step: 'declined',
    });
    expect(decideTransition('awaiting-approval', 'investigating', context({ requesterId: requester, reason: '   short   ' }))).toEqual({
      outcome: 'reason-too-short',
      minLength: 10,
    });
  });

  it('never lets awaiting-approval be asked for by name, nor names it among the allowed moves', () => {
    for (const from of BREACH_STATUSES) {
      expect(requestableTransitions(from)).not.toContain('awaiting-approval');
      expect(decideTransition(from, 'awaiting-approval', context({ wouldRestrict: 1_000 }))).toEqual({ outcome: 'illegal', allowed: requestableTransitions(from) });
    }
    expect(decideTransition('awaiting-approval', 'rejected', context())).toEqual({ outcome: 'illegal', allowed: ['confirmed', 'investigating'] });
    expect(decideTransition('confirmed', 'investigating', context())).toEqual({ outcome: 'illegal', allowed: ['closed', 'retracted'] });
  });

  it('decides every other legal move as the plain lifecycle does', () => {
    for (const from of BREACH_STATUSES) {
      for (const to of requestableTransitions(from)) {
        if (from === 'awaiting-approval' || (from === 'investigating' && to === 'confirmed')) continue;
        expect(decideTransition(from, to, context())).toEqual({ outcome: 'move', to, step: 'transitioned' });
      }
    }
  });
});

/** An instant given in Almaty local time (UTC+5 from March 2024). */
const almaty = (local: string) => new Date(`${local}+05:00`);

describe('what a confirmed breach restricts', () => {
  const DAY = 86_400_000;
  const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
  const CONFIRMED = new Date('2025-03-01T00:00:00Z');
  const RESTRICTION = { startsAt: CONFIRMED, endsAt: plusDays(CONFIRMED, 90) };
  const instants = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true });
  const restrictionDays = fc.integer({ min: 1, max: 365 });

  it('restricts only while confirmed or closed', () => {
    expect(BREACH_STATUSES.filter(breachRestricts)).toEqual(['confirmed', 'closed']);
  });

  it('restricts only people named by an IIN: phones and e-mails alone restrict no one', () => {
    expect(IDENTIFIER_KINDS.filter(identifierRestricts)).toEqual(['iin']);
  });

  it('restricts from the confirmation for restrictionDays', () => {
    expect(breachRestrictionPeriod(CONFIRMED, CONFIRMED, 90)).toEqual(RESTRICTION);
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 400 * DAY }), restrictionDays, (confirmedAt, earlier, days) => {
        const period = breachRestrictionPeriod(confirmedAt, new Date(confirmedAt.getTime() - earlier), days);
        expect(period.startsAt).toEqual(confirmedAt);
        expect(period.endsAt.getTime() - period.startsAt.getTime()).toBe(days * DAY);
      }),
    );
  });

  it('restricts an IIN loaded into an already confirmed breach from its load, for restrictionDays', () => {
    const loadedAt = new Date('2025-04-15T12:30:00Z');
    expect(breachRestrictionPeriod(CONFIRMED, loadedAt, 30)).toEqual({ startsAt: loadedAt, endsAt: plusDays(loadedAt, 30) });
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 400 * DAY }), restrictionDays, (confirmedAt, later, days) => {
        const loaded = new Date(confirmedAt.getTime() + later);
        const period = breachRestrictionPeriod(confirmedAt, loaded, days);
        expect(period.startsAt).toEqual(loaded);
        expect(period.endsAt).toEqual(plusDays(loaded, days));
      }),
    );
  });
});

describe('reporting deadline: one business day after the day of discovery (Almaty time)', () => {
  it.each([
    ['Monday morning → end of Tuesday', '2025-11-24T09:00:00', '2025-11-25T23:59:59.999'],
    ['Monday one minute before midnight → still end of Tuesday', '2025-11-24T23:59:00', '2025-11-25T23:59:59.999'],
    ['Monday at midnight is Tuesday → end of Wednesday', '2025-11-25T00:00:00', '2025-11-26T23:59:59.999'],
    ['Friday → end of Monday', '2025-11-28T17:30:00', '2025-12-01T23:59:59.999'],
    ['Saturday → end of Monday', '2025-11-29T10:00:00', '2025-12-01T23:59:59.999'],
    ['Sunday → end of Monday', '2025-11-30T23:00:00', '2025-12-01T23:59:59.999'],
    ['the day before Nauryz → after it', '2025-03-20T12:00:00', '2025-03-26T23:59:59.999'],
    ['on a holiday (Independence Day, Tuesday) → end of Wednesday', '2025-12-16T12:00:00', '2025-12-17T23:59:59.999'],
    ['on a carried-over day off → the next business day', '2025-10-27T08:00:00', '2025-10-28T23:59:59.999'],
    ['on New Year’s Eve → over the holidays and the weekend', '2025-12-31T22:00:00', '2026-01-05T23:59:59.999'],
    ['on Kurban Ait (Friday) → end of Monday', '2025-06-06T10:00:00', '2025-06-09T23:59:59.999'],
  ])('%s', (_label, discovered, deadline) => {
    expect(reportingDeadline(almaty(discovered))).toEqual(almaty(deadline));
  });

  it('takes the day in Almaty time: late Friday evening UTC is already Saturday in Almaty', () => {
    // 2025-11-28T20:00Z is Saturday 01:00 in Almaty: due end of Monday, as for any Saturday.
    expect(reportingDeadline(new Date('2025-11-28T20:00:00Z'))).toEqual(almaty('2025-12-01T23:59:59.999'));
    // Before March 2024 Almaty was UTC+6: 2023-06-02T18:30Z is Saturday 00:30 there.
    expect(reportingDeadline(new Date('2023-06-02T18:30:00Z'))).toEqual(new Date('2023-06-05T23:59:59.999+06:00'));
  });

  it('is on time at the deadline and late a millisecond after', () => {
    const discovered = almaty('2025-11-28T17:30:00');
    expect(isReportedLate(discovered, almaty('2025-12-01T23:59:59.999'))).toBe(false);
    expect(isReportedLate(discovered, almaty('2025-12-02T00:00:00'))).toBe(true);
    expect(isReportedLate(discovered, discovered)).toBe(false);
  });

  it('counts a weekend report after a Thursday discovery as late only past the Friday deadline', () => {
    const discovered = almaty('2025-11-27T09:00:00');
    expect(isReportedLate(discovered, almaty('2025-11-28T23:00:00'))).toBe(false);
    expect(isReportedLate(discovered, almaty('2025-11-29T09:00:00'))).toBe(true);
  });

  const instants = fc.date({ min: new Date('2019-06-01T00:00:00Z'), max: new Date('2027-12-01T00:00:00Z'), noInvalidDate: true });
  const hours = fc.integer({ min: 0, max: 24 * 30 * 60 * 60 * 1000 });

  it('always falls at the last millisecond of a business day after the day of discovery, with none in between', () => {
    fc.assert(
      fc.property(instants, (discovered) => {
        const deadline = reportingDeadline(discovered);
        const day = almatyDay(deadline);
        expect(isBusinessDay(day)).toBe(true);
        expect(deadline).toEqual(endOfAlmatyDay(day));
        expect(day > almatyDay(discovered)).toBe(true);
        for (let instant = new Date(endOfAlmatyDay(almatyDay(discovered)).getTime() + 1); almatyDay(instant) < day; ) {
          expect(isBusinessDay(almatyDay(instant))).toBe(false);
          instant = new Date(endOfAlmatyDay(almatyDay(instant)).getTime() + 1);
        }
        // The longest run of days off (Nauryz with a weekend) keeps it within ten days.
        expect(deadline.getTime() - discovered.getTime()).toBeLessThan(10 * 24 * 3600_000);
        expect(deadline.getTime() - discovered.getTime()).toBeGreaterThan(24 * 3600_000 - 1);
      }),
    );
  });

  it('never moves earlier for a later discovery', () => {
    fc.assert(
      fc.property(instants, hours, (discovered, later) => {
        expect(reportingDeadline(new Date(discovered.getTime() + later)).getTime()).toBeGreaterThanOrEqual(reportingDeadline(discovered).getTime());
      }),
    );
  });

  it('makes a later report never less late, and a same-day report never late', () => {
    fc.assert(
      fc.property(instants, hours, hours, (discovered, delay, extra) => {
        const reported = new Date(discovered.getTime() + delay);
        if (isReportedLate(discovered, reported)) expect(isReportedLate(discovered, new Date(reported.getTime() + extra))).toBe(true);
        if (almatyDay(reported) === almatyDay(discovered)) expect(isReportedLate(discovered, reported)).toBe(false);
      }),
    );
  });
});

describe('reporting delay in hours', () => {
  it('counts wall-clock hours, weekends included, to one decimal, halves up', () => {
    const discovered = almaty('2025-11-28T17:30:00');
    expect(reportingDelayHours(discovered, discovered)).toBe(0);
    expect(reportingDelayHours(discovered, almaty('2025-11-29T19:45:00'))).toBe(26.3); // 26 h 15 min
    expect(reportingDelayHours(discovered, almaty('2025-11-28T17:32:59'))).toBe(0); // 0.0497 h
    expect(reportingDelayHours(discovered, almaty('2025-11-28T17:33:00'))).toBe(0.1); // 0.05 h
    expect(reportingDelayHours(discovered, almaty('2025-12-01T17:30:00'))).toBe(72);
  });

  it('is within 0.05 h of the exact delay and never decreases as the report comes later', () => {
    const instants = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true });
    const delays = fc.integer({ min: 0, max: 5 * 365 * 24 * 3600_000 });
    fc.assert(
      fc.property(instants, delays, delays, (discovered, delay, extra) => {
        const hours = reportingDelayHours(discovered, new Date(discovered.getTime() + delay));
        expect(Math.abs(hours - delay / 3600_000)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.round(hours * 10)).toBeCloseTo(hours * 10, 6);
        expect(reportingDelayHours(discovered, new Date(discovered.getTime() + delay + extra))).toBeGreaterThanOrEqual(hours);
      }),
    );
  });
});

describe('sensitivity', () => {
  it('is forced for health and biometric data and otherwise follows the request, default no', () => {
    expect(isSensitive(['health'], false)).toBe(true);
    expect(isSensitive(['iin', 'biometric'], undefined)).toBe(true);
    expect(isSensitive(['iin', 'phone'], undefined)).toBe(false);
    expect(isSensitive(['iin', 'phone'], true)).toBe(true);
    fc.assert(
      fc.property(fc.subarray([...DATA_CLASSES] as DataClass[], { minLength: 1 }), fc.option(fc.boolean(), { nil: undefined }), (classes, requested) => {
        expect(isSensitive(classes, requested)).toBe(classes.includes('health') || classes.includes('biometric') || requested === true);
      }),
    );
  });
});

describe('breach dates', () => {
  const now = new Date('2025-11-22T10:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('accepts occurred ≤ discovered ≤ reported ≤ now, equal times and a missing occurredAt included', () => {
    expect(checkBreachDates({ occurredAt: at('2025-11-01T00:00:00Z'), discoveredAt: at('2025-11-02T00:00:00Z'), reportedAt: now }, now)).toEqual({});
    expect(checkBreachDates({ occurredAt: now, discoveredAt: now, reportedAt: now }, now)).toEqual({});
    expect(checkBreachDates({ occurredAt: null, discoveredAt: at('2025-11-02T00:00:00Z'), reportedAt: at('2025-11-03T00:00:00Z') }, now)).toEqual({});
    expect(checkBreachDates({ occurredAt: null, discoveredAt: now, reportedAt: new Date(now.getTime() + CLOCK_SKEW_MS) }, now)).toEqual({});
  });

  it('names each field that is in the future', () => {
    const future = new Date(now.getTime() + CLOCK_SKEW_MS + 1);
    expect(checkBreachDates({ occurredAt: future, discoveredAt: future, reportedAt: future }, now)).toEqual({
      occurredAt: 'must not be in the future',
      discoveredAt: 'must not be in the future',
      reportedAt: 'must not be in the future',
    });
  });

  it('blames an out-of-order pair on its later field', () => {
    expect(checkBreachDates({ occurredAt: at('2025-11-05T00:00:00Z'), discoveredAt: at('2025-11-02T00:00:00Z'), reportedAt: now }, now)).toEqual({
      discoveredAt: expect.stringMatching(/before occurredAt/),
    });
    expect(checkBreachDates({ occurredAt: null, discoveredAt: at('2025-11-05T00:00:00Z'), reportedAt: at('2025-11-02T00:00:00Z') }, now)).toEqual({
      reportedAt: expect.stringMatching(/before discoveredAt/),
    });
  });

  it('does not compare with a field already refused, and refuses dates before 2000', () => {
    const future = new Date(now.getTime() + 3600_000);
    expect(checkBreachDates({ occurredAt: null, discoveredAt: future, reportedAt: now }, now)).toEqual({ discoveredAt: 'must not be in the future' });
    expect(checkBreachDates({ occurredAt: at('1999-12-31T23:59:59Z'), discoveredAt: now, reportedAt: now }, now)).toEqual({
      occurredAt: 'must not be before 2000-01-01',
    });
  });
});

describe('the breach list’s filter', () => {
  it('reads every filter, one value or a list', () => {
    expect(
      parseBreachFilter({
        status: 'confirmed',
        companyId: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e', 'nonsense'],
        dataClass: ['iin', 'phone'],
        late: 'true',
        published: false,
        sensitive: null,
        q: '  Kaspi   утечка ',
        id: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
      }),
    ).toEqual({
      statuses: ['confirmed'],
      companyIds: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
      dataClasses: ['iin', 'phone'],
      late: true,
      published: false,
      words: ['Kaspi', 'утечка'],
      ids: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
    });
    expect(parseBreachFilter({})).toEqual({});
  });

  it('takes a bare date as the whole day in Almaty, both ends included', () => {
    expect(parseBreachFilter({ reportedFrom: '2025-03-10', reportedTo: '2025-03-10' })).toEqual({
      reportedFrom: new Date('2025-03-09T19:00:00.000Z'),
      reportedTo: new Date('2025-03-10T18:59:59.999Z'),
    });
    expect(parseBreachFilter({ reportedFrom: '2023-03-10' }).reportedFrom).toEqual(new Date('2023-03-09T18:00:00.000Z'));
    expect(parseBreachFilter({ reportedTo: '2025-03-10T12:00:00+05:00' }).reportedTo).toEqual(new Date('2025-03-10T07:00:00Z'));
  });

  it('names each filter it cannot read', () => {
    try {
      parseBreachFilter({ status: ['draft', 'gone'], dataClass: 'dna', late: 'yes', reportedFrom: '2025-02-30', reportedTo: 5 });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationException);
      expect(Object.keys((error as ValidationException).errors).sort()).toEqual([
        'filter.dataClass',
        'filter.late',
        'filter.reportedFrom',
        'filter.reportedTo',
        'filter.status',
      ]);
    }
  });

  it('never throws anything but a validation error, whatever the filter', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('status', 'companyId', 'dataClass', 'reportedFrom', 'reportedTo', 'late', 'q', 'id', 'other'), fc.jsonValue()), (filter) => {
        try {
          parseBreachFilter(filter as Record<string, unknown>);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationException);
        }
      }),
    );
  });
});

describe('ISO date-times', () => {
  it.each([
    ['2025-03-01T09:30:00Z', true],
    ['2025-03-01T09:30Z', true],
    ['2025-03-01T09:30:00.123456+05:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2025-02-29T00:00:00Z', false],
    ['2025-04-31T00:00:00Z', false],
    ['2025-03-01T24:30:00Z', false],
    ['2025-03-01T09:30:00', false],
    ['2025-03-01', false],
    ['1 March 2025', false],
  ])('%s is one: %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });
});

describe('the dashboard’s months', () => {
  it('are the twelve UTC months up to the current one, oldest first, across a year end', () => {
    expect(lastTwelveMonths(new Date('2026-02-15T00:00:00Z'))).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(lastTwelveMonths(new Date('2025-12-31T23:59:59Z'))[11]).toBe('2025-12');
  });
});
