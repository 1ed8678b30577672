import fc from 'fast-check';
import { almatyDay, almatyOffsetMinutes, endOfAlmatyDay, isBusinessDay, nextBusinessDay, startOfAlmatyDay } from './business-days';

describe('Almaty time', () => {
  it('is UTC+6 before 1 March 2024 and UTC+5 from then on', () => {
    expect(almatyOffsetMinutes(new Date('2024-02-29T17:59:59.999Z'))).toBe(360);
    expect(almatyOffsetMinutes(new Date('2024-02-29T18:00:00Z'))).toBe(300);
    expect(almatyDay(new Date('2023-06-01T18:00:00Z'))).toBe('2023-06-02'); // 00:00 at +06
    expect(almatyDay(new Date('2023-06-01T17:59:59Z'))).toBe('2023-06-01');
    expect(almatyDay(new Date('2025-06-01T19:00:00Z'))).toBe('2025-06-02'); // 00:00 at +05
    expect(almatyDay(new Date('2025-06-01T18:59:59Z'))).toBe('2025-06-01');
  });

  it('gives days their bounds in local time, the 25-hour day of the switch included', () => {
    expect(startOfAlmatyDay('2025-01-10').toISOString()).toBe('2025-01-09T19:00:00.000Z');
    expect(endOfAlmatyDay('2025-01-10').toISOString()).toBe('2025-01-10T18:59:59.999Z');
    expect(startOfAlmatyDay('2023-01-10').toISOString()).toBe('2023-01-09T18:00:00.000Z');
    expect(startOfAlmatyDay('2024-02-29').toISOString()).toBe('2024-02-28T18:00:00.000Z');
    expect(endOfAlmatyDay('2024-02-29').toISOString()).toBe('2024-02-29T18:59:59.999Z');
    expect(startOfAlmatyDay('2024-03-01').toISOString()).toBe('2024-02-29T19:00:00.000Z');
  });

  it('puts every instant between the start and the end of its own day', () => {
    const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (instant) => {
        const day = almatyDay(instant);
        expect(startOfAlmatyDay(day).getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(endOfAlmatyDay(day).getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(almatyDay(startOfAlmatyDay(day))).toBe(day);
        expect(almatyDay(endOfAlmatyDay(day))).toBe(day);
        expect(almatyDay(new Date(endOfAlmatyDay(day).getTime() + 1))).not.toBe(day);
      }),
    );
  });
});

describe('business days', () => {
  it.each([
    ['2025-11-24', true], // Monday
    ['2025-11-28', true], // Friday
    ['2025-11-29', false], // Saturday
    ['2025-11-30', false], // Sunday
    ['2025-12-16', false], // Independence Day
    ['2025-03-24', false], // Nauryz carried over
    ['2025-06-06', false], // Kurban Ait
    ['2021-12-01', false], // First President's Day, then a holiday
    ['2022-12-01', true], // no longer
  ])('%s is a business day: %s', (day, expected) => {
    expect(isBusinessDay(day)).toBe(expected);
  });

  it.each([
    ['2025-11-24', '2025-11-25'], // Monday → Tuesday
    ['2025-11-28', '2025-12-01'], // Friday → Monday
    ['2025-11-29', '2025-12-01'], // Saturday → Monday
    ['2025-03-20', '2025-03-26'], // before Nauryz (21–25 March off)
    ['2025-03-22', '2025-03-26'], // during Nauryz
    ['2025-12-31', '2026-01-05'], // across the year end: 1–2 January, then the weekend
    ['2026-12-31', '2027-01-05'], // 1 January Friday, 2 January Saturday carried to Monday 4th
    ['2025-05-08', '2025-05-12'], // Thursday, then Victory Day and a weekend
  ])('the next business day after %s is %s', (day, expected) => {
    expect(nextBusinessDay(day)).toBe(expected);
  });

  it('never skips a business day and always lands on one', () => {
    const days = fc.integer({ min: 0, max: 365 * 12 }).map((offset) => {
      const date = new Date(Date.UTC(2019, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(days, (day) => {
        const next = nextBusinessDay(day);
        expect(next > day).toBe(true);
        expect(isBusinessDay(next)).toBe(true);
        for (let between = new Date(`${day}T00:00:00Z`); ; ) {
          between.setUTCDate(between.getUTCDate() + 1);
          const candidate = between.toISOString().slice(0, 10);
          if (candidate === next) break;
          expect(isBusinessDay(candidate)).toBe(false);
        }
      }),
    );
  });
});
