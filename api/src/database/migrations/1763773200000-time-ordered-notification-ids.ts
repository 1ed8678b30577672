import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox takes a row per inquiry alert, thousands a second under bank-check load: a random
 * (v4) id put each one on a random page of the primary key, and after every checkpoint nearly each
 * insert wrote that page's full image to the WAL. A time-ordered id (UUIDv7, RFC 9562: 48 bits of
 * Unix milliseconds, then random bits) lands at the key's right edge. PostgreSQL 18 has `uuidv7()`;
 * this function gives the same on the PostgreSQL 15 of the replicated deployment.
 */
export class TimeOrderedNotificationIds1763773200000 implements MigrationInterface {
  name = 'TimeOrderedNotificationIds1763773200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A version-4 UUID with its first 48 bits replaced by the time and its version nibble set to 7
    // (bits 52 and 53 of the byte string: 0100 → 0111); the variant bits stay those of version 4.
    await queryRunner.query(`
      CREATE FUNCTION time_ordered_uuid() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
        SELECT encode(
          set_bit(set_bit(
            overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
            52, 1), 53, 1),
          'hex')::uuid
      $$`);
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN id SET DEFAULT time_ordered_uuid()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`DROP FUNCTION time_ordered_uuid()`);
  }
}
