import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which API process works on an ingestion job (database/process-liveness.ts): another process
 * fails a job left open only once its owner is gone, whatever phase the job was in. Null for jobs
 * made before this column, which the job's own lock still guards.
 */
export class IngestJobOwner1763772520000 implements MigrationInterface {
  name = 'IngestJobOwner1763772520000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest_jobs ADD COLUMN owner_token integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ingest_jobs DROP COLUMN owner_token`);
  }
}
