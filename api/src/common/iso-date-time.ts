import { ValidateBy } from 'class-validator';

/** `2025-03-01T09:30:00Z` or with an offset (`+05:00`); seconds and fractions optional. A bare date or local time is ambiguous. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return false;
  const time = Date.parse(value);
  // Date.parse rolls 31 February over into March: the calendar date must survive the round trip.
  if (Number.isNaN(time)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

export const IsIsoDateTime = () =>
  ValidateBy({
    name: 'isIsoDateTime',
    validator: {
      validate: isIsoDateTime,
      defaultMessage: () => 'must be an ISO 8601 date and time with a time zone, like 2025-03-01T09:30:00Z',
    },
  });
