import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'exposure', 'inquiry', 'lift.pending', 'lift.effective', 'lift.cancelled', 'dispute.decided', 'restriction.ending', 'lookup.alert'`;
const TYPES_AFTER = `${TYPES_BEFORE}, 'account.unlock'`;

/**
 * The one-time tokens that lift a back-office account's lockout with the right password (auth/,
 * README "Security"). A token is kept only as its SHA-256: the token itself is derived from its id
 * under a server key when its e-mail goes out (notifications/account-unlock-token.rules.ts), so
 * neither this table nor the outbox holds it. `failed_attempts` counts wrong passwords given with
 * it; `used_at` marks its one use. The `account.unlock` message goes to the locked account itself
 * (`recipient_user_id`), by e-mail.
 */
export class AccountUnlockTokens1763773100000 implements MigrationInterface {
  name = 'AccountUnlockTokens1763773100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_unlock_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES regulator_users (id),
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        failed_attempts smallint NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX account_unlock_tokens_user_idx ON account_unlock_tokens (user_id, created_at)`);
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (type IN (${TYPES_AFTER})) NOT VALID`);
    await queryRunner.query(`ALTER TABLE notifications VALIDATE CONSTRAINT notifications_type_check`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE type = 'account.unlock'`);
    await queryRunner.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (type IN (${TYPES_BEFORE}))`);
    await queryRunner.query(`DROP TABLE account_unlock_tokens`);
  }
}
