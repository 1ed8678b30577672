import { HOLIDAYS_KNOWN_FROM, HOLIDAYS_KNOWN_UNTIL, KURBAN_AIT, addDays, isKazakhstanHoliday, isWeekend, kazakhstanHolidays } from './kazakhstan-holidays';

const daysOff = (year: number) => kazakhstanHolidays(year).map((holiday) => holiday.date);

describe('Kazakhstan holidays', () => {
  it('lists 2025 with the weekend holidays carried over to the next working day', () => {
    expect(daysOff(2025)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-07',
      '2025-03-08',
      '2025-03-10', // 8 March was a Saturday
      '2025-03-21',
      '2025-03-22',
      '2025-03-23',
      '2025-03-24', // Nauryz 22 (Saturday) carried over
      '2025-03-25', // Nauryz 23 (Sunday) carried over
      '2025-05-01',
      '2025-05-07',
      '2025-05-09',
      '2025-06-06', // Kurban Ait
      '2025-07-06',
      '2025-07-07', // Capital Day was a Sunday
      '2025-08-30',
      '2025-09-01', // Constitution Day was a Saturday
      '2025-10-25',
      '2025-10-27', // Republic Day was a Saturday
      '2025-12-16',
    ]);
  });

  it('lists 2021 under the old regime: First President’s Day, two days of Independence, no Republic Day', () => {
    expect(daysOff(2021)).toEqual([
      '2021-01-01',
      '2021-01-02',
      '2021-01-04', // 2 January was a Saturday
      '2021-01-07',
      '2021-03-08',
      '2021-03-21',
      '2021-03-22',
      '2021-03-23',
      '2021-03-24', // 21 March was a Sunday; 22 and 23 are holidays themselves
      '2021-05-01',
      '2021-05-03',
      '2021-05-07',
      '2021-05-09',
      '2021-05-10',
      '2021-07-06',
      '2021-07-20',
      '2021-08-30',
      '2021-12-01',
      '2021-12-16',
      '2021-12-17',
    ]);
  });

  it('carries two weekend holidays in a row to two working days (1–4 January 2022)', () => {
    expect(daysOff(2022).slice(0, 5)).toEqual(['2022-01-01', '2022-01-02', '2022-01-03', '2022-01-04', '2022-01-07']);
    // 7 May 2022 was a Saturday, 9 May a Monday: the day off moves past Victory Day to Tuesday.
    expect(daysOff(2022)).toEqual(expect.arrayContaining(['2022-05-07', '2022-05-09', '2022-05-10']));
    expect(daysOff(2022)).not.toContain('2022-12-01');
    expect(daysOff(2022)).not.toContain('2022-12-17');
    expect(daysOff(2022)).toContain('2022-10-25');
  });

  it('never carries the religious holidays over', () => {
    // Orthodox Christmas on a Sunday (2024) and Kurban Ait on a Saturday (2022) or Sunday (2024).
    expect(daysOff(2024)).toContain('2024-01-07');
    expect(daysOff(2024)).not.toContain('2024-01-08');
    expect(daysOff(2022)).not.toContain('2022-07-11');
    expect(daysOff(2024)).not.toContain('2024-06-17');
  });

  it('moves a carried-over day past a holiday that follows the weekend (1 January 2023 → 3 January)', () => {
    expect(daysOff(2023).slice(0, 4)).toEqual(['2023-01-01', '2023-01-02', '2023-01-03', '2023-01-07']);
    expect(isKazakhstanHoliday('2023-12-18')).toBe(true); // Independence Day was a Saturday
  });

  it('has Kurban Ait for every year it claims to know, and every carried-over day is a working weekday otherwise', () => {
    for (let year = HOLIDAYS_KNOWN_FROM; year <= HOLIDAYS_KNOWN_UNTIL; year++) {
      const holidays = kazakhstanHolidays(year);
      expect(holidays.filter((holiday) => holiday.name === 'Kurban Ait').map((holiday) => holiday.date)).toEqual([KURBAN_AIT[year]]);
      const weekendHolidays = holidays.filter((holiday) => holiday.kind === 'holiday' && isWeekend(holiday.date));
      const carried = holidays.filter((holiday) => holiday.kind === 'carried-over');
      expect(carried).toHaveLength(weekendHolidays.length);
      for (const day of carried) expect(isWeekend(day.date)).toBe(false);
      expect(new Set(holidays.map((holiday) => holiday.date)).size).toBe(holidays.length);
    }
  });

  it('knows this year’s Kurban Ait (add the next years to KURBAN_AIT before they start)', () => {
    expect(KURBAN_AIT[new Date().getUTCFullYear()]).toBeDefined();
  });

  it('does calendar arithmetic across month and year ends, leap days included', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(isWeekend('2025-11-22')).toBe(true);
    expect(isWeekend('2025-11-24')).toBe(false);
  });
});
