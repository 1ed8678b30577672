import fc from 'fast-check';
import { COMPLETE_AFTER_MS, COUNTED_DAYS_BACK, DAY_MS, daysToCount, startOfDay } from './inquiry-daily-counts.rules';

const at = (iso: string) => new Date(iso);

describe('daysToCount', () => {
  it('starts COUNTED_DAYS_BACK days ago on the first run and stops before today', () => {
    const days = daysToCount(null, at('2026-03-15T10:00:00Z'));
    expect(days).toHaveLength(COUNTED_DAYS_BACK);
    expect(days[0]).toEqual(at('2026-02-12T00:00:00Z'));
    expect(days.at(-1)).toEqual(at('2026-03-14T00:00:00Z'));
  });

  it('leaves yesterday for the next run until it has been over for a few minutes', () => {
    expect(daysToCount(at('2026-03-14T00:00:00Z'), at('2026-03-15T00:04:59Z'))).toEqual([]);
    expect(daysToCount(at('2026-03-14T00:00:00Z'), at('2026-03-15T00:05:00Z'))).toEqual([at('2026-03-14T00:00:00Z')]);
  });

  it('goes on from where the last run stopped, never back over counted days', () => {
    expect(daysToCount(at('2026-03-15T00:00:00Z'), at('2026-03-15T23:00:00Z'))).toEqual([]);
    expect(daysToCount(at('2026-03-13T00:00:00Z'), at('2026-03-15T23:00:00Z'))).toEqual([at('2026-03-13T00:00:00Z'), at('2026-03-14T00:00:00Z')]);
  });

  it('counts consecutive whole days that end before now, and reach back at most COUNTED_DAYS_BACK', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), fc.option(fc.integer({ min: -100, max: 5 })), (nowMs, back) => {
        const now = new Date(nowMs);
        const countedUntil = back === null ? null : new Date(startOfDay(now).getTime() + back * DAY_MS);
        const days = daysToCount(countedUntil, now);
        days.forEach((day, index) => {
          expect(day.getTime() % DAY_MS).toBe(0);
          expect(day.getTime() + DAY_MS + COMPLETE_AFTER_MS).toBeLessThanOrEqual(nowMs);
          expect(day.getTime()).toBeGreaterThanOrEqual(startOfDay(now).getTime() - COUNTED_DAYS_BACK * DAY_MS);
          if (index > 0) expect(day.getTime() - days[index - 1].getTime()).toBe(DAY_MS);
        });
        if (days.length && countedUntil && countedUntil.getTime() > startOfDay(now).getTime() - COUNTED_DAYS_BACK * DAY_MS) expect(days[0]).toEqual(countedUntil);
      }),
    );
  });
});
