import { MigrationInterface, QueryRunner } from 'typeorm';

export class Disputes1763770200000 implements MigrationInterface {
  name = 'Disputes1763770200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Disputes (SPEC §3.4): a person says an exposure is not theirs; a reviewer accepts (the exposure
    // and the restriction it caused are removed) or rejects, with a reason the person reads. The
    // person is kept as the keyed hash of their IIN, like everything else about them. The breach is
    // referenced by id: only a draft breach can be deleted, and a draft is never disputed.
    await queryRunner.query(`
      CREATE TABLE disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        breach_id uuid NOT NULL REFERENCES breaches (id),
        reason text NOT NULL CHECK (reason IN ('not_mine', 'never_customer', 'other')),
        text text NOT NULL DEFAULT '' CHECK (char_length(text) <= 2000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        decision_reason text CHECK (char_length(decision_reason) <= 2000),
        decided_by uuid REFERENCES regulator_users (id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'open') = (decided_at IS NULL)),
        CHECK ((status = 'open') = (decision_reason IS NULL)),
        CHECK ((status = 'open') = (decided_by IS NULL))
      )`);
    // One open dispute per person and breach; a rejected one may be followed by a new one.
    await queryRunner.query(`CREATE UNIQUE INDEX disputes_open_once ON disputes (iin_hash, breach_id) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX disputes_iin_hash_idx ON disputes (iin_hash, created_at)`);
    // The reviewers' queue: open disputes first, oldest first.
    await queryRunner.query(`CREATE INDEX disputes_queue_idx ON disputes ((status <> 'open'), created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE disputes`);
  }
}
