import { MigrationInterface, QueryRunner } from 'typeorm';

export class RestrictionsCoveringKey1763770300000 implements MigrationInterface {
  name = 'RestrictionsCoveringKey1763770300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The bank check reads a person's restriction periods by `iin_hash`. With the period in the key's
    // leaf pages (INCLUDE) that read is index-only: over ten million restricted people the heap page
    // each lookup would otherwise fetch is almost never in memory (`pnpm bench bank`).
    await queryRunner.query(`ALTER TABLE restrictions DROP CONSTRAINT restrictions_pkey`);
    await queryRunner.query(`ALTER TABLE restrictions ADD PRIMARY KEY (iin_hash, breach_id) INCLUDE (starts_at, ends_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE restrictions DROP CONSTRAINT restrictions_pkey`);
    await queryRunner.query(`ALTER TABLE restrictions ADD PRIMARY KEY (iin_hash, breach_id)`);
  }
}
