/**
 * Which days the dashboard's daily counts of inquiries hold (UTC days). A day is counted once it is
 * complete: its end is COMPLETE_AFTER_MS in the past, so that a check stamped just before midnight
 * and committed just after (group commit, a retry) is in the count.
 */
export const DAY_MS = 86_400_000;
export const COMPLETE_AFTER_MS = 5 * 60_000;
/** The dashboard's window is 30 days back from now: the day it starts in, and one more for safety, are the oldest ever needed. */
export const COUNTED_DAYS_BACK = 31;

/** The UTC midnight that starts the day holding `at`. */
export function startOfDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
}

/**
 * The days (their UTC midnights, oldest first) to count now, given the first day not counted yet
 * (null before the first run): from there, or from COUNTED_DAYS_BACK days ago if that is later, up
 * to the last complete day.
 */
export function daysToCount(countedUntil: Date | null, now: Date): Date[] {
  const oldestNeeded = startOfDay(now).getTime() - COUNTED_DAYS_BACK * DAY_MS;
  const from = Math.max(countedUntil?.getTime() ?? oldestNeeded, oldestNeeded);
  const until = startOfDay(new Date(now.getTime() - COMPLETE_AFTER_MS)).getTime();
  const days: Date[] = [];
  for (let day = from; day < until; day += DAY_MS) days.push(new Date(day));
  return days;
}
