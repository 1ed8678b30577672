import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@qorgau/shared';
import { DataSource } from 'typeorm';

/** One row of `citizen_contacts` (migration 1763772000000-notifications): the contacts still sealed. */
export interface SealedContacts {
  emailCiphertext: Buffer | null;
  phoneCiphertext: Buffer | null;
  language: Language;
}

@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(iinHash: Buffer): Promise<SealedContacts | null> {
    const rows: { email_ciphertext: Buffer | null; phone_ciphertext: Buffer | null; language: Language }[] = await this.dataSource.query(
      `SELECT email_ciphertext, phone_ciphertext, language FROM citizen_contacts WHERE iin_hash = $1`,
      [iinHash],
    );
    return rows.length === 0 ? null : { emailCiphertext: rows[0].email_ciphertext, phoneCiphertext: rows[0].phone_ciphertext, language: rows[0].language };
  }

  async save(iinHash: Buffer, contacts: SealedContacts, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO citizen_contacts (iin_hash, email_ciphertext, phone_ciphertext, language, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (iin_hash) DO UPDATE SET email_ciphertext = $2, phone_ciphertext = $3, language = $4, updated_at = $5`,
      [iinHash, contacts.emailCiphertext, contacts.phoneCiphertext, contacts.language, at],
    );
  }

  /** Forgets the person's contacts, and the messages still waiting for them: nobody is left to send them to. */
  async remove(iinHash: Buffer): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM citizen_contacts WHERE iin_hash = $1`, [iinHash]);
      await manager.query(`DELETE FROM notifications WHERE iin_hash = $1 AND status <> 'delivered'`, [iinHash]);
    });
  }
}
