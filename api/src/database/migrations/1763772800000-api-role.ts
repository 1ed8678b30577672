import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE_NAME_SQL } from '../app-role';

/**
 * The role the API serves requests as (database/app-role.ts): everything it needs on every table,
 * only INSERT and SELECT on the audit trail. The partitioned tables whose partitions the API makes
 * and drops at run time (exposures, inquiries) and the ingestion staging schema become its own,
 * since PostgreSQL lets only a table's owner attach or drop its partitions.
 */
export class ApiRole1763772800000 implements MigrationInterface {
  name = 'ApiRole1763772800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        api_role text := ${APP_ROLE_NAME_SQL};
        owned record;
      BEGIN
        -- Roles are cluster-wide: another database's migration, or an earlier run, may have made it.
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = api_role) THEN
          EXECUTE format('CREATE ROLE %I NOLOGIN', api_role);
        END IF;
        -- The owner turns into the role (SET ROLE) and keeps the rights over what the role owns.
        IF NOT pg_has_role(current_user, api_role, 'MEMBER') THEN
          EXECUTE format('GRANT %I TO %I', api_role, current_user);
        END IF;
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), api_role);
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', api_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', api_role);
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', api_role);
        -- Tables and sequences later migrations create get the same rights.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', api_role);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', api_role);
        -- The trail: appended to and read, never changed, and not the role's own (no DISABLE TRIGGER).
        EXECUTE format('REVOKE ALL ON audit_events FROM %I', api_role);
        EXECUTE format('GRANT SELECT, INSERT ON audit_events TO %I', api_role);
        -- Partitioned tables the API maintains at run time, with every partition they have.
        FOR owned IN
          SELECT c.oid::regclass AS name FROM pg_class c
           WHERE c.oid IN ('exposures'::regclass, 'inquiries'::regclass)
              OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent IN ('exposures'::regclass, 'inquiries'::regclass))
              OR c.relnamespace = 'ingest_staging'::regnamespace AND c.relkind = 'r'
        LOOP
          EXECUTE format('ALTER TABLE %s OWNER TO %I', owned.name, api_role);
        END LOOP;
        EXECUTE format('ALTER SCHEMA ingest_staging OWNER TO %I', api_role);
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        api_role text := ${APP_ROLE_NAME_SQL};
      BEGIN
        EXECUTE format('REASSIGN OWNED BY %I TO %I', api_role, current_user);
        EXECUTE format('DROP OWNED BY %I', api_role);
      END $$`);
  }
}
