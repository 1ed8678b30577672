import { detectIdentifierKind, normalizeIdentifier, type IdentifierKind, type IngestRejectSample } from '@qorgau/shared';
import { CsvError, parse, type Info } from 'csv-parse';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IdentifierHasher } from './identifier-hasher';
import { detectDelimiter, headerColumns, KIND_CODES, maskValue, MAX_RECORD_BYTES, REJECT_SAMPLE_SIZE } from './ingestion.rules';

/** What reading a file found. Counts are per value; empty cells and blank lines count nowhere. */
export interface ReadFigures {
  rowsRead: number;
  validValues: number;
  rejected: number;
  rejectSample: IngestRejectSample[];
  bytesRead: number;
}

/** The file could not be read as CSV (a record over the size limit, a quote never closed…). */
export class UnreadableFileError extends Error {}

/** The first line is looked for in at most this many bytes to choose the delimiter. */
const FIRST_LINE_PEEK_BYTES = 64 * 1024;
/** Binary COPY tuples are handed to PostgreSQL in chunks of about this size. */
const CHUNK_BYTES = 256 * 1024;
/** One staging tuple: field count, (length, 32-byte hash), (length, smallint kind). */
const TUPLE_BYTES = 2 + 4 + 32 + 4 + 2;
const COPY_HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const COPY_TRAILER = Buffer.from([0xff, 0xff]);
const UNKNOWN_KIND_REASON = 'Not an IIN, a phone number or an e-mail address.';

/**
 * Streams a CSV of identifiers (SPEC §5.1) into `sink`, a PostgreSQL `COPY … FROM STDIN (FORMAT
 * binary)` of (hash bytea, kind smallint) rows: each value is normalised, validated and hashed while
 * its row is in memory, and only its hash goes on. Nothing is buffered beyond one record (at most
 * MAX_RECORD_BYTES) and one chunk of tuples; backpressure from the database slows the reading.
 *
 * The source is read but never destroyed, so that after an unreadable file the caller can still
 * drain the request and answer it.
 */
export async function copyIdentifiers(
  source: Readable,
  sink: Writable,
  options: { hasher: IdentifierHasher; signal?: AbortSignal; onProgress?: (figures: ReadFigures) => void; progressEveryMs?: number },
): Promise<ReadFigures> {
  const figures: ReadFigures = { rowsRead: 0, validValues: 0, rejected: 0, rejectSample: [], bytesRead: 0 };
  const { firstLine, ended, prefix } = await peekFirstLine(source);

  let columns: (IdentifierKind | null)[] | null | undefined;
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES + TUPLE_BYTES);
  let offset = 0;
  let lastProgress = Date.now();
  const progressEveryMs = options.progressEveryMs ?? 1000;

  const reject = (line: number, value: string, reason: string) => {
    figures.rejected++;
    if (figures.rejectSample.length < REJECT_SAMPLE_SIZE) figures.rejectSample.push({ line, value: maskValue(value), reason });
  };
  const write = (kind: IdentifierKind, normalised: string) => {
    const hash = options.hasher.hash(kind, normalised);
    if (offset + TUPLE_BYTES > chunk.length) {
      // A record with many values: the chunk grows rather than splitting the record.
      const larger = Buffer.allocUnsafe(chunk.length * 2);
      chunk.copy(larger, 0, 0, offset);
      chunk = larger;
    }
    chunk.writeInt16BE(2, offset);
    chunk.writeInt32BE(32, offset + 2);
    hash.copy(chunk, offset + 6);
    chunk.writeInt32BE(2, offset + 38);
    chunk.writeInt16BE(KIND_CODES[kind], offset + 42);
    offset += TUPLE_BYTES;
    figures.validValues++;
  };

  // Everything happens in on_record, synchronously, while the record is in memory; the parser
  // passes on only full chunks of COPY tuples (returning null passes on nothing).
  const onRecord = (record: string[], info: Info & { lines: number }): Buffer | null => {
    if (columns === undefined) {
      columns = headerColumns(record);
      if (columns !== null) return null;
    }
    let counted = false;
    for (let index = 0; index < record.length; index++) {
      const cell = record[index];
      if (cell.trim() === '') continue;
      let kind: IdentifierKind | null;
      if (columns === null) {
        kind = detectIdentifierKind(cell);
      } else {
        kind = columns[index] ?? null;
        if (kind === null) continue; // a column that is not an identifier (a name, an address…)
      }
      if (!counted) {
        figures.rowsRead++;
        counted = true;
      }
      if (kind === null) {
        reject(info.lines, cell, UNKNOWN_KIND_REASON);
        continue;
      }
      const result = normalizeIdentifier(kind, cell);
      if (result.valid) write(kind, result.value);
      else reject(info.lines, cell, result.reason);
    }
    if (options.onProgress && (figures.rowsRead & 0xfff) === 0 && Date.now() - lastProgress >= progressEveryMs) {
      lastProgress = Date.now();
      options.onProgress({ ...figures });
    }
    if (offset < CHUNK_BYTES) return null;
    const full = chunk.subarray(0, offset);
    chunk = Buffer.allocUnsafe(CHUNK_BYTES + TUPLE_BYTES);
    offset = 0;
    return full;
  };

  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: onRecord as never,
  });
  skipRecordInfoCopies(parser);

  async function* tuples(chunks: AsyncIterable<Buffer>) {
    yield COPY_HEADER;
    for await (const full of chunks) yield full;
    if (offset > 0) yield chunk.subarray(0, offset);
    yield COPY_TRAILER;
  }

  // The source is piped, not handed to pipeline(): pipeline would destroy it on failure, and with it
  // the connection the caller still answers on. Its errors and an early close are passed on by hand.
  const counter = new Transform({
    transform(data: Buffer, _encoding, callback) {
      figures.bytesRead += data.length;
      callback(null, data);
    },
  });
  const input = ended ? Readable.from(prefix.length > 0 ? [prefix] : []) : source;
  const onError = (error: Error) => counter.destroy(error);
  const onClose = () => {
    if (!input.readableEnded) counter.destroy(new Error('The upload ended before the whole file arrived'));
  };
  input.once('error', onError);
  input.once('close', onClose);
  input.pipe(counter);
  try {
    await pipeline(counter, parser, tuples, sink, { signal: options.signal });
  } catch (error) {
    if (error instanceof CsvError) throw new UnreadableFileError(describeCsvError(error));
    throw error;
  } finally {
    input.off('error', onError);
    input.off('close', onClose);
    input.unpipe(counter);
  }
  return figures;
}

/**
 * csv-parse 7 hands on_record a fresh copy of its counters for every record (two object spreads:
 * 1.5 s of the 5.3 s that reading 1M rows takes, measured with --cpu-prof). Only `lines` is read
 * here, synchronously, so the live counters do: the copy is skipped when the parser has the
 * internal method (pinned version; the line numbers of rejects are tested), kept otherwise.
 */
function skipRecordInfoCopies(parser: object): void {
  const api = (parser as { api?: { __infoRecord?: unknown; info?: object } }).api;
  if (api && typeof api.__infoRecord === 'function' && typeof api.info === 'object') {
    api.__infoRecord = function (this: { info: object }) {
      return this.info;
    };
  }
}

/**
 * Reads until the end of the first line (or FIRST_LINE_PEEK_BYTES) and puts what it read back
 * (unshift), unless the stream ended: then `prefix` is the whole file.
 */
function peekFirstLine(source: Readable): Promise<{ firstLine: string; ended: boolean; prefix: Buffer }> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let length = 0;
    const cleanUp = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
    };
    const finish = (ended: boolean) => {
      cleanUp();
      const prefix = Buffer.concat(parts);
      if (!ended) {
        source.pause();
        if (prefix.length > 0) source.unshift(prefix);
      }
      const newline = prefix.indexOf(0x0a);
      const firstLine = prefix.subarray(0, newline === -1 ? Math.min(prefix.length, FIRST_LINE_PEEK_BYTES) : newline).toString('utf8');
      resolve({ firstLine, ended, prefix });
    };
    const onData = (data: Buffer) => {
      parts.push(data);
      length += data.length;
      if (data.includes(0x0a) || length >= FIRST_LINE_PEEK_BYTES) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', onError);
  });
}

/** A sentence for the job's error: where the file broke, never its content. */
function describeCsvError(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? ` (line ${line})` : '';
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return `A row is longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MB${where}: this is not a file of identifiers. Nothing was loaded.`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `The file ends inside a quoted field${where}: it may have been cut off. Nothing was loaded.`;
    default:
      return `The file is not readable as CSV${where}: ${error.code}. Nothing was loaded.`;
  }
}
