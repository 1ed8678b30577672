import { addDays, formatDay, isKazakhstanHoliday, isWeekend } from './kazakhstan-holidays';

/**
 * Business days in Kazakhstan (SPEC §3.5): Monday to Friday in Asia/Almaty time, less the public
 * holidays and their statutory carry-overs (see kazakhstan-holidays.ts). Calendar days are
 * `YYYY-MM-DD` strings.
 *
 * Asia/Almaty time is UTC+06:00 until Kazakhstan moved to a single zone, when clocks went back an
 * hour at 2024-03-01 00:00 local time, and UTC+05:00 since. Neither has daylight saving. The table
 * is written out rather than read from the runtime's time-zone data, so the same instant always
 * falls on the same day whatever Node version runs the registry.
 */
export const ALMATY_UTC_PLUS_FIVE_SINCE = new Date('2024-02-29T18:00:00Z');

const MINUTE = 60_000;

/** Minutes Asia/Almaty is ahead of UTC at `instant`. */
export function almatyOffsetMinutes(instant: Date): number {
  return instant.getTime() < ALMATY_UTC_PLUS_FIVE_SINCE.getTime() ? 360 : 300;
}

/** The calendar day in Almaty at `instant`. */
export function almatyDay(instant: Date): string {
  return formatDay(new Date(instant.getTime() + almatyOffsetMinutes(instant) * MINUTE));
}

/** The first instant of `day` in Almaty. */
export function startOfAlmatyDay(day: string): Date {
  const localMidnight = Date.parse(`${day}T00:00:00Z`);
  // The UTC instant whose Almaty offset agrees with the one assumed; +05:00 first, so that the
  // day of the switch (2024-02-29) runs to 2024-03-01 00:00 in the new offset and lasts 25 hours.
  for (const offset of [300, 360]) {
    const instant = new Date(localMidnight - offset * MINUTE);
    if (almatyOffsetMinutes(instant) === offset) return instant;
  }
  throw new Error(`No start of day for ${day}`);
}

/** The last millisecond of `day` in Almaty (23:59:59.999 local time). */
export function endOfAlmatyDay(day: string): Date {
  return new Date(startOfAlmatyDay(addDays(day, 1)).getTime() - 1);
}

export function isBusinessDay(day: string): boolean {
  return !isWeekend(day) && !isKazakhstanHoliday(day);
}

/** The first business day strictly after `day`. */
export function nextBusinessDay(day: string): string {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}
