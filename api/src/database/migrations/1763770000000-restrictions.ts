import { MigrationInterface, QueryRunner } from 'typeorm';

export class Restrictions1763770000000 implements MigrationInterface {
  name = 'Restrictions1763770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Restrictions (SPEC §3.2): one row per IIN per confirmed breach, keyed by the same HMAC as the
    // exposure that caused it. The bank check reads them by `iin_hash` (the key's first column): one
    // index range of a row or two per person. Whether a breach still restricts is read from the
    // breach at check time, so a retraction ends its restrictions at once, whatever the size of the
    // breach. No foreign key: checking one would cost an index probe for each of ten million rows
    // written at confirmation; the rows of a breach are removed by the restrictions module instead.
    await queryRunner.query(`
      CREATE TABLE restrictions (
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        breach_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        PRIMARY KEY (iin_hash, breach_id)
      )`);

    // Protection by choice (SPEC §3.4): a restriction a citizen places on themselves, without a breach,
    // or to extend one. Lifted by the same rules as any restriction.
    await queryRunner.query(`
      CREATE TABLE protections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX protections_iin_hash_idx ON protections (iin_hash, ends_at)`);

    // Lifts (SPEC §3.3). A lift covers all lenders, one kind of lender or one lender by BIN, never
    // two of these at once. `effective_at` is fixed when the lift is asked for: the later of the
    // cooling-off's end and the requested start. Its status (pending, effective, expired) follows
    // from the time; only cancellation is stored.
    await queryRunner.query(`
      CREATE TABLE lifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        kind text NOT NULL CHECK (kind IN ('temporary', 'permanent')),
        window_from timestamptz,
        window_until timestamptz,
        lender_kind text CHECK (lender_kind IN ('bank', 'mfo')),
        lender_bin text CHECK (lender_bin ~ '^[0-9]{12}$'),
        effective_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        -- Who cancelled: the citizen, or a reviewer who suspected coercion (with a reason the citizen sees).
        cancelled_by text CHECK (cancelled_by IN ('citizen', 'reviewer')),
        cancelled_by_user_id uuid REFERENCES regulator_users (id),
        cancel_reason text CHECK (char_length(cancel_reason) <= 2000),
        CHECK (lender_kind IS NULL OR lender_bin IS NULL),
        CHECK ((kind = 'temporary') = (window_until IS NOT NULL)),
        CHECK (window_until IS NULL OR window_from IS NULL OR window_until > window_from),
        CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX lifts_iin_hash_idx ON lifts (iin_hash, created_at)`);
    await queryRunner.query(`CREATE INDEX lifts_created_at_idx ON lifts (created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE lifts`);
    await queryRunner.query(`DROP TABLE protections`);
    await queryRunner.query(`DROP TABLE restrictions`);
  }
}
