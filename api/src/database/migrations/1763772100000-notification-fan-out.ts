import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationFanOut1763772100000 implements MigrationInterface {
  name = 'NotificationFanOut1763772100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A person is told once per breach that holds them and channel (SPEC §3.8): the restriction job
    // writes the exposure alerts of each chunk with ON CONFLICT DO NOTHING, so a chunk run again
    // after a failure, a late load of the same people or a second confirmation adds none.
    await queryRunner.query(`CREATE UNIQUE INDEX notifications_exposure_once_idx ON notifications (subject_id, iin_hash, channel) WHERE type = 'exposure'`);
    // And once per end of their restriction: the hourly sweep (restriction-ending-sweep.ts) may
    // find the same ending any number of times; a later end (another breach, a protection) is new.
    await queryRunner.query(
      `CREATE UNIQUE INDEX notifications_ending_once_idx ON notifications (iin_hash, channel, (payload ->> 'endsAt')) WHERE type = 'restriction.ending'`,
    );
    // The dispatcher's claim, in two queues: the messages a person needs now (an inquiry, a lift, a
    // dispute) before the bulk of a confirmation (a million exposure alerts written at once, or the
    // restriction.ending sweep), so that a lender's check is told within seconds even while a
    // national breach is being announced. Each is a partial index on the due time of pending rows.
    await queryRunner.query(`DROP INDEX notifications_due_idx`);
    await queryRunner.query(
      `CREATE INDEX notifications_due_urgent_idx ON notifications (next_attempt_at) WHERE status = 'pending' AND channel <> 'none' AND type NOT IN ('exposure', 'restriction.ending')`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_due_bulk_idx ON notifications (next_attempt_at) WHERE status = 'pending' AND channel <> 'none' AND type IN ('exposure', 'restriction.ending')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications_due_bulk_idx`);
    await queryRunner.query(`DROP INDEX notifications_due_urgent_idx`);
    await queryRunner.query(`CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'pending' AND channel <> 'none'`);
    await queryRunner.query(`DROP INDEX notifications_ending_once_idx`);
    await queryRunner.query(`DROP INDEX notifications_exposure_once_idx`);
  }
}
