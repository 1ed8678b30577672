import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inquiry alert's outbox entry (SPEC §3.8), as small as a row can be: it rides in the bank
 * check's group-committed statement, one per reachable person checked and channel, thousands a
 * second. The id (time-ordered) is the message's id from then on; the inquiry row (its key: row id
 * and month) holds what the message says. A dispatcher takes entries by deleting them in the
 * transaction that records each one's outcome in `notifications`, so an entry is never both gone
 * and unrecorded. No index but the key: the queue drains as it fills.
 */
export class InquiryAlertQueue1763773300000 implements MigrationInterface {
  name = 'InquiryAlertQueue1763773300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inquiry_alert_queue (
        id uuid PRIMARY KEY DEFAULT time_ordered_uuid(),
        inquiry_row_id bigint NOT NULL,
        checked_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('webhook', 'email', 'none'))
      )`);
    // Every entry is deleted within a second of its insert: left to the default (a vacuum once a
    // fifth of the table is dead), the dispatcher's scan from the key's left edge walked hundreds of
    // pages of dead entries per batch. Vacuumed every few thousand deletions, without pauses.
    await queryRunner.query(`
      ALTER TABLE inquiry_alert_queue SET (
        autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_cost_delay = 0,
        autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000
      )`);
    // Alerts written before the queue existed stay in `notifications` and are delivered from there.
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inquiry_alert_queue`);
  }
}
