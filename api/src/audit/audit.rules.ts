import { createHash } from 'node:crypto';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** The chain's anchor: the `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Fields whose values never enter the trail; that they changed is recorded, not what to. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'keyHash', 'secret', 'pepper']);
export const REDACTED = '[redacted]';

/**
 * The fields that differ between two versions of a record, as `{field: {before, after}}`.
 * A creation has `before` null (every field is new); a deletion has `after` null.
 */
export function changedFields(before: object | null, after: object | null): FieldChanges {
  const previous = toPlain(before) ?? {};
  const next = toPlain(after) ?? {};
  const changes: FieldChanges = {};
  for (const field of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const was = previous[field] ?? null;
    const is = next[field] ?? null;
    if (canonicalJson(was) === canonicalJson(is)) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { before: was === null ? null : REDACTED, after: is === null ? null : REDACTED }
      : { before: was, after: is };
  }
  return changes;
}

/** Dates become ISO strings and undefined disappears, as they would through JSON. */
function toPlain(record: object | null): Record<string, unknown> | null {
  return record === null ? null : (JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
}

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** What an event's hash covers: everything but the hash itself. */
export interface ChainedContent {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: FieldChanges;
  requestId: string | null;
  prevHash: string;
}

export function eventHash(content: ChainedContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export type ChainBreak = { id: string; reason: string };

/**
 * Checks one event against its predecessor: ids follow without gaps, the event points at the
 * previous hash, and its own hash matches its content. Returns the first problem, if any.
 */
export function checkLink(event: ChainedContent & { hash: string }, previous: { id: string; hash: string } | null): ChainBreak | null {
  const expectedId = previous ? (BigInt(previous.id) + 1n).toString() : '1';
  if (event.id !== expectedId) return { id: event.id, reason: `event ${expectedId} is missing` };
  const expectedPrevHash = previous ? previous.hash : GENESIS_HASH;
  if (event.prevHash !== expectedPrevHash) return { id: event.id, reason: 'it does not point at the previous event’s hash' };
  const { hash, ...content } = event;
  if (eventHash(content) !== hash) return { id: event.id, reason: 'its content does not match its hash (it was altered)' };
  return null;
}
