import { Injectable } from '@nestjs/common';
import type { AuditChainReport, AuditEvent } from '@qorgau/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { AuditEventRecord } from './audit-event.entity';
import { AUDIT_SORT_FIELDS, AuditRepository } from './audit.repository';
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
    const [events, total] = await this.events.list(query);
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
