import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The development identity provider's key and spent codes (migration 1763772510000-dev-idp-shared). */
@Injectable()
export class DevIdpRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findKey(): Promise<{ kid: string; privateKeyEncrypted: Buffer } | null> {
    const rows: { kid: string; privateKeyEncrypted: Buffer }[] = await this.dataSource.query(
      `SELECT kid, private_key_encrypted AS "privateKeyEncrypted" FROM dev_idp_keys`,
    );
    return rows[0] ?? null;
  }

  /** Stores the key unless another process stored one first. */
  async insertKeyIfNone(kid: string, privateKeyEncrypted: Buffer): Promise<void> {
    await this.dataSource.query(`INSERT INTO dev_idp_keys (kid, private_key_encrypted) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [kid, privateKeyEncrypted]);
  }

  /** Marks the code spent: true the first time, in whichever process; false once it was. Expired marks are swept on the way. */
  async spendCode(codeHash: Buffer, expiresAt: Date): Promise<boolean> {
    await this.dataSource.query(`DELETE FROM dev_idp_spent_codes WHERE expires_at < now()`);
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO dev_idp_spent_codes (code_hash, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING true`,
      [codeHash, expiresAt],
    );
    return rows.length === 1;
  }
}
