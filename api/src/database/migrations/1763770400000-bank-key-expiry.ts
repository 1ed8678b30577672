import { MigrationInterface, QueryRunner } from 'typeorm';

export class BankKeyExpiry1763770400000 implements MigrationInterface {
  name = 'BankKeyExpiry1763770400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A key may be issued for a limited time (a pilot, a contractor's integration); past it the key
    // is refused as a revoked one is. Null: it never expires.
    await queryRunner.query(`ALTER TABLE bank_api_keys ADD COLUMN expires_at timestamptz, ADD CONSTRAINT bank_api_keys_expiry_check CHECK (expires_at > created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE bank_api_keys DROP COLUMN expires_at`);
  }
}
