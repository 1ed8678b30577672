const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else cannot name a record, so it is "not found", never a database error. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Escapes LIKE wildcards in user input: `50%_off` matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** For `id IN (:...ids)` with a possibly empty list: a UUID that names nothing keeps the SQL valid. */
export function idsForInClause(ids: unknown[]): string[] {
  return [...ids.filter(isUuid), '00000000-0000-0000-0000-000000000000'];
}
