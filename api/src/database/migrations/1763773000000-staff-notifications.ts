import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'exposure', 'inquiry', 'lift.pending', 'lift.effective', 'lift.cancelled', 'dispute.decided', 'restriction.ending'`;
const TYPES_AFTER = `${TYPES_BEFORE}, 'lookup.alert'`;

/**
 * SPEC §3.9: a look-up alert reaches every active admin through the outbox, by e-mail. A message is
 * for a person (`iin_hash`, contacts read at delivery) or for a back-office account
 * (`recipient_user_id`, its e-mail read at delivery), exactly one of them; an account's messages go
 * by e-mail (or `none`), never to the webhook, which carries the citizen types only (SPEC §5.5).
 * The checks are added NOT VALID and validated after, so the outbox is not locked while its rows
 * are scanned.
 */
export class StaffNotifications1763773000000 implements MigrationInterface {
  name = 'StaffNotifications1763773000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN recipient_user_id uuid REFERENCES regulator_users (id), ALTER COLUMN iin_hash DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (type IN (${TYPES_AFTER})) NOT VALID,
        ADD CONSTRAINT notifications_recipient_check CHECK ((iin_hash IS NULL) <> (recipient_user_id IS NULL)) NOT VALID,
        ADD CONSTRAINT notifications_staff_channel_check CHECK (recipient_user_id IS NULL OR channel IN ('email', 'none')) NOT VALID`);
    for (const check of ['notifications_type_check', 'notifications_recipient_check', 'notifications_staff_channel_check']) {
      await queryRunner.query(`ALTER TABLE notifications VALIDATE CONSTRAINT ${check}`);
    }
    await queryRunner.query(`CREATE INDEX notifications_recipient_user_idx ON notifications (recipient_user_id) WHERE recipient_user_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE recipient_user_id IS NOT NULL`);
    await queryRunner.query(`DROP INDEX notifications_recipient_user_idx`);
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_staff_channel_check,
        DROP CONSTRAINT notifications_recipient_check,
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (type IN (${TYPES_BEFORE})),
        ALTER COLUMN iin_hash SET NOT NULL,
        DROP COLUMN recipient_user_id`);
  }
}
