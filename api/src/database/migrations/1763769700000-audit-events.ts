import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1763769700000 implements MigrationInterface {
  name = 'AuditEvents1763769700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_email text,
        actor_role text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        changes jsonb NOT NULL DEFAULT '{}',
        request_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_events_at_idx ON audit_events (at)`);
    // Append-only: the trail is evidence. Rows can be added, never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_refuse_change()`);
  }
}
