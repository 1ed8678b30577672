import { MigrationInterface, QueryRunner } from 'typeorm';

export class RestrictionJobs1763770050000 implements MigrationInterface {
  name = 'RestrictionJobs1763770050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The durable queue of restriction work (SPEC §3.2): placing a confirmed breach's restrictions,
    // those of a load into an already confirmed breach, and removing a retracted breach's. A job
    // walks its breach's IIN exposures in hash order, one chunk per transaction; `cursor` is the last
    // hash done, saved in the chunk's transaction, so a job interrupted by a restart resumes where
    // it stopped. A job is worked on under an advisory lock per breach (restriction-jobs.repository.ts).
    await queryRunner.query(`
      CREATE TABLE restriction_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        breach_id uuid NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('confirmation', 'late-load', 'retraction')),
        -- The load whose identifiers a late-load job restricts.
        ingest_job_id uuid REFERENCES ingest_jobs (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'stopped')),
        -- The period given to each restriction the job places; none for a retraction.
        starts_at timestamptz,
        ends_at timestamptz,
        cursor bytea NOT NULL DEFAULT '\\x',
        processed bigint NOT NULL DEFAULT 0,
        total bigint,
        -- Restriction rows written (or, for a retraction, deleted) by the job.
        changed bigint NOT NULL DEFAULT 0,
        rate double precision NOT NULL DEFAULT 0,
        eta_seconds integer,
        -- Why a job stopped, or the last error of a job that will be retried.
        error text,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'retraction') = (starts_at IS NULL)),
        CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
        CHECK (ends_at > starts_at),
        CHECK ((kind = 'late-load') = (ingest_job_id IS NOT NULL))
      )`);
    // One confirmation and one retraction per breach, one late-load job per load: announcing an
    // event twice, or a start that re-creates missed jobs, adds nothing.
    await queryRunner.query(`CREATE UNIQUE INDEX restriction_jobs_breach_kind_key ON restriction_jobs (breach_id, kind) WHERE kind <> 'late-load'`);
    await queryRunner.query(`CREATE UNIQUE INDEX restriction_jobs_ingest_job_key ON restriction_jobs (ingest_job_id)`);
    await queryRunner.query(`CREATE INDEX restriction_jobs_open_idx ON restriction_jobs (created_at, id) WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX restriction_jobs_breach_idx ON restriction_jobs (breach_id, created_at)`);
    await queryRunner.query(`CREATE INDEX restriction_jobs_created_idx ON restriction_jobs (created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE restriction_jobs`);
  }
}
