import { Injectable } from '@nestjs/common';
import type { AuditChainReport, AuditEvent } from '@qorgau/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { dateBoundFilter, filterValues } from '../common/list-filter';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { AuditEventRecord } from './audit-event.entity';
import { AUDIT_SORT_FIELDS, AuditRepository, type AuditFilter } from './audit.repository';
import { changedFields, checkLink, eventHash, GENESIS_HASH, type ChainedContent } from './audit.rules';

export interface AuditEntry {
  /** Who did it; null for the system itself or an anonymous caller (a sign-in with an unknown e-mail). */
  actor: Actor | null;
  /** `<entity>.<verb>`, e.g. `breach.created`, `breach.transitioned`, `user.disabled`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

const VERIFY_BATCH_SIZE = 2000;

/** What the chain's own walk finds; audit-head/ adds the signed heads to it. */
export type ChainWalkReport = Omit<AuditChainReport, 'signedHeadsChecked' | 'latestSignedHead'>;

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  /**
   * Appends an event inside the caller's transaction, so that the change and its record commit
   * (or roll back) together. Only changed fields are kept; secret fields are redacted.
   */
  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.append must run inside the transaction that makes the change');
    }
    const last = await this.events.lockChainAndReadLast(manager);
    const content: ChainedContent = {
      id: last ? (BigInt(last.id) + 1n).toString() : '1',
      at: new Date().toISOString(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: changedFields(entry.before ?? null, entry.after ?? null),
      requestId: entry.actor?.requestId ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await this.events.insert(manager, Object.assign(new AuditEventRecord(), content, { at: new Date(content.at), hash: eventHash(content) }));
  }

  /**
   * Locks the chain, shows its head (the last event) to `decide`, and appends the entry `decide`
   * returns, if any, in the same transaction: no other event can slip in between. True if appended.
   */
  appendOnHead(decide: (head: { id: string; hash: string; action: string } | null) => Promise<AuditEntry | null>): Promise<boolean> {
    return this.events.transaction(async (manager) => {
      const entry = await decide(await this.events.lockChainAndReadLast(manager));
      if (entry) await this.append(manager, entry);
      return entry !== null;
    });
  }

  async findByAction(action: string): Promise<AuditEvent[]> {
    return (await this.events.findByAction(action)).map(toView);
  }

  /** The stored hash of an event, null when there is no such event. */
  async hashOf(id: string): Promise<string | null> {
    return /^\d{1,19}$/.test(id) ? ((await this.events.findById(id))?.hash ?? null) : null;
  }

  async list(rawQuery: RawListQuery): Promise<{ events: AuditEvent[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: AUDIT_SORT_FIELDS, defaultSort: ['id', 'DESC'] });
    const [events, total] = await this.events.list(query, parseAuditFilter(query.filter));
    return { events: events.map(toView), total, offset: query.offset };
  }

  async get(id: string): Promise<AuditEvent> {
    const event = /^\d{1,19}$/.test(id) ? await this.events.findById(id) : null;
    if (!event) throw new NotFoundProblem('audit event', id);
    return toView(event);
  }

  /** Walks the whole chain in order and reports the first broken link. */
  async verify(): Promise<ChainWalkReport> {
    let previous: { id: string; hash: string } | null = null;
    let checked = 0;
    for (;;) {
      const batch = await this.events.findBatchAfter(previous?.id ?? '0', VERIFY_BATCH_SIZE);
      for (const record of batch) {
        const event = toView(record);
        const chainBreak = checkLink(event, previous);
        if (chainBreak) {
          return { intact: false, checked, firstBrokenId: chainBreak.id, reason: chainBreak.reason, verifiedAt: new Date().toISOString() };
        }
        checked++;
        previous = event;
      }
      if (batch.length < VERIFY_BATCH_SIZE) break;
    }
    return { intact: true, checked, firstBrokenId: null, reason: null, verifiedAt: new Date().toISOString() };
  }
}

const EVENT_ID = /^\d{1,19}$/;

/**
 * The audit list's filters (SPEC §3.9: an auditor reviews look-ups by actor and by kind): `id` (a
 * list, for getMany), `action` (one kind or a list), `entityType`, `entityId`, `actorId`,
 * `actorEmail`, `from` and `to` (ISO date-times, or dates taken as whole days in Almaty time). A
 * malformed value is a 400 naming its field.
 */
export function parseAuditFilter(filter: Record<string, unknown>): AuditFilter {
  const errors: Record<string, string> = {};
  const parsed: AuditFilter = {};
  const ids = filterValues(filter, 'id');
  if (ids) {
    if (ids.every((id) => (typeof id === 'string' || typeof id === 'number') && EVENT_ID.test(String(id)))) parsed.ids = ids.map(String);
    else errors['filter.id'] = 'must be audit event ids (whole numbers)';
  }
  const actions = filterValues(filter, 'action');
  if (actions) {
    if (actions.every((action) => typeof action === 'string' && action !== '')) parsed.actions = actions as string[];
    else errors['filter.action'] = 'must be an event kind such as restriction.looked-up, or a list of them';
  }
  for (const field of ['entityType', 'entityId', 'actorEmail'] as const) {
    const value = filter[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string') parsed[field] = field === 'actorEmail' ? value.trim().toLowerCase() : value;
    else errors[`filter.${field}`] = 'must be a string';
  }
  const actorId = filter.actorId;
  if (actorId !== undefined && actorId !== null && actorId !== '') {
    if (isUuid(actorId)) parsed.actorId = actorId;
    else errors['filter.actorId'] = 'must be a regulator account id';
  }
  parsed.from = dateBoundFilter(filter, 'from', 'start', errors);
  parsed.to = dateBoundFilter(filter, 'to', 'end', errors);
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}

function toView(record: AuditEventRecord): AuditEvent {
  return {
    id: record.id,
    at: record.at.toISOString(),
    actorId: record.actorId,
    actorEmail: record.actorEmail,
    actorRole: record.actorRole,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    changes: record.changes,
    requestId: record.requestId,
    prevHash: record.prevHash,
    hash: record.hash,
  };
}
