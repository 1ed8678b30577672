/**
 * Locale for Intl number and date formatting. Browsers often ship little or no CLDR data for
 * Kazakh (Debian's Chromium prints "2026 M11 22" and "12,345"); Kazakhstan writes numbers and
 * numeric dates like Russian does ("12 345", "22.11.2026"), so Kazakh borrows ru-KZ for those.
 * Only numeric formats are used, never month names, so no Russian words leak into Kazakh.
 */
export const formattingLocale = (locale: string): string => (locale === 'kk' ? 'ru-KZ' : locale);

export const NUMERIC_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

export const NUMERIC_DATE_TIME: Intl.DateTimeFormatOptions = { ...NUMERIC_DATE, hour: '2-digit', minute: '2-digit' };
