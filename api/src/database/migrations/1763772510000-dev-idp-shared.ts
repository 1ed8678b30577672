import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The development identity provider served by any API process (SPEC §4): its signing key in the
 * database instead of each host's data directory, and the authorization codes already spent, so a
 * code issued by one process is redeemed once, by any. The codes themselves carry what they stand
 * for, sealed (dev-idp.rules.ts): no IIN is stored.
 */
export class DevIdpShared1763772510000 implements MigrationInterface {
  name = 'DevIdpShared1763772510000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One key at most: the first process to boot makes it.
    await queryRunner.query(`
      CREATE TABLE dev_idp_keys (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        kid text NOT NULL,
        private_key_encrypted bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Kept until the code would have expired anyway, then swept.
    await queryRunner.query(`
      CREATE TABLE dev_idp_spent_codes (
        code_hash bytea PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dev_idp_spent_codes`);
    await queryRunner.query(`DROP TABLE dev_idp_keys`);
  }
}
