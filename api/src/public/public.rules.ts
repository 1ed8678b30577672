import type { BreachStatus } from '@qorgau/shared';
import { createHash } from 'node:crypto';

/** Only these statuses appear publicly (SPEC §3.1), and only when published and not sensitive (§3.5). */
export const PUBLIC_STATUSES: readonly BreachStatus[] = ['confirmed', 'closed'];

export function isPublicBreach(breach: { status: BreachStatus; published: boolean; sensitive: boolean }): boolean {
  return breach.published && !breach.sensitive && PUBLIC_STATUSES.includes(breach.status);
}

// ── Statistics ─────────────────────────────────────────────────────────────────────────────

/** `YYYY-MM` of an instant, in UTC. */
export function monthOf(instant: Date): string {
  return instant.toISOString().slice(0, 7);
}

/**
 * Every month from `first` to `last` (`YYYY-MM`, inclusive) with its count, months without one as 0,
 * so that a chart's axis is time and not just the months that happened to have breaches.
 */
export function monthSeries(counts: ReadonlyMap<string, number>, first: string, last: string): { month: string; breaches: number }[] {
  const series: { month: string; breaches: number }[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let key = first; key <= last; ) {
    series.push({ month: key, breaches: counts.get(key) ?? 0 });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return series;
}

/** Late reports as a share of all, 0–1; 0 when there is nothing to divide. */
export function lateShare(late: number, total: number): number {
  return total === 0 ? 0 : late / total;
}

// ── Open data ──────────────────────────────────────────────────────────────────────────────

export type CsvCell = string | number | boolean | null;

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading apostrophe, as OWASP advises against CSV injection; numbers and flags are left as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header, rows, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

// ── HTTP caching ───────────────────────────────────────────────────────────────────────────

/** A strong entity tag: the SHA-256 of the exact bytes sent. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether `If-None-Match` names the current representation (RFC 9110 §13.1.2: `*`, or a list of
 * tags compared weakly, so `W/"x"` matches `"x"`).
 */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
