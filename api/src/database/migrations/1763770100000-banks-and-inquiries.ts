import { MigrationInterface, QueryRunner } from 'typeorm';

export class BanksAndInquiries1763770100000 implements MigrationInterface {
  name = 'BanksAndInquiries1763770100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Lenders allowed to check restrictions (SPEC §5.1). A lender is deactivated, never deleted:
    // its inquiries are the citizens' record of who checked them.
    await queryRunner.query(`
      CREATE TABLE banks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bin text NOT NULL UNIQUE CHECK (bin ~ '^[0-9]{12}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN ('bank', 'mfo')),
        licence text CHECK (char_length(licence) <= 100),
        active boolean NOT NULL DEFAULT true,
        rate_limit_per_second integer NOT NULL CHECK (rate_limit_per_second BETWEEN 1 AND 100000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);

    // API keys: only the SHA-256 of the key is kept, with its visible prefix for people to tell keys apart.
    await queryRunner.query(`
      CREATE TABLE bank_api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES banks (id),
        prefix text NOT NULL CHECK (prefix ~ '^[0-9a-f]{8}$'),
        key_hash bytea NOT NULL UNIQUE CHECK (octet_length(key_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX bank_api_keys_bank_id_idx ON bank_api_keys (bank_id, created_at)`);

    // Ed25519 keys that sign the answers to banks. The private key is encrypted (AES-256-GCM under a
    // key derived from the registry pepper), so a database dump alone cannot forge answers. At most
    // one key is active (not retired) at a time.
    await queryRunner.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_key_encrypted bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX signing_keys_one_active_idx ON signing_keys ((true)) WHERE retired_at IS NULL`);

    // Inquiries (SPEC §5.2): one row per IIN asked; a batch's rows share its inquiry_id. No foreign
    // key to banks: banks are never deleted, and a check per row would cost the hot path an index
    // probe for each of the thousand rows of a batch.
    await queryRunner.query(`
      CREATE TABLE inquiries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inquiry_id uuid NOT NULL,
        bank_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('loan', 'microcredit')),
        reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 64),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        restricted boolean NOT NULL,
        restricted_until timestamptz,
        checked_at timestamptz NOT NULL
      )`);
    // The back office lists by time and by bank; the citizen reads their own by hash, newest first.
    await queryRunner.query(`CREATE INDEX inquiries_checked_at_idx ON inquiries (checked_at, id)`);
    await queryRunner.query(`CREATE INDEX inquiries_bank_id_idx ON inquiries (bank_id, checked_at)`);
    await queryRunner.query(`CREATE INDEX inquiries_iin_hash_idx ON inquiries (iin_hash, checked_at DESC)`);
    await queryRunner.query(`CREATE INDEX inquiries_inquiry_id_idx ON inquiries (inquiry_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inquiries`);
    await queryRunner.query(`DROP TABLE signing_keys`);
    await queryRunner.query(`DROP TABLE bank_api_keys`);
    await queryRunner.query(`DROP TABLE banks`);
  }
}
