import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1763772000000 implements MigrationInterface {
  name = 'Notifications1763772000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // How the registry reaches a person (SPEC §5.5): by the keyed hash of their IIN, the e-mail and
    // phone AES-256-GCM encrypted under a key derived from the pepper (contacts.rules.ts), so a dump
    // alone reveals no contact. Deleted whole when the person asks.
    await queryRunner.query(`
      CREATE TABLE citizen_contacts (
        iin_hash bytea PRIMARY KEY CHECK (octet_length(iin_hash) = 32),
        email_ciphertext bytea,
        phone_ciphertext bytea,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        updated_at timestamptz NOT NULL
      )`);
    // The transactional outbox (SPEC §3.8): one row per message and channel, written in the same
    // transaction as its cause, delivered at least once by the dispatcher. It holds no contact: the
    // dispatcher reads (and decrypts) the person's contacts at delivery. `payload` is the data its
    // text is made of; `subject_id` the inquiry, lift or dispute it is about.
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('exposure', 'inquiry', 'lift.pending', 'lift.effective', 'lift.cancelled', 'dispute.decided', 'restriction.ending')),
        channel text NOT NULL CHECK (channel IN ('webhook', 'email', 'none')),
        iin_hash bytea NOT NULL CHECK (octet_length(iin_hash) = 32),
        subject_id uuid,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'parked')),
        tries integer NOT NULL DEFAULT 0 CHECK (tries >= 0),
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
      )`);
    // The dispatcher's claim: due rows of a deliverable channel, soonest first.
    await queryRunner.query(`CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'pending' AND channel <> 'none'`);
    await queryRunner.query(`CREATE INDEX notifications_created_idx ON notifications (created_at, id)`);
    await queryRunner.query(`CREATE INDEX notifications_delivered_idx ON notifications (delivered_at) WHERE status = 'delivered'`);
    await queryRunner.query(`CREATE INDEX notifications_subject_idx ON notifications (subject_id) WHERE subject_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX notifications_person_idx ON notifications (iin_hash)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE citizen_contacts`);
  }
}
