import { Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { InquiryPurpose, Language, NotificationChannel, NotificationType } from '@qorgau/shared';
import type { NotificationPayloads } from './notification-texts.rules';
import { Pool, type PoolClient } from 'pg';
import { Batcher } from '../common/batcher';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';

/**
 * The dispatcher's own connections: claiming and settling messages never waits behind the request
 * pool, and a burst of deliveries never takes a connection from a bank check.
 */
export class NotificationPool extends Pool implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.end();
  }
}

const logger = new Logger('NotificationPool');

export const notificationPoolProvider: Provider = {
  provide: NotificationPool,
  inject: [APP_CONFIG],
  useFactory: (config: ResolvedConfig & { database: { url: string } }) => {
    // Asynchronous commit for the dispatcher's own writes (claims and outcomes), not for the outbox
    // rows, which commit with their cause: should PostgreSQL itself crash, the last fraction of a
    // second of "delivered" marks may be lost and those messages go out once more — at least once,
    // deduplicated by id at the receiver, as after any crash. A commit no longer waits for its WAL
    // flush, which on a busy disk was one delivery per fsync (`pnpm bench notifications`).
    // Two for the inquiry alerts' batches (each holds its connection while it delivers), one for
    // claims, one for outcomes.
    const pool = new NotificationPool({
      connectionString: config.database.url,
      max: 4,
      application_name: 'qorgau-dispatcher',
      options: '-c synchronous_commit=off',
    });
    pool.on('error', (error) => logger.warn(`idle notification connection lost: ${error.message}`));
    return pool;
  },
};

/** A message claimed for one try, with the person's contacts still sealed (or, for an admin, their e-mail while the account is active). */
export interface ClaimedNotification {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  /** The person it is for; null for a message to an admin. */
  iinHash: Buffer | null;
  /** A message to an admin: the account's e-mail, null once it is disabled. */
  recipientEmail: string | null;
  language: Language;
  payload: Record<string, unknown>;
  tries: number;
  occurredAt: Date;
  emailCiphertext: Buffer | null;
  phoneCiphertext: Buffer | null;
}

/** The types a confirmation or a sweep writes by the million: delivered after the others. */
const BULK_TYPES_SQL = `'exposure', 'restriction.ending'`;

/**
 * Claims due messages: a committed lease, not a transaction held open. The claim takes the rows with
 * FOR UPDATE SKIP LOCKED (so dispatchers of several processes never take the same row), counts the
 * try, and moves `next_attempt_at` past the lease: should the process die mid-delivery (`kill -9`),
 * the row falls due again when the lease ends and another dispatcher — or this one restarted —
 * delivers it. Only PostgreSQL holds the state.
 */
const dueOf = (queue: string) => `SELECT id FROM (
      SELECT id FROM notifications
       WHERE status = 'pending' AND channel <> 'none' AND type ${queue} AND channel = ANY($1::text[]) AND next_attempt_at <= now()
       ORDER BY next_attempt_at
       LIMIT $2
       FOR UPDATE SKIP LOCKED) AS queue`;

/**
 * Messages a person needs now first, then the bulk ones (exposures, restriction.ending): each queue
 * read in due order by its own partial index (migration 1763772100000), the second only when the
 * first leaves slots free (an Append under a LIMIT stops once it is full).
 */
export const CLAIM_SQL = `
  WITH due AS MATERIALIZED (
    ${dueOf(`NOT IN (${BULK_TYPES_SQL})`)}
    UNION ALL
    ${dueOf(`IN (${BULK_TYPES_SQL})`)}
    LIMIT $2
  ), claimed AS (
    UPDATE notifications n SET tries = n.tries + 1, next_attempt_at = now() + $3 * interval '1 millisecond'
      FROM due WHERE n.id = due.id
    RETURNING n.id, n.type, n.channel, n.iin_hash, n.recipient_user_id, n.language, n.payload, n.tries, n.occurred_at
  )
  SELECT claimed.id, claimed.type, claimed.channel, claimed.iin_hash AS "iinHash", claimed.language, claimed.payload, claimed.tries,
         claimed.occurred_at AS "occurredAt", c.email_ciphertext AS "emailCiphertext", c.phone_ciphertext AS "phoneCiphertext",
         CASE WHEN u.active THEN u.email END AS "recipientEmail"
    FROM claimed LEFT JOIN citizen_contacts c ON c.iin_hash = claimed.iin_hash LEFT JOIN regulator_users u ON u.id = claimed.recipient_user_id`;

/**
 * Takes inquiry alerts from their queue (migration 1763773300000) for one delivery each, in the
 * caller's transaction: the entries are deleted there, and the transaction records each one's
 * outcome in `notifications` (recordTaken) before it commits. Should the process die before that,
 * the deletion never happened and another dispatcher takes the entries again, with the same ids.
 * An entry for a channel this process does not deliver is left to one that does; entries for `none`
 * (no channel configured where the check was made) are taken to be recorded, never sent. What the
 * message says is read from the inquiry, its lender and the person's contacts now: an entry whose
 * person removed their contacts meanwhile is deleted and not returned — dropped, as their messages
 * in the outbox were when they removed them.
 */
const TAKE_INQUIRY_ALERTS_SQL = `
  WITH taken AS (
    -- By the rows' physical addresses (a TID scan), which stay put while this transaction holds their locks.
    DELETE FROM inquiry_alert_queue
     WHERE ctid = ANY(ARRAY(SELECT ctid FROM inquiry_alert_queue WHERE channel = ANY($1::text[]) ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED))
    RETURNING id, inquiry_row_id, checked_at, channel
  )
  SELECT t.id, t.channel, i.iin_hash, c.language, i.inquiry_id, b.name AS bank_name, b.bin AS bank_bin, i.purpose, i.restricted, i.checked_at,
         c.email_ciphertext, c.phone_ciphertext
    FROM taken t
    JOIN inquiries i ON i.id = t.inquiry_row_id AND i.checked_at = t.checked_at
    JOIN banks b ON b.id = i.bank_id
    -- A probe of the contacts' key per alert: joined plainly, the planner hashed the whole table
    -- (50,000 contacts: 45 ms a batch); OFFSET 0 keeps the subquery from being flattened into a join.
    CROSS JOIN LATERAL (SELECT language, email_ciphertext, phone_ciphertext FROM citizen_contacts WHERE iin_hash = i.iin_hash OFFSET 0) c
   ORDER BY t.id`;

interface TakenRow {
  id: string;
  channel: NotificationChannel;
  iin_hash: Buffer;
  language: Language;
  inquiry_id: string;
  bank_name: string;
  bank_bin: string;
  purpose: InquiryPurpose;
  restricted: boolean;
  checked_at: Date;
  email_ciphertext: Buffer | null;
  phone_ciphertext: Buffer | null;
}

/** An inquiry alert taken from the queue: a claimed message on its first try, with what it is about. */
export interface TakenInquiryAlert extends ClaimedNotification {
  subjectId: string;
}

/** What became of a try: delivered, to be tried again, or parked. */
export interface TryOutcome<T extends ClaimedNotification = ClaimedNotification> {
  alert: T;
  status: 'pending' | 'delivered' | 'parked';
  /** Delivered: when. Otherwise when it is next due (a retry, or the end of the lease of a try still in flight). */
  at: Date;
  lastError: string | null;
}

export type TakenOutcome = TryOutcome<TakenInquiryAlert>;

export class NotificationDispatchRepository {
  /** Deliveries settled together: one UPDATE for the messages delivered while the last one ran. */
  private readonly deliveredBatcher: Batcher<string, void>;

  constructor(private readonly pool: NotificationPool) {
    this.deliveredBatcher = new Batcher((ids) => this.markDelivered(ids), { maxBatchSize: 1000, maxConcurrentBatches: 1 });
  }

  async claim(channels: readonly NotificationChannel[], limit: number, leaseMs: number): Promise<ClaimedNotification[]> {
    const { rows } = await this.pool.query<ClaimedNotification>({ name: 'notifications-claim', text: CLAIM_SQL, values: [channels, limit, leaseMs] });
    return rows;
  }

  /**
   * Runs `work` in a transaction on a connection of its own, held until `work` ends. The connection
   * can die while it waits on deliveries (a failover): its error is caught here, not left to crash
   * the process, the transaction's next query fails, and the connection is discarded, not pooled.
   */
  async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let failure: unknown;
    const lost = (error: Error) => (failure ??= error);
    client.on('error', lost);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failure ??= error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', lost);
      client.release(failure === undefined ? undefined : true);
    }
  }

  async takeInquiryAlerts(client: PoolClient, channels: readonly NotificationChannel[], limit: number): Promise<TakenInquiryAlert[]> {
    const { rows } = await client.query<TakenRow>({ name: 'inquiry-alerts-take', text: TAKE_INQUIRY_ALERTS_SQL, values: [channels, limit] });
    // The message's data is put together here rather than by PostgreSQL (jsonb_build_object and
    // to_char were a third of the statement), which the bank checks share.
    return rows.map((row) => ({
      id: row.id,
      type: 'inquiry',
      channel: row.channel,
      iinHash: row.iin_hash,
      recipientEmail: null,
      language: row.language,
      subjectId: row.inquiry_id,
      payload: {
        inquiryId: row.inquiry_id,
        bankName: row.bank_name,
        bankBin: row.bank_bin,
        purpose: row.purpose,
        restricted: row.restricted,
        checkedAt: row.checked_at.toISOString(),
      } satisfies NotificationPayloads['inquiry'],
      tries: 1,
      occurredAt: row.checked_at,
      emailCiphertext: row.email_ciphertext,
      phoneCiphertext: row.phone_ciphertext,
    }));
  }

  /** The outcomes of taken alerts, written as outbox rows under the ids they were taken with. */
  async recordTaken(client: PoolClient, outcomes: TakenOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    const column = <T>(pick: (outcome: TakenOutcome) => T) => outcomes.map(pick);
    await client.query({
      name: 'inquiry-alerts-record',
      text: `INSERT INTO notifications (id, type, channel, iin_hash, subject_id, language, payload, status, tries, next_attempt_at, last_error, occurred_at, delivered_at)
             SELECT id, 'inquiry', channel, iin_hash, subject_id, language, payload, status, tries, at, last_error, occurred_at, CASE WHEN status = 'delivered' THEN at END
               FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::uuid[], $5::text[], $6::jsonb[], $7::text[], $8::int[], $9::timestamptz[], $10::text[], $11::timestamptz[])
                 AS outcome (id, channel, iin_hash, subject_id, language, payload, status, tries, at, last_error, occurred_at)`,
      values: [
        column((outcome) => outcome.alert.id),
        column((outcome) => outcome.alert.channel),
        column((outcome) => outcome.alert.iinHash),
        column((outcome) => outcome.alert.subjectId),
        column((outcome) => outcome.alert.language),
        column((outcome) => JSON.stringify(outcome.alert.payload)),
        column((outcome) => outcome.status),
        column((outcome) => (outcome.alert.channel === 'none' ? 0 : outcome.alert.tries)),
        // Dates as ISO text: pg's own conversion of a Date inside an array is the slowest part of this call.
        column((outcome) => outcome.at.toISOString()),
        column((outcome) => outcome.lastError),
        column((outcome) => outcome.alert.occurredAt.toISOString()),
      ],
    });
  }

  delivered(id: string): Promise<void> {
    return this.deliveredBatcher.submit(id);
  }

  private async markDelivered(ids: string[]): Promise<void[]> {
    await this.pool.query({
      name: 'notifications-delivered',
      text: `UPDATE notifications SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      values: [ids],
    });
    return ids.map(() => undefined);
  }

  /** A failed try: due again at `retryAt`, or parked. */
  async failed(id: string, error: string, retryAt: Date, park: boolean): Promise<void> {
    await this.pool.query({
      name: 'notifications-failed',
      text: `UPDATE notifications SET status = CASE WHEN $4 THEN 'parked' ELSE 'pending' END, next_attempt_at = $3, last_error = $2 WHERE id = $1 AND status = 'pending'`,
      values: [id, error, retryAt, park],
    });
  }
}
