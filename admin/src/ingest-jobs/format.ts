import { formattingLocale } from '../i18n/formatting';

/**
 * Sizes, rates and durations of an upload in the reader's locale, with Intl's own units
 * ("12,5 МБ", "3 min"): no unit words in our catalogues to keep in step.
 */
const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export const formatBytes = (bytes: number, locale: string): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(formattingLocale(locale), {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
};

export const formatNumber = (value: number, locale: string): string => new Intl.NumberFormat(formattingLocale(locale)).format(value);

export const formatPercent = (share: number, locale: string): string =>
  new Intl.NumberFormat(formattingLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Seconds as "45 s", "3 min 20 s" or "1 h 5 min". */
export const formatDuration = (seconds: number, locale: string): string => {
  const format = (value: number, unit: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(formattingLocale(locale), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) return minutes > 0 ? `${format(hours, 'hour')} ${format(minutes, 'minute')}` : format(hours, 'hour');
  if (minutes > 0) return rest > 0 ? `${format(minutes, 'minute')} ${format(rest, 'second')}` : format(minutes, 'minute');
  return format(rest, 'second');
};
