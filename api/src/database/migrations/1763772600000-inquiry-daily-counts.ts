import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's inquiries per lender, pre-aggregated: one row per complete UTC day, lender and
 * result, filled by the daily-counts job (inquiries/inquiry-daily-counts.service.ts) from that day's
 * partition, never by the bank check's insert. `counted_until` is the first day not counted yet:
 * every day before it, back to the earliest a dashboard window reaches, is in the table.
 */
export class InquiryDailyCounts1763772600000 implements MigrationInterface {
  name = 'InquiryDailyCounts1763772600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inquiry_daily_counts (
        day date NOT NULL,
        bank_id uuid NOT NULL,
        restricted boolean NOT NULL,
        count bigint NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, bank_id, restricted)
      )`);
    await queryRunner.query(`
      CREATE TABLE inquiry_daily_counts_watermark (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        counted_until date NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inquiry_daily_counts_watermark`);
    await queryRunner.query(`DROP TABLE inquiry_daily_counts`);
  }
}
