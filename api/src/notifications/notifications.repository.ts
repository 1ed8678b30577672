import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, NotificationChannel, NotificationStatus, NotificationType } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import { NotificationChannels } from './notification-channels';
import type { NotificationPayloads } from './notification-texts.rules';

/**
 * Which channels reach a person with contacts row `contacts`: e-mail needs an address; the webhook
 * (SMS and e-government push gateways) and `none` need any contact. Shared with the inquiry's
 * statement (inquiry-recorder.ts), which writes its alerts in its own group commit.
 */
export const channelReaches = (channel: string, contacts: string) =>
  `(CASE ${channel} WHEN 'email' THEN ${contacts}.email_ciphertext IS NOT NULL ELSE ${contacts}.email_ciphertext IS NOT NULL OR ${contacts}.phone_ciphertext IS NOT NULL END)`;

export interface NewNotification<T extends NotificationType = NotificationType> {
  type: T;
  iinHash: Buffer;
  /** The lift or dispute it is about. */
  subjectId: string;
  payload: NotificationPayloads[T];
  occurredAt: Date;
  /** When it may go out: now, or later for a message about something scheduled (a lift taking effect). */
  dueAt: Date;
}

/** One row of `notifications` (migration 1763772000000-notifications), for the back office. */
export interface NotificationRecord {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  iinHash: Buffer;
  subjectId: string | null;
  language: Language;
  payload: Record<string, unknown>;
  status: NotificationStatus;
  tries: number;
  nextAttemptAt: Date;
  lastError: string | null;
  occurredAt: Date;
  createdAt: Date;
  deliveredAt: Date | null;
  emailCiphertext: Buffer | null;
  phoneCiphertext: Buffer | null;
}

export interface NotificationFilter {
  ids?: string[];
  statuses?: NotificationStatus[];
  types?: NotificationType[];
  channels?: NotificationChannel[];
  subjectIds?: string[];
  personRef?: string;
}

export const NOTIFICATION_SORT_FIELDS = ['createdAt', 'occurredAt', 'nextAttemptAt', 'deliveredAt', 'tries', 'status', 'type'] as const;
export type NotificationSortField = (typeof NOTIFICATION_SORT_FIELDS)[number];

const SORT_COLUMNS: Record<NotificationSortField, string> = {
  createdAt: 'n.created_at',
  occurredAt: 'n.occurred_at',
  nextAttemptAt: 'n.next_attempt_at',
  deliveredAt: 'n.delivered_at',
  tries: 'n.tries',
  status: 'n.status',
  type: 'n.type',
};

const COLUMNS = `n.id, n.type, n.channel, n.iin_hash AS "iinHash", n.subject_id AS "subjectId", n.language, n.payload, n.status, n.tries,
  n.next_attempt_at AS "nextAttemptAt", n.last_error AS "lastError", n.occurred_at AS "occurredAt", n.created_at AS "createdAt",
  n.delivered_at AS "deliveredAt", c.email_ciphertext AS "emailCiphertext", c.phone_ciphertext AS "phoneCiphertext"`;
const FROM = `notifications n LEFT JOIN citizen_contacts c ON c.iin_hash = n.iin_hash`;

/** The outbox as the request side sees it: written inside the transaction of its cause, read by admins. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: NotificationChannels,
  ) {}

  /**
   * Writes the message in `manager`'s transaction, one row per channel that reaches the person —
   * none at all when they gave no contact: only reachable people get a row.
   */
  async enqueue(manager: EntityManager, notification: NewNotification): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (type, channel, iin_hash, subject_id, language, payload, next_attempt_at, occurred_at)
       SELECT $1, ch.channel, c.iin_hash, $3, c.language, $4, $5, $6
         FROM citizen_contacts c CROSS JOIN unnest($7::text[]) AS ch (channel)
        WHERE c.iin_hash = $2 AND ${channelReaches('ch.channel', 'c')}`,
      [
        notification.type,
        notification.iinHash,
        notification.subjectId,
        JSON.stringify(notification.payload),
        notification.dueAt,
        notification.occurredAt,
        this.channels.written,
      ],
    );
  }

  /** Withdraws the messages of `type` about `subjectId` not yet due (a lift cancelled before it took effect). */
  async withdrawScheduled(manager: EntityManager, type: NotificationType, subjectId: string, now: Date): Promise<void> {
    await manager.query(`DELETE FROM notifications WHERE subject_id = $1 AND type = $2 AND status = 'pending' AND tries = 0 AND next_attempt_at > $3`, [
      subjectId,
      type,
      now,
    ]);
  }

  async list(query: ListQuery<NotificationSortField>, filter: NotificationFilter): Promise<[NotificationRecord[], number]> {
    const sql = new SqlConditions();
    if (filter.ids) sql.add((p) => `n.id = ANY(${p}::uuid[])`, filter.ids);
    if (filter.statuses) sql.add((p) => `n.status = ANY(${p}::text[])`, filter.statuses);
    if (filter.types) sql.add((p) => `n.type = ANY(${p}::text[])`, filter.types);
    if (filter.channels) sql.add((p) => `n.channel = ANY(${p}::text[])`, filter.channels);
    if (filter.subjectIds) sql.add((p) => `n.subject_id = ANY(${p}::uuid[])`, filter.subjectIds);
    if (filter.personRef) sql.add((p) => `encode(substring(n.iin_hash FROM 1 FOR 4), 'hex') LIKE ${p}`, `${filter.personRef}%`);
    const nulls = query.sortOrder === 'DESC' ? 'NULLS LAST' : 'NULLS FIRST';
    const [rows, [{ total }]]: [NotificationRecord[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM ${FROM} ${sql.where}
          ORDER BY ${SORT_COLUMNS[query.sortField]} ${query.sortOrder} ${nulls}, n.id ${query.sortOrder} OFFSET ${query.offset} LIMIT ${query.limit}`,
        sql.parameters,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM notifications n ${sql.where}`, sql.parameters),
    ]);
    return [rows, total];
  }

  async findById(id: string): Promise<NotificationRecord | null> {
    const rows: NotificationRecord[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE n.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A parked message goes back to the queue, due now, with its tries counted afresh; false when it is not parked. */
  async retryParked(id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET status = 'pending', tries = 0, next_attempt_at = now() WHERE id = $1 AND status = 'parked'`,
      [id],
    );
    return count === 1;
  }

  /** Inquiry alerts delivered since `since` (each message once, whatever its channels). */
  async inquiryAlertsDeliveredSince(since: Date): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT (subject_id, iin_hash))::int AS count FROM notifications WHERE status = 'delivered' AND delivered_at >= $1 AND type = 'inquiry'`,
      [since],
    );
    return count;
  }
}
