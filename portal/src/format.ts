import type { Lang } from './i18n';

/** Intl locales of the portal's languages: dates and numbers read the way each language writes them. */
export const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** A calendar date in Almaty time, e.g. "25 November 2025". */
export const formatDate = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Almaty' }).format(new Date(iso));

export const formatNumber = (lang: Lang, value: number) => new Intl.NumberFormat(LOCALES[lang]).format(value);

export const formatPercent = (lang: Lang, share: number) =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A month key `YYYY-MM` as "Nov 2025". */
export const formatMonth = (lang: Lang, month: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** Hours as days and hours when over a day: "3 days 4 hours" reads better than "76 hours". */
export const formatDuration = (lang: Lang, hours: number) => {
  const whole = Math.round(hours);
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  const unit = (value: number, unitName: 'day' | 'hour') =>
    new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(value);
  if (days === 0) return unit(whole, 'hour');
  return rest === 0 ? unit(days, 'day') : `${unit(days, 'day')} ${unit(rest, 'hour')}`;
};
