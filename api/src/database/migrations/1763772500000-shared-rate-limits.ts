import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits shared by every API process (SPEC §4): the lenders' token buckets and the public
 * API's per-client windows live here, not in each process. UNLOGGED: a crash or a failover only
 * refills the buckets and empties the windows, which costs nothing worth a WAL record per update.
 */
export class SharedRateLimits1763772500000 implements MigrationInterface {
  name = 'SharedRateLimits1763772500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per lender; processes take its tokens in small leases (banks/bank-rate-limit.guard.ts).
    // `granted` is the last lease's size, so that one statement both takes and tells.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE bank_rate_buckets (
        bank_id uuid PRIMARY KEY,
        tokens double precision NOT NULL,
        granted integer NOT NULL,
        refilled_at timestamptz NOT NULL
      )`);
    // Fixed one-minute windows per client address (its HMAC: addresses are personal data); past
    // windows are swept, so the table holds the clients of about two minutes.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE public_rate_windows (
        client_hash bytea NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (client_hash, window_start)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE public_rate_windows`);
    await queryRunner.query(`DROP TABLE bank_rate_buckets`);
  }
}
