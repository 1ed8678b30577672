import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inquiries partitioned by the month of checked_at (UTC), so that the indexes an insert touches
 * stay a month's size however many years are kept, and retention drops whole months. The rows
 * already recorded are copied into their months' partitions; the months from the oldest of them
 * to three months ahead are created here, later ones by the partition maintenance. A DEFAULT
 * partition takes any row whose month has no partition yet: an insert never fails for a missing
 * month; the maintenance moves such rows into their month's partition.
 */
export class InquiriesByMonth1763771350000 implements MigrationInterface {
  name = 'InquiriesByMonth1763771350000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inquiries RENAME TO inquiries_unpartitioned`);
    await queryRunner.query(`ALTER TABLE inquiries_unpartitioned DROP CONSTRAINT inquiries_pkey`);
    for (const index of ['inquiries_checked_at_idx', 'inquiries_bank_id_idx', 'inquiries_iin_hash_idx', 'inquiries_inquiry_id_idx']) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`ALTER TABLE inquiries_unpartitioned ALTER COLUMN id DROP IDENTITY`);
    // A plain sequence rather than an identity column: PostgreSQL before 17 has no identity on partitioned tables.
    await queryRunner.query(`CREATE SEQUENCE inquiries_id_seq AS bigint`);
    // The primary key must hold the partition key; id first, so a lookup by id alone still uses it.
    await queryRunner.query(`
      CREATE TABLE inquiries (
        id bigint NOT NULL DEFAULT nextval('inquiries_id_seq'),
        inquiry_id uuid NOT NULL,
        bank_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('loan', 'microcredit')),
        reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 64),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        restricted boolean NOT NULL,
        restricted_until timestamptz,
        checked_at timestamptz NOT NULL,
        PRIMARY KEY (id, checked_at)
      ) PARTITION BY RANGE (checked_at)`);
    await queryRunner.query(`ALTER SEQUENCE inquiries_id_seq OWNED BY inquiries.id`);
    await queryRunner.query(`CREATE INDEX inquiries_checked_at_idx ON inquiries (checked_at, id)`);
    await queryRunner.query(`CREATE INDEX inquiries_bank_id_idx ON inquiries (bank_id, checked_at)`);
    await queryRunner.query(`CREATE INDEX inquiries_iin_hash_idx ON inquiries (iin_hash, checked_at DESC)`);
    await queryRunner.query(`CREATE INDEX inquiries_inquiry_id_idx ON inquiries (inquiry_id)`);
    await queryRunner.query(`CREATE TABLE inquiries_default PARTITION OF inquiries DEFAULT`);
    await queryRunner.query(`
      DO $$
      DECLARE
        month timestamp;
      BEGIN
        FOR month IN
          SELECT generate_series(
            date_trunc('month', coalesce((SELECT min(checked_at) FROM inquiries_unpartitioned), now()) AT TIME ZONE 'UTC'),
            date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months',
            interval '1 month')
        LOOP
          EXECUTE format('CREATE TABLE %I PARTITION OF inquiries FOR VALUES FROM (%L) TO (%L)',
            'inquiries_' || to_char(month, '"y"YYYY"m"MM'), month AT TIME ZONE 'UTC', (month + interval '1 month') AT TIME ZONE 'UTC');
        END LOOP;
      END $$`);
    await queryRunner.query(`INSERT INTO inquiries SELECT * FROM inquiries_unpartitioned`);
    await queryRunner.query(`SELECT setval('inquiries_id_seq', coalesce((SELECT max(id) FROM inquiries_unpartitioned), 0) + 1, false)`);
    await queryRunner.query(`DROP TABLE inquiries_unpartitioned`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inquiries RENAME TO inquiries_partitioned`);
    await queryRunner.query(`ALTER SEQUENCE inquiries_id_seq RENAME TO inquiries_partitioned_id_seq`);
    for (const index of ['inquiries_checked_at_idx', 'inquiries_bank_id_idx', 'inquiries_iin_hash_idx', 'inquiries_inquiry_id_idx']) {
      await queryRunner.query(`ALTER INDEX ${index} RENAME TO ${index.replace('inquiries_', 'inquiries_partitioned_')}`);
    }
    await queryRunner.query(`ALTER TABLE inquiries_partitioned RENAME CONSTRAINT inquiries_pkey TO inquiries_partitioned_pkey`);
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
    await queryRunner.query(`INSERT INTO inquiries OVERRIDING SYSTEM VALUE SELECT * FROM inquiries_partitioned`);
    await queryRunner.query(`SELECT setval(pg_get_serial_sequence('inquiries', 'id'), coalesce((SELECT max(id) FROM inquiries), 0) + 1, false)`);
    await queryRunner.query(`DROP TABLE inquiries_partitioned`);
    await queryRunner.query(`CREATE INDEX inquiries_checked_at_idx ON inquiries (checked_at, id)`);
    await queryRunner.query(`CREATE INDEX inquiries_bank_id_idx ON inquiries (bank_id, checked_at)`);
    await queryRunner.query(`CREATE INDEX inquiries_iin_hash_idx ON inquiries (iin_hash, checked_at DESC)`);
    await queryRunner.query(`CREATE INDEX inquiries_inquiry_id_idx ON inquiries (inquiry_id)`);
  }
}
