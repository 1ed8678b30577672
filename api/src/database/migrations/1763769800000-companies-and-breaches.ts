import { MigrationInterface, QueryRunner } from 'typeorm';

export class CompaniesAndBreaches1763769800000 implements MigrationInterface {
  name = 'CompaniesAndBreaches1763769800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bin text NOT NULL CHECK (bin ~ '^[0-9]{12}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
        sector text NOT NULL CHECK (sector IN ('retail', 'telecom', 'finance', 'government', 'health', 'delivery', 'education', 'other')),
        website text,
        contact_name text,
        contact_email text,
        contact_phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX companies_bin_key ON companies (bin)`);
    await queryRunner.query(`CREATE INDEX companies_name_idx ON companies (name)`);

    await queryRunner.query(`
      CREATE TABLE breaches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 10000),
        occurred_at timestamptz,
        discovered_at timestamptz NOT NULL,
        reported_at timestamptz NOT NULL,
        data_classes text[] NOT NULL CHECK (
          cardinality(data_classes) > 0
          AND data_classes <@ ARRAY['iin', 'full_name', 'phone', 'email', 'address', 'birth_date', 'id_document', 'bank_card',
            'bank_account', 'vehicle_plate', 'order_history', 'password', 'health', 'biometric', 'other']::text[]
        ),
        records_claimed bigint CHECK (records_claimed >= 0),
        exposure_count integer NOT NULL DEFAULT 0 CHECK (exposure_count >= 0),
        restricted_count integer NOT NULL DEFAULT 0 CHECK (restricted_count >= 0),
        restriction_days integer NOT NULL DEFAULT 90 CHECK (restriction_days BETWEEN 1 AND 365),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'investigating', 'confirmed', 'closed', 'rejected', 'retracted')),
        published boolean NOT NULL DEFAULT false,
        sensitive boolean NOT NULL DEFAULT false,
        -- Computed on every write from discovered_at and reported_at (breaches.rules.ts), stored so
        -- that lists filter and sort on them cheaply.
        reporting_delay_hours numeric(9, 1) NOT NULL,
        reported_late boolean NOT NULL,
        -- Full-text search on title and description: words as written, no stemming (Kazakh, Russian
        -- and English alike), lower-cased by Unicode rules (the database's C locale folds ASCII only).
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', lower((title || ' ' || description) COLLATE pg_c_utf8))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (occurred_at IS NULL OR occurred_at <= discovered_at),
        CHECK (discovered_at <= reported_at)
      )`);
    // The list's default order is the newest report first; the other indexes serve its filters.
    await queryRunner.query(`CREATE INDEX breaches_reported_at_idx ON breaches (reported_at, id)`);
    await queryRunner.query(`CREATE INDEX breaches_company_idx ON breaches (company_id, reported_at)`);
    await queryRunner.query(`CREATE INDEX breaches_status_idx ON breaches (status, reported_at)`);
    await queryRunner.query(`CREATE INDEX breaches_data_classes_idx ON breaches USING gin (data_classes)`);
    await queryRunner.query(`CREATE INDEX breaches_search_idx ON breaches USING gin (search)`);

    await queryRunner.query(`
      CREATE TABLE breach_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        breach_id uuid NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
        actor_id uuid NOT NULL REFERENCES regulator_users (id),
        actor_email text NOT NULL,
        actor_role text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX breach_transitions_breach_idx ON breach_transitions (breach_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE breach_transitions`);
    await queryRunner.query(`DROP TABLE breaches`);
    await queryRunner.query(`DROP TABLE companies`);
  }
}
