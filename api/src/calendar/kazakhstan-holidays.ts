/**
 * Kazakhstan's public holidays that are days off (the Law on Holidays and the Labour Code), for
 * deciding business days (SPEC §3.5). Dates are calendar days in Kazakhstan, `YYYY-MM-DD`.
 *
 * What is counted:
 * - the fixed-date holidays of each year (see {@link FIXED_HOLIDAYS}, with the years each applies);
 * - the first day of Kurban Ait, whose date the Spiritual Administration of Muslims sets each
 *   year ({@link KURBAN_AIT}, known for 2020–2027);
 * - the statutory carry-over: a national or state holiday falling on a Saturday or Sunday moves the
 *   day off to the next working day after the holiday — except the religious holidays (Orthodox
 *   Christmas, Kurban Ait), which are never carried over. This follows from the law itself, so it
 *   is computed here, not listed.
 *
 * What is not: the extra transfers of days off the government decrees for some years (a working
 * Saturday swapped for a bridge day). They are one-off decisions, not law; a deadline falling on
 * such a bridge day is treated as a business day.
 *
 * Outside 2020–2027 Kurban Ait is unknown and left out, and the fixed holidays of the nearest
 * known regime are used: add the next years' Kurban Ait here before they begin (a unit test fails
 * when the current year is not covered).
 */

export type HolidayKind = 'holiday' | 'religious' | 'carried-over';

export interface Holiday {
  date: string;
  kind: HolidayKind;
  name: string;
}

interface FixedHoliday {
  /** `MM-DD` */
  day: string;
  name: string;
  religious?: boolean;
  /** Inclusive years the holiday is a day off; open ends are unbounded. */
  from?: number;
  until?: number;
}

/** The first and last years whose holidays are fully known (Kurban Ait included). */
export const HOLIDAYS_KNOWN_FROM = 2020;
export const HOLIDAYS_KNOWN_UNTIL = 2027;

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { day: '01-01', name: 'New Year' },
  { day: '01-02', name: 'New Year' },
  { day: '01-07', name: 'Orthodox Christmas', religious: true },
  { day: '03-08', name: "International Women's Day" },
  { day: '03-21', name: 'Nauryz' },
  { day: '03-22', name: 'Nauryz' },
  { day: '03-23', name: 'Nauryz' },
  { day: '05-01', name: 'Unity Day of the People of Kazakhstan' },
  { day: '05-07', name: 'Defender of the Fatherland Day' },
  { day: '05-09', name: 'Victory Day' },
  { day: '07-06', name: 'Capital Day' },
  { day: '08-30', name: 'Constitution Day' },
  // Restored as a day off in 2022 (by the same amendment that ended First President's Day).
  { day: '10-25', name: 'Republic Day', from: 2022 },
  // First President's Day, abolished in 2022.
  { day: '12-01', name: "First President's Day", until: 2021 },
  { day: '12-16', name: 'Independence Day' },
  // Independence Day lasted two days until 2021.
  { day: '12-17', name: 'Independence Day', until: 2021 },
];

/** The first day of Kurban Ait, a religious holiday (never carried over). 2027 is provisional. */
export const KURBAN_AIT: Readonly<Record<number, string>> = {
  2020: '2020-07-31',
  2021: '2021-07-20',
  2022: '2022-07-09',
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
};

const cache = new Map<number, readonly Holiday[]>();

/** Every day off of `year` that is a holiday or a holiday carried over, in date order. */
export function kazakhstanHolidays(year: number): readonly Holiday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = computeHolidays(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/** Whether `date` (`YYYY-MM-DD`) is a holiday or a carried-over day off. */
export function isKazakhstanHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  // A late-December holiday on a weekend could carry over into the next year.
  return [year, year - 1].some((listed) => kazakhstanHolidays(listed).some((holiday) => holiday.date === date));
}

function computeHolidays(year: number): Holiday[] {
  // The regime of the nearest known year: 2020's before 2020, the current one after 2027.
  const regimeYear = Math.min(Math.max(year, HOLIDAYS_KNOWN_FROM), HOLIDAYS_KNOWN_UNTIL);
  const holidays: Holiday[] = FIXED_HOLIDAYS.filter(
    (fixed) => (fixed.from === undefined || regimeYear >= fixed.from) && (fixed.until === undefined || regimeYear <= fixed.until),
  ).map((fixed) => ({ date: `${pad(year, 4)}-${fixed.day}`, kind: fixed.religious ? 'religious' : 'holiday', name: fixed.name }));
  const kurbanAit = KURBAN_AIT[year];
  if (kurbanAit) holidays.push({ date: kurbanAit, kind: 'religious', name: 'Kurban Ait' });
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const taken = new Set(holidays.map((holiday) => holiday.date));
  const carried: Holiday[] = [];
  for (const holiday of holidays) {
    if (holiday.kind !== 'holiday' || !isWeekend(holiday.date)) continue;
    let day = holiday.date;
    do day = addDays(day, 1);
    while (isWeekend(day) || taken.has(day));
    taken.add(day);
    carried.push({ date: day, kind: 'carried-over', name: `${holiday.name} (carried over from ${holiday.date})` });
  }
  return [...holidays, ...carried].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// Calendar-day arithmetic on `YYYY-MM-DD` strings, through UTC dates (no time zone involved).

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return formatDay(next);
}

/** The `YYYY-MM-DD` of a UTC date. */
export function formatDay(utcDate: Date): string {
  return `${pad(utcDate.getUTCFullYear(), 4)}-${pad(utcDate.getUTCMonth() + 1, 2)}-${pad(utcDate.getUTCDate(), 2)}`;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
