import type { BreachStatus, IdentifierKind } from '@qorgau/shared';

/**
 * The decisions of ingestion (SPEC §5.1) as pure functions: how a file's first line is read, how a
 * refused value is shown, which breaches take a load, and how progress is reported.
 */

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** At most this many refused values are kept, masked, with their line and reason. */
export const REJECT_SAMPLE_SIZE = 20;

/** A record longer than this is not a row of identifiers: the load fails with a clear message. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** How each kind is stored in `exposures.kind` (a smallint: 10M rows of text would cost more). */
export const KIND_CODES: Record<IdentifierKind, number> = { iin: 1, phone: 2, email: 3 };

/**
 * The delimiter of a file from its first line: the most frequent of `,` `;` and tab outside quotes;
 * a comma when there is none (a single column).
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === ',' || character === ';' || character === '\t')) counts[character]++;
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS) if (counts[delimiter] > counts[best]) best = delimiter;
  return best;
}

/** Header names per kind, compared lower-cased with everything but letters and digits removed. */
const HEADER_NAMES: Record<IdentifierKind, readonly string[]> = {
  iin: ['iin', 'иин', 'жсн'],
  phone: ['phone', 'phonenumber', 'mobile', 'tel', 'телефон', 'тел', 'телефонномері', 'номертелефона'],
  email: ['email', 'mail', 'почта', 'элпочта', 'электроннаяпочта', 'электрондықпошта'],
};

/** The kind a header cell names (`IIN`, `ИИН`, `ЖСН`, `Телефон`, `E-mail`…), or null. */
export function headerKind(cell: string): IdentifierKind | null {
  const name = cell
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  for (const kind of Object.keys(HEADER_NAMES) as IdentifierKind[]) if (HEADER_NAMES[kind].includes(name)) return kind;
  return null;
}

/**
 * The first record read as a header: the kind of each column (null for columns to ignore, such as a
 * name), or null when no cell names a kind — then the file has no header and every value's kind is
 * recognised from its shape.
 */
export function headerColumns(record: readonly string[]): (IdentifierKind | null)[] | null {
  const kinds = record.map(headerKind);
  return kinds.some((kind) => kind !== null) ? kinds : null;
}

const SHOWN_MAX = 4;

/**
 * A refused value as a reject sample shows it (SPEC: never beyond `8701***4567`): at most its first
 * and last four characters around `***`, and at least three characters hidden (short values show
 * fewer: `12***45` of 1234545, nothing of four characters or fewer). Control and unprintable characters show as `?`.
 */
export function maskValue(value: string): string {
  const characters = Array.from(value.trim());
  const shown = Math.min(SHOWN_MAX, Math.max(0, Math.floor((characters.length - 3) / 2)));
  const printable = (part: string[]) => part.map((character) => (/^[\p{L}\p{N}\p{P}\p{S} ]$/u.test(character) ? character : '?')).join('');
  return `${printable(characters.slice(0, shown))}***${shown === 0 ? '' : printable(characters.slice(-shown))}`;
}

/** Loads go into real breaches; a rejected or retracted one was found false and takes none. */
export function canLoadInto(status: BreachStatus): boolean {
  return status !== 'rejected' && status !== 'retracted';
}

/** Rows per second since `startedAt`, and the seconds left when the total size is known. */
export function progressFigures(input: { rowsRead: number; bytesRead: number; bytesTotal: number | null; elapsedMs: number }): {
  rate: number;
  etaSeconds: number | null;
} {
  const seconds = input.elapsedMs / 1000;
  if (seconds <= 0) return { rate: 0, etaSeconds: null };
  const rate = Math.round(input.rowsRead / seconds);
  if (input.bytesTotal === null || input.bytesRead <= 0) return { rate, etaSeconds: null };
  const bytesPerSecond = input.bytesRead / seconds;
  const etaSeconds = Math.max(0, Math.ceil((input.bytesTotal - input.bytesRead) / bytesPerSecond));
  return { rate, etaSeconds };
}

/** Final counts: of the valid values read, those new to the breach are accepted, the rest duplicates. */
export function mergeCounts(validValues: number, inserted: number): { accepted: number; duplicates: number } {
  if (inserted > validValues || inserted < 0) throw new Error(`inserted ${inserted} of ${validValues} valid values`);
  return { accepted: inserted, duplicates: validValues - inserted };
}
