import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UnlockTokenState } from './auth.rules';

export interface UnlockTokenRow extends UnlockTokenState {
  id: string;
  userId: string;
}

const COLUMNS = `id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt", failed_attempts AS "failedAttempts"`;

/** `account_unlock_tokens` (migration 1763773100000): each token by the SHA-256 of its text, never the text. */
@Injectable()
export class UnlockTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, token: { id: string; userId: string; tokenHash: Buffer; expiresAt: Date }): Promise<void> {
    await manager.query(`INSERT INTO account_unlock_tokens (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`, [
      token.id,
      token.userId,
      token.tokenHash,
      token.expiresAt,
    ]);
  }

  /** The account's token with this hash, whatever its state; null for any other. */
  async findForAccount(userId: string, tokenHash: Buffer, manager: EntityManager = this.dataSource.manager, lock = false): Promise<UnlockTokenRow | null> {
    const rows: UnlockTokenRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM account_unlock_tokens WHERE token_hash = $1 AND user_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [tokenHash, userId],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE account_unlock_tokens SET used_at = $2 WHERE id = $1`, [id, at]);
  }

  async countFailedAttempt(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE account_unlock_tokens SET failed_attempts = failed_attempts + 1 WHERE id = $1`, [id]);
  }
}
