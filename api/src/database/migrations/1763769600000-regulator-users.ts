import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegulatorUsers1763769600000 implements MigrationInterface {
  name = 'RegulatorUsers1763769600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE regulator_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'analyst', 'reviewer', 'auditor')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        failed_sign_ins integer NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
        locked_until timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX regulator_users_email_key ON regulator_users (lower(email))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE regulator_users`);
  }
}
