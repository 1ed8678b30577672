import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, NotificationChannel, NotificationStatus, NotificationType, StaffNotificationType } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import { RESTRICTING_STATUSES_SQL } from '../breaches/breaches.repository';
import { NotificationChannels } from './notification-channels';
import type { NotificationPayloads } from './notification-texts.rules';

/**
 * Which channels reach a person with contacts row `contacts`: e-mail needs an address; the webhook
 * (SMS and e-government push gateways) and `none` need any contact. Shared with the inquiry's
 * statement (inquiry-recorder.ts), which writes its alerts in its own group commit.
 */
export const channelReaches = (channel: string, contacts: string) =>
  `(CASE ${channel} WHEN 'email' THEN ${contacts}.email_ciphertext IS NOT NULL ELSE ${contacts}.email_ciphertext IS NOT NULL OR ${contacts}.phone_ciphertext IS NOT NULL END)`;

/**
 * The exposure alerts (SPEC §3.8) of a chunk of people just restricted by breach `breach` (a uuid
 * parameter), as a data-modifying CTE body for the restriction job's chunk statement
 * (restriction-jobs.repository.ts): set-based, in the chunk's own transaction, one row per person
 * with contacts in `batch` (a CTE of `identifier_hash`) and per channel in `channels` (a text[]
 * parameter) that reaches them. Whoever was told about this breach already is not told again
 * (notifications_exposure_once_idx), so a chunk run again, a late load or a confirmation after a
 * second approval all write each person's alert once.
 */
export function exposureAlertsSql(batch: string, breach: string, channels: string): string {
  return `INSERT INTO notifications (type, channel, iin_hash, subject_id, language, payload, next_attempt_at, occurred_at)
    SELECT 'exposure', ch.channel, c.iin_hash, ${breach}, c.language, about.payload, now(), now()
      FROM ${batch} JOIN citizen_contacts c ON c.iin_hash = ${batch}.identifier_hash
     CROSS JOIN (SELECT jsonb_build_object('breachId', b.id, 'companyName', co.name) AS payload
                   FROM breaches b JOIN companies co ON co.id = b.company_id WHERE b.id = ${breach}) about
     CROSS JOIN unnest(${channels}::text[]) AS ch (channel)
     WHERE ${channelReaches('ch.channel', 'c')}
    ON CONFLICT DO NOTHING
    RETURNING 1`;
}

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

/** A message to every active admin (SPEC §3.9), by e-mail. */
export interface NewStaffNotification<T extends StaffNotificationType = StaffNotificationType> {
  type: T;
  payload: NotificationPayloads[T];
  occurredAt: Date;
}

/** One row of `notifications` (migrations 1763772000000-notifications, 1763773000000-staff-notifications), for the back office. */
export interface NotificationRecord {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  /** The person it is for; null for a message to an admin. */
  iinHash: Buffer | null;
  /** The admin's e-mail, for a message to an admin. */
  recipientEmail: string | null;
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
  n.delivered_at AS "deliveredAt", c.email_ciphertext AS "emailCiphertext", c.phone_ciphertext AS "phoneCiphertext", u.email AS "recipientEmail"`;
const FROM = `notifications n LEFT JOIN citizen_contacts c ON c.iin_hash = n.iin_hash LEFT JOIN regulator_users u ON u.id = n.recipient_user_id`;

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

  /**
   * Writes the message in `manager`'s transaction, one row per active admin (role admin, not
   * disabled) for the staff channel: e-mail, or `none` without SMTP. Its language is English.
   */
  async enqueueForAdmins(manager: EntityManager, notification: NewStaffNotification): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (type, channel, recipient_user_id, language, payload, next_attempt_at, occurred_at)
       SELECT $1, $2, u.id, 'en', $3, $4, $4 FROM regulator_users u WHERE u.role = 'admin' AND u.active`,
      [notification.type, this.channels.staffWritten, JSON.stringify(notification.payload), notification.occurredAt],
    );
  }

  /**
   * Writes a message to one back-office account, while it is active, for the staff channel (e-mail,
   * or `none` without SMTP), about `subjectId`.
   */
  async enqueueForAccount(manager: EntityManager, userId: string, subjectId: string, notification: NewStaffNotification): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (type, channel, recipient_user_id, subject_id, language, payload, next_attempt_at, occurred_at)
       SELECT $1, $2, u.id, $3, 'en', $4, $5, $5 FROM regulator_users u WHERE u.id = $6 AND u.active`,
      [notification.type, this.channels.staffWritten, subjectId, JSON.stringify(notification.payload), notification.occurredAt, userId],
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

  /**
   * One run of the `restriction.ending` sweep (SPEC §3.8): for every person with contacts whose
   * restriction — the latest end among their restrictions from restricting breaches and their
   * protections still running — ends within `horizonDays`, one message per channel, unless they were
   * told of that end already (notifications_ending_once_idx). A person with a permanent lift for all
   * lenders in force is not restricted and is not told. Set-based, from the contacts (reachable
   * people only) into the restrictions' key. Runs in one process at a time (a transaction-level
   * advisory lock: another process finding it taken skips its run); null when it was skipped,
   * otherwise the number of messages written.
   */
  async enqueueRestrictionEndings(horizonDays: number): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtextextended('notifications:restriction-ending', 0)) AS locked`);
      if (!locked) return null;
      const rows: unknown[] = await manager.query(
        `WITH ending AS (
           SELECT c.iin_hash, c.language, c.email_ciphertext, c.phone_ciphertext, latest.ends_at
             FROM citizen_contacts c
            CROSS JOIN LATERAL (
              SELECT max(period.ends_at) AS ends_at FROM (
                SELECT r.ends_at FROM restrictions r JOIN breaches b ON b.id = r.breach_id
                 WHERE r.iin_hash = c.iin_hash AND r.ends_at > now() AND b.status IN (${RESTRICTING_STATUSES_SQL})
                UNION ALL
                SELECT p.ends_at FROM protections p WHERE p.iin_hash = c.iin_hash AND p.ends_at > now()
              ) period
            ) latest
            WHERE latest.ends_at <= now() + $2 * interval '1 day'
              AND NOT EXISTS (SELECT 1 FROM lifts l WHERE l.iin_hash = c.iin_hash AND l.kind = 'permanent' AND l.cancelled_at IS NULL
                                AND l.effective_at <= now() AND l.lender_kind IS NULL AND l.lender_bin IS NULL)
         )
         INSERT INTO notifications (type, channel, iin_hash, subject_id, language, payload, next_attempt_at, occurred_at)
         SELECT 'restriction.ending', ch.channel, e.iin_hash, NULL, e.language,
                jsonb_build_object('endsAt', to_char(e.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), now(), now()
           FROM ending e CROSS JOIN unnest($1::text[]) AS ch (channel)
          WHERE ${channelReaches('ch.channel', 'e')}
         ON CONFLICT DO NOTHING
         RETURNING 1`,
        [this.channels.written, horizonDays],
      );
      return rows.length;
    });
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

  /** Inquiry alerts in their queue, not yet taken by a dispatcher (migration 1763773300000). */
  async inquiryAlertsQueued(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM inquiry_alert_queue`);
    return count;
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
