import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's index by person served one query: removing a person's undelivered messages when they
 * remove their contacts (contacts.repository.ts); the citizen's list of checks finds its alerts by
 * subject. Keyed by the hash of an IIN, every entry lands on a random page, and every delivered
 * inquiry alert — the outbox's bulk — paid for one. Partial, it holds the undelivered messages only.
 */
export class UndeliveredPersonIndex1763773400000 implements MigrationInterface {
  name = 'UndeliveredPersonIndex1763773400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX notifications_undelivered_person_idx ON notifications (iin_hash) WHERE status <> 'delivered'`);
    await queryRunner.query(`DROP INDEX notifications_person_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX notifications_person_idx ON notifications (iin_hash)`);
    await queryRunner.query(`DROP INDEX notifications_undelivered_person_idx`);
  }
}
