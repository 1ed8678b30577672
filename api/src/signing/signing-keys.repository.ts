import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PublicJwk } from './signing.rules';

export interface SigningKeyRecord {
  kid: string;
  publicJwk: PublicJwk;
  privateKeyEncrypted: Buffer;
  createdAt: Date;
  retiredAt: Date | null;
}

/** A key to store: what it is made with, before the database dates it. */
export type NewSigningKeyRecord = Pick<SigningKeyRecord, 'kid' | 'publicJwk' | 'privateKeyEncrypted'>;

const COLUMNS = `kid, public_jwk AS "publicJwk", private_key_encrypted AS "privateKeyEncrypted", created_at AS "createdAt", retired_at AS "retiredAt"`;

@Injectable()
export class SigningKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The active key and the keys retired less than `retentionDays` ago, newest first. */
  findPublished(retentionDays: number): Promise<SigningKeyRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM signing_keys
        WHERE retired_at IS NULL OR retired_at > now() - make_interval(days => $1)
        ORDER BY retired_at DESC NULLS FIRST, created_at DESC`,
      [retentionDays],
    );
  }

  /** Inserts the first key unless another process got there first (at most one key is active). */
  async insertIfNoneActive(key: NewSigningKeyRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO signing_keys (kid, public_jwk, private_key_encrypted) VALUES ($1, $2, $3)
       ON CONFLICT ((true)) WHERE retired_at IS NULL DO NOTHING`,
      [key.kid, JSON.stringify(key.publicJwk), key.privateKeyEncrypted],
    );
  }

  /** Retires the active key and inserts the new one; rotations run one at a time. Returns the retired kid. */
  async rotate(manager: EntityManager, key: NewSigningKeyRecord): Promise<{ retiredKid: string | null; createdAt: Date }> {
    await manager.query('LOCK TABLE signing_keys IN EXCLUSIVE MODE');
    const [retired]: [{ kid: string }[], number] = await manager.query(`UPDATE signing_keys SET retired_at = now() WHERE retired_at IS NULL RETURNING kid`);
    const [{ createdAt }]: { createdAt: Date }[] = await manager.query(
      `INSERT INTO signing_keys (kid, public_jwk, private_key_encrypted) VALUES ($1, $2, $3) RETURNING created_at AS "createdAt"`,
      [key.kid, JSON.stringify(key.publicJwk), key.privateKeyEncrypted],
    );
    return { retiredKid: retired[0]?.kid ?? null, createdAt };
  }
}
