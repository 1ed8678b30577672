import type { Lang } from './i18n';

/** Intl locales of the portal's languages: dates and numbers read the way each language writes them. */
export const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

// Browsers ship no Kazakh month or unit names (Chromium prints "2025 M11 25" and "3 days"), so
// Kazakh dates and durations are spelled here; Russian and English come from Intl.
const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const KAZAKH_UNITS = { day: 'күн', hour: 'сағат' } as const;

/** The calendar parts of a moment in a time zone, as numbers. */
function partsOf(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
    .formatToParts(date)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return { year: parts.year, month: Number(parts.month), day: Number(parts.day), time: `${parts.hour}:${parts.minute}` };
}

/** A calendar date in Almaty time, e.g. "25 November 2025", "25 қараша 2025 ж.". */
export function formatDate(lang: Lang, iso: string): string {
  if (lang === 'kk') {
    const { year, month, day } = partsOf(new Date(iso), 'Asia/Almaty');
    return `${day} ${KAZAKH_MONTHS[month - 1]} ${year} ж.`;
  }
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Almaty' }).format(new Date(iso));
}

/** A moment in Almaty time, e.g. "3 December 2025, 14:30". */
export function formatDateTime(lang: Lang, iso: string): string {
  if (lang === 'kk') return `${formatDate(lang, iso)}, ${partsOf(new Date(iso), 'Asia/Almaty').time}`;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(new Date(iso));
}

export const formatNumber = (lang: Lang, value: number) => new Intl.NumberFormat(LOCALES[lang]).format(value);

export const formatPercent = (lang: Lang, share: number) =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A month key `YYYY-MM` as "Nov 2025", "қараша 2025". */
export function formatMonth(lang: Lang, month: string): string {
  if (lang === 'kk') return `${KAZAKH_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Hours as days and hours when over a day: "3 days 4 hours" reads better than "76 hours". */
export const formatDuration = (lang: Lang, hours: number) => {
  const whole = Math.round(hours);
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  const unit = (value: number, unitName: 'day' | 'hour') =>
    lang === 'kk'
      ? `${formatNumber(lang, value)} ${KAZAKH_UNITS[unitName]}`
      : new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(value);
  if (days === 0) return unit(whole, 'hour');
  return rest === 0 ? unit(days, 'day') : `${unit(days, 'day')} ${unit(rest, 'hour')}`;
};
