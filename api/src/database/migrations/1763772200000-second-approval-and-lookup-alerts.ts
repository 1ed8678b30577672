import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES_BEFORE = `'draft', 'investigating', 'confirmed', 'closed', 'rejected', 'retracted'`;
const STATUSES_AFTER = `'draft', 'investigating', 'awaiting-approval', 'confirmed', 'closed', 'rejected', 'retracted'`;

/**
 * SPEC §3.9. A confirmation over CONFIRM_APPROVAL_THRESHOLD people waits for a second regulator in
 * the new status `awaiting-approval` (who asked is the breach's latest move into it, in its
 * timeline). Person look-ups are audit events, counted per account over the last hour through a
 * partial index; crossing LOOKUP_ALERT_PER_HOUR stores one alert for admins. The audit list
 * filters by actor and by event kind with an index each.
 */
export class SecondApprovalAndLookupAlerts1763772200000 implements MigrationInterface {
  name = 'SecondApprovalAndLookupAlerts1763772200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE breaches DROP CONSTRAINT breaches_status_check, ADD CONSTRAINT breaches_status_check CHECK (status IN (${STATUSES_AFTER}))`,
    );
    await queryRunner.query(`CREATE INDEX audit_events_lookups_idx ON audit_events (actor_id, at) WHERE action = 'restriction.looked-up'`);
    // The audit page filters by actor (typed as an e-mail address) and by event kind.
    await queryRunner.query(`CREATE INDEX audit_events_actor_email_idx ON audit_events (actor_email, id)`);
    await queryRunner.query(`CREATE INDEX audit_events_action_idx ON audit_events (action, id)`);
    await queryRunner.query(`
      CREATE TABLE lookup_alerts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid NOT NULL,
        actor_email text NOT NULL,
        actor_role text NOT NULL,
        lookups integer NOT NULL CHECK (lookups > 0),
        lookup_limit integer NOT NULL CHECK (lookup_limit > 0),
        raised_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX lookup_alerts_actor_idx ON lookup_alerts (actor_id, raised_at)`);
    await queryRunner.query(`CREATE INDEX lookup_alerts_raised_at_idx ON lookup_alerts (raised_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE lookup_alerts`);
    await queryRunner.query(`DROP INDEX audit_events_action_idx`);
    await queryRunner.query(`DROP INDEX audit_events_actor_email_idx`);
    await queryRunner.query(`DROP INDEX audit_events_lookups_idx`);
    // A confirmation still waiting for its approval goes back to investigation, as a decline would.
    await queryRunner.query(`UPDATE breaches SET status = 'investigating' WHERE status = 'awaiting-approval'`);
    await queryRunner.query(
      `ALTER TABLE breaches DROP CONSTRAINT breaches_status_check, ADD CONSTRAINT breaches_status_check CHECK (status IN (${STATUSES_BEFORE}))`,
    );
  }
}
