import { Injectable } from '@nestjs/common';
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES, NOTIFICATION_TYPES, type AdminNotification } from '@qorgau/shared';
import { startOfAlmatyDay, almatyDay } from '../calendar/business-days';
import { enumFilter, idFilter, personRefFilter } from '../common/list-filter';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { personRef } from '../common/person-ref';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { ContactsService } from './contacts.service';
import { maskEmail, maskPhone } from './contacts.rules';
import { NotificationChannels } from './notification-channels';
import { NotificationException } from './notification.exception';
import { notificationText } from './notification-texts.rules';
import { NOTIFICATION_SORT_FIELDS, NotificationsRepository, type NotificationFilter, type NotificationRecord } from './notifications.repository';

/** The outbox for admins (SPEC §5.5): what was, is being, or would be sent, the recipient only masked. */
@Injectable()
export class AdminNotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly contacts: ContactsService,
    private readonly channels: NotificationChannels,
  ) {}

  async list(rawQuery: RawListQuery): Promise<{ notifications: AdminNotification[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: NOTIFICATION_SORT_FIELDS, defaultSort: ['createdAt', 'DESC'] });
    const [records, total] = await this.notifications.list(query, parseNotificationFilter(query.filter));
    return { notifications: records.map((record) => this.view(record)), total, offset: query.offset };
  }

  async get(id: string): Promise<AdminNotification> {
    return this.view(await this.findOrFail(id));
  }

  /** A parked message is queued again, its tries counted afresh (409 for any other). */
  async retry(id: string): Promise<AdminNotification> {
    const record = await this.findOrFail(id);
    if (!(await this.notifications.retryParked(id))) throw NotificationException.notParked(record.status);
    return this.get(id);
  }

  /** The dashboard's figure: inquiry alerts delivered since midnight in Almaty. */
  alertsDeliveredToday(now = new Date()): Promise<number> {
    return this.notifications.inquiryAlertsDeliveredSince(startOfAlmatyDay(almatyDay(now)));
  }

  /** The dashboard's figure: inquiry alerts waiting in their queue for a dispatcher. */
  inquiryAlertsQueued(): Promise<number> {
    return this.notifications.inquiryAlertsQueued();
  }

  private async findOrFail(id: string): Promise<NotificationRecord> {
    const record = isUuid(id) ? await this.notifications.findById(id) : null;
    if (!record) throw new NotFoundProblem('notification', id);
    return record;
  }

  /** The person's contacts as this message reaches them, masked; null when they removed them (or they no longer decrypt). An admin's e-mail, masked. */
  private maskedRecipient(record: NotificationRecord): AdminNotification['to'] {
    if (record.iinHash === null) return record.recipientEmail === null ? null : { email: maskEmail(record.recipientEmail) };
    if (record.emailCiphertext === null && record.phoneCiphertext === null) return null;
    let contacts: { email: string | null; phone: string | null };
    try {
      contacts = this.contacts.open(record.iinHash, record);
    } catch {
      return null;
    }
    const to: NonNullable<AdminNotification['to']> = {};
    // An e-mail goes to the address only; the webhook carries both.
    if (contacts.email !== null) to.email = maskEmail(contacts.email);
    if (contacts.phone !== null && record.channel !== 'email') to.phone = maskPhone(contacts.phone);
    return to;
  }

  private view(record: NotificationRecord): AdminNotification {
    return {
      id: record.id,
      type: record.type,
      channel: record.channel,
      channelConfigured: this.channels.isConfigured(record.channel),
      status: record.status,
      language: record.language,
      to: this.maskedRecipient(record),
      text: notificationText(record.type, record.language, record.payload as never),
      personRef: record.iinHash === null ? null : personRef(record.iinHash),
      subjectId: record.subjectId,
      tries: record.tries,
      lastError: record.lastError,
      nextAttemptAt: record.status === 'pending' ? record.nextAttemptAt.toISOString() : null,
      occurredAt: record.occurredAt.toISOString(),
      createdAt: record.createdAt.toISOString(),
      deliveredAt: record.deliveredAt?.toISOString() ?? null,
    };
  }
}

/** filter {id, status, type, channel, subjectId, personRef}. */
function parseNotificationFilter(filter: Record<string, unknown>): NotificationFilter {
  const errors: Record<string, string> = {};
  const parsed: NotificationFilter = {
    ids: idFilter(filter, 'id'),
    statuses: enumFilter(filter, 'status', NOTIFICATION_STATUSES, errors),
    types: enumFilter(filter, 'type', NOTIFICATION_TYPES, errors),
    channels: enumFilter(filter, 'channel', NOTIFICATION_CHANNELS, errors),
    subjectIds: idFilter(filter, 'subjectId'),
    personRef: personRefFilter(filter, errors),
  };
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
