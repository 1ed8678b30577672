import type { EntityManager } from 'typeorm';
import { assertCurrentVersion } from '../common/edit-conflict.exception';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { changedFields } from './audit.rules';

/** A repository of versioned records: a transaction and a read that locks the row until it ends. */
export interface VersionedRecords<Row> {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  findByIdForUpdate(manager: EntityManager, id: string): Promise<Row | null>;
}

/** One `PUT /admin/<records>/{id}`: the version the client read and how its input applies. */
export interface VersionedEdit<Row extends { version: number }, Next, Fields> {
  /** The record's name in the 404 and 409 messages ('lender', 'company', …). */
  what: string;
  id: string;
  /** The version sent back, as read. */
  version: number;
  records: VersionedRecords<Row>;
  /** The input over the current record: the values to store. */
  merge(current: Row): Next;
  /** The fields the audit trail records, of the current record and of the values to store. */
  fieldsOf(values: Row | Next): Fields;
}

export interface VersionedChange<Row, Next, Fields> {
  manager: EntityManager;
  current: Row;
  next: Next;
  before: Fields;
  after: Fields;
}

/**
 * Optimistic locking, in one transaction: the row locked (404 when there is none), 409
 * `edit-conflict` unless the version sent is the current one, then `save` when a recorded field
 * changes and `unchanged` otherwise (an unchanged form raises no version and writes no audit event).
 */
export async function editVersioned<Row extends { version: number }, Next, Fields extends object, Result>(
  edit: VersionedEdit<Row, Next, Fields>,
  save: (change: VersionedChange<Row, Next, Fields>) => Promise<Result>,
  unchanged: (change: VersionedChange<Row, Next, Fields>) => Promise<Result> | Result,
): Promise<Result> {
  if (!isUuid(edit.id)) throw new NotFoundProblem(edit.what, edit.id);
  return edit.records.transaction(async (manager) => {
    const current = await edit.records.findByIdForUpdate(manager, edit.id);
    if (!current) throw new NotFoundProblem(edit.what, edit.id);
    assertCurrentVersion(edit.what, edit.version, current.version);
    const next = edit.merge(current);
    const change = { manager, current, next, before: edit.fieldsOf(current), after: edit.fieldsOf(next) };
    if (Object.keys(changedFields(change.before, change.after)).length === 0) return unchanged(change);
    return save(change);
  });
}
