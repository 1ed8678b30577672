import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ingestion1763769900000 implements MigrationInterface {
  name = 'Ingestion1763769900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One job per upload (SPEC §5.1): the durable record of a load, its counts and its progress.
    // Jobs are claimed with FOR UPDATE SKIP LOCKED (ingestion.repository.ts).
    await queryRunner.query(`
      CREATE TABLE ingest_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        breach_id uuid NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        rows_read bigint NOT NULL DEFAULT 0,
        valid_values bigint NOT NULL DEFAULT 0,
        accepted bigint NOT NULL DEFAULT 0,
        rejected bigint NOT NULL DEFAULT 0,
        duplicates bigint NOT NULL DEFAULT 0,
        -- At most 20 {line, value, reason}; values masked (8701***4567), never raw.
        reject_sample jsonb NOT NULL DEFAULT '[]',
        bytes_read bigint NOT NULL DEFAULT 0,
        bytes_total bigint,
        rate double precision NOT NULL DEFAULT 0,
        eta_seconds integer,
        error text,
        actor_id uuid REFERENCES regulator_users (id),
        actor_email text,
        actor_role text,
        request_id text,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ingest_jobs_breach_idx ON ingest_jobs (breach_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ingest_jobs_status_idx ON ingest_jobs (status, created_at)`);
    await queryRunner.query(`CREATE INDEX ingest_jobs_created_idx ON ingest_jobs (created_at, id)`);

    // Exposures (SPEC §2, §3.7): one kind-prefixed HMAC of a normalised identifier per breach, never the
    // raw value. LIST-partitioned by breach, one partition per breach (created by the first load, built
    // unindexed and then attached): tens of millions of rows per breach and hundreds of breaches stay
    // manageable, a first load builds its index once instead of row by row, and a breach's exposures can
    // be dropped as a whole. The key leads with the hash so that looking a person up reads one index
    // entry per partition. No foreign key to breaches: checking one would scan a whole partition on
    // attach. kind: 1 iin, 2 phone, 3 email (ingestion.rules.ts).
    await queryRunner.query(`
      CREATE TABLE exposures (
        breach_id uuid NOT NULL,
        identifier_hash bytea NOT NULL CHECK (octet_length(identifier_hash) = 32),
        kind smallint NOT NULL CHECK (kind IN (1, 2, 3)),
        PRIMARY KEY (identifier_hash, breach_id)
      ) PARTITION BY LIST (breach_id)`);

    // Per-upload staging tables live here: UNLOGGED (no WAL, truncated by crash recovery), dropped when
    // their job ends, and any left by an interrupted job dropped at start.
    await queryRunner.query(`CREATE SCHEMA ingest_staging`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ingest_staging CASCADE`);
    await queryRunner.query(`DROP TABLE exposures`);
    await queryRunner.query(`DROP TABLE ingest_jobs`);
  }
}
