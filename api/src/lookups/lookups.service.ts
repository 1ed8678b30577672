import { Inject, Injectable } from '@nestjs/common';
import { LOOKUP_ALERT_AUDIT_ACTION, LOOKUP_AUDIT_ACTION, type LookupAlert } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { personRef } from '../common/person-ref';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { LOOKUP_ALERT_SORT_FIELDS, LookupsRepository, type LookupAlertRow } from './lookups.repository';
import { LOOKUP_WINDOW_MS, shouldRaiseLookupAlert } from './lookups.rules';

/**
 * Insider safeguards (SPEC §3.9): every person look-up is an audit event with who, why and the
 * person's hash prefix; more than LOOKUP_ALERT_PER_HOUR look-ups by one account within an hour
 * raise one alert for admins: stored, an audit event too, and a `lookup.alert` e-mail to every
 * active admin written to the outbox in the same transaction.
 */
@Injectable()
export class LookupsService {
  constructor(
    private readonly lookups: LookupsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /**
   * Records one look-up and, when it crosses the limit, the alert. Appending to the audit chain
   * takes the chain's lock first, so concurrent look-ups by one account are counted one after
   * another and raise one alert between them.
   */
  async recordLookup(actor: Actor, iinHash: Buffer, reason: string): Promise<void> {
    const limit = this.config.lookups.alertPerHour;
    await this.lookups.transaction(async (manager) => {
      const person = personRef(iinHash);
      await this.audit.append(manager, { actor, action: LOOKUP_AUDIT_ACTION, entityType: 'person', entityId: person, before: null, after: { personRef: person, reason } });
      const now = new Date();
      const since = new Date(now.getTime() - LOOKUP_WINDOW_MS);
      const lookups = await this.lookups.countLookupsSince(manager, actor.id, since);
      if (!shouldRaiseLookupAlert(lookups, limit, await this.lookups.alertedSince(manager, actor.id, since))) return;
      const alert = await this.lookups.insertAlert(manager, { actorId: actor.id, actorEmail: actor.email, actorRole: actor.role, lookups, limit, raisedAt: now });
      await this.audit.append(manager, {
        actor,
        action: LOOKUP_ALERT_AUDIT_ACTION,
        entityType: 'lookup-alert',
        entityId: alert.id,
        before: null,
        after: { actorEmail: actor.email, lookups, limit },
      });
      await this.notifications.enqueueForAdmins(manager, {
        type: 'lookup.alert',
        payload: { alertId: alert.id, actorEmail: actor.email, actorRole: actor.role, lookups, limit, raisedAt: now.toISOString() },
        occurredAt: now,
      });
    });
  }

  async listAlerts(rawQuery: RawListQuery): Promise<{ alerts: LookupAlert[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: LOOKUP_ALERT_SORT_FIELDS, defaultSort: ['raisedAt', 'DESC'] });
    const [rows, total] = await this.lookups.listAlerts(query);
    return { alerts: rows.map(toView), total, offset: query.offset };
  }
}

function toView(row: LookupAlertRow): LookupAlert {
  return { ...row, raisedAt: row.raisedAt.toISOString() };
}
