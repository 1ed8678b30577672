import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Bank, LenderKind } from '@qorgau/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';
import { escapeLike } from '../common/query-helpers';
import { HotPathPool } from '../database/hot-path-pool';
import type { BankPrincipal } from './bank-principal';
import { BankException } from './banks.exception';

/** A lender as stored: the contract's Bank, its times as Dates. */
export interface BankRecord extends Omit<Bank, 'createdAt' | 'updatedAt'> {
  createdAt: Date;
  updatedAt: Date;
}

/** What a regulator sets on a lender. */
export type BankFields = Pick<BankRecord, 'bin' | 'name' | 'kind' | 'licence' | 'active' | 'rateLimitPerSecond'>;

export interface BankKeyRecord {
  id: string;
  bankId: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export type BankSortField = keyof BankRecord;

const SORT_COLUMNS: Record<BankSortField, string> = {
  id: 'id',
  bin: 'bin',
  name: 'name',
  kind: 'kind',
  licence: 'licence',
  active: 'active',
  rateLimitPerSecond: 'rate_limit_per_second',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  version: 'version',
};
export const BANK_SORT_FIELDS = Object.keys(SORT_COLUMNS) as BankSortField[];

export interface BankFilter {
  q?: string;
  kind?: LenderKind;
  active?: boolean;
  ids?: string[];
}

const BANK_COLUMNS = `id, bin, name, kind, licence, active, rate_limit_per_second AS "rateLimitPerSecond",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;
const KEY_COLUMNS = `id, bank_id AS "bankId", prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt", expires_at AS "expiresAt"`;

/** The lender behind a key, if the key is not revoked or expired and the lender active. */
const PRINCIPAL_BY_KEY_HASH_SQL = `
  SELECT b.id AS "bankId", k.id AS "keyId", b.bin, b.name, b.kind, b.rate_limit_per_second AS "rateLimitPerSecond", k.expires_at AS "expiresAt"
    FROM bank_api_keys k JOIN banks b ON b.id = k.bank_id
   WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND b.active`;

/** Last-used times are only ever moved forward. */
const TOUCH_KEYS_SQL = `
  UPDATE bank_api_keys k SET last_used_at = used.at
    FROM unnest($1::uuid[], $2::timestamptz[]) AS used (id, at)
   WHERE k.id = used.id AND (k.last_used_at IS NULL OR k.last_used_at < used.at)`;

/**
 * Refills the lender's bucket for the time since its last lease (at most to its capacity), then
 * takes up to $4 whole tokens from it: one statement, the row lock serialising the processes. A
 * lender's first lease finds a full bucket. Concurrent leases may see now() earlier than the row's
 * refill time (they waited for its lock): they refill nothing rather than a negative amount.
 */
const TAKE_RATE_TOKENS_SQL = `
  INSERT INTO bank_rate_buckets AS b (bank_id, tokens, granted, refilled_at)
  VALUES ($1, $3::float8 - least($4::int, floor($3::float8)), least($4::int, floor($3::float8)), now())
  ON CONFLICT (bank_id) DO UPDATE SET (tokens, granted, refilled_at) = (
    SELECT full_to - least($4::int, floor(full_to)), least($4::int, floor(full_to)), greatest(b.refilled_at, now())
      FROM (SELECT least($3::float8, b.tokens + $2::float8 * greatest(0, extract(epoch FROM now() - b.refilled_at))) AS full_to) refill)
  RETURNING granted, tokens`;

@Injectable()
export class BanksRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hotPath: HotPathPool,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** On every bank request whose key is not cached: a prepared statement on the hot-path pool, no ORM. */
  async findPrincipalByKeyHash(keyHash: Buffer): Promise<BankPrincipal | null> {
    const result = await this.hotPath.query<BankPrincipal>({ name: 'bank-principal-by-key', text: PRINCIPAL_BY_KEY_HASH_SQL, values: [keyHash] });
    return result.rows[0] ?? null;
  }

  /**
   * A lease of up to `want` tokens from the lender's bucket shared by every API process (rate per
   * second, capacity): how many were granted and what the bucket holds after.
   */
  async takeRateTokens(bankId: string, ratePerSecond: number, capacity: number, want: number): Promise<{ granted: number; tokensLeft: number }> {
    const result = await this.hotPath.query<{ granted: number; tokens: number }>({
      name: 'bank-rate-tokens',
      text: TAKE_RATE_TOKENS_SQL,
      values: [bankId, ratePerSecond, capacity, want],
    });
    return { granted: result.rows[0].granted, tokensLeft: result.rows[0].tokens };
  }

  async touchKeys(keyIds: string[], usedAt: Date[]): Promise<void> {
    await this.hotPath.query({ name: 'bank-keys-touch', text: TOUCH_KEYS_SQL, values: [keyIds, usedAt] });
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<BankRecord | null> {
    const rows: BankRecord[] = await manager.query(`SELECT ${BANK_COLUMNS} FROM banks WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The lender, its row locked until the transaction ends. */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<BankRecord | null> {
    const rows: BankRecord[] = await manager.query(`SELECT ${BANK_COLUMNS} FROM banks WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async findByBin(manager: EntityManager, bin: string): Promise<BankRecord | null> {
    const rows: BankRecord[] = await manager.query(`SELECT ${BANK_COLUMNS} FROM banks WHERE bin = $1`, [bin]);
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, fields: BankFields): Promise<BankRecord> {
    try {
      const rows: BankRecord[] = await manager.query(
        `INSERT INTO banks (bin, name, kind, licence, active, rate_limit_per_second) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${BANK_COLUMNS}`,
        [fields.bin, fields.name, fields.kind, fields.licence, fields.active, fields.rateLimitPerSecond],
      );
      return rows[0];
    } catch (error) {
      throw translateConstraintError(error, fields.bin);
    }
  }

  /** Writes the new values and raises the version; the caller holds the row lock. */
  async update(manager: EntityManager, id: string, fields: BankFields): Promise<BankRecord> {
    try {
      // An UPDATE's result comes back from TypeORM as [rows, affected count].
      const [rows]: [BankRecord[], number] = await manager.query(
        `UPDATE banks SET bin = $2, name = $3, kind = $4, licence = $5, active = $6, rate_limit_per_second = $7,
                updated_at = now(), version = version + 1
          WHERE id = $1 RETURNING ${BANK_COLUMNS}`,
        [id, fields.bin, fields.name, fields.kind, fields.licence, fields.active, fields.rateLimitPerSecond],
      );
      return rows[0];
    } catch (error) {
      throw translateConstraintError(error, fields.bin);
    }
  }

  async list(query: ListQuery<BankSortField>, filter: BankFilter): Promise<[BankRecord[], number]> {
    const sql = new SqlConditions();
    if (filter.q) {
      const nameContains = sql.parameter(`%${escapeLike(filter.q)}%`);
      sql.add((binStarts) => `(name COLLATE pg_c_utf8 ILIKE ${nameContains} OR bin LIKE ${binStarts})`, `${escapeLike(filter.q)}%`);
    }
    if (filter.kind) sql.add((p) => `kind = ${p}`, filter.kind);
    if (filter.active !== undefined) sql.add((p) => `active = ${p}`, filter.active);
    if (filter.ids) sql.add((p) => `id = ANY(${p}::uuid[])`, filter.ids);
    const where = sql.where;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM banks ${where}`, [...sql.parameters]);
    const rows: BankRecord[] = await this.dataSource.query(
      `SELECT ${BANK_COLUMNS} FROM banks ${where}
        ORDER BY ${SORT_COLUMNS[query.sortField]} ${query.sortOrder}, id ${query.sortOrder}
        LIMIT ${sql.parameter(query.limit)} OFFSET ${sql.parameter(query.offset)}`,
      sql.parameters,
    );
    return [rows, total];
  }

  async insertKey(manager: EntityManager, bankId: string, prefix: string, keyHash: Buffer, expiresAt: Date | null): Promise<BankKeyRecord> {
    const rows: BankKeyRecord[] = await manager.query(
      `INSERT INTO bank_api_keys (bank_id, prefix, key_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING ${KEY_COLUMNS}`,
      [bankId, prefix, keyHash, expiresAt],
    );
    return rows[0];
  }

  async findKeys(bankId: string): Promise<BankKeyRecord[]> {
    return this.dataSource.query(`SELECT ${KEY_COLUMNS} FROM bank_api_keys WHERE bank_id = $1 ORDER BY created_at DESC, id`, [bankId]);
  }

  async findKeyForUpdate(manager: EntityManager, bankId: string, keyId: string): Promise<BankKeyRecord | null> {
    const rows: BankKeyRecord[] = await manager.query(`SELECT ${KEY_COLUMNS} FROM bank_api_keys WHERE id = $1 AND bank_id = $2 FOR UPDATE`, [keyId, bankId]);
    return rows[0] ?? null;
  }

  async revokeKey(manager: EntityManager, keyId: string): Promise<BankKeyRecord> {
    const [rows]: [BankKeyRecord[], number] = await manager.query(
      `UPDATE bank_api_keys SET revoked_at = now() WHERE id = $1 RETURNING ${KEY_COLUMNS}`,
      [keyId],
    );
    return rows[0];
  }
}

/** A duplicate BIN that slipped past the check (two creations at once) is still a 409, not a 500. */
function translateConstraintError(error: unknown, bin: string): unknown {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'banks_bin_key') return BankException.duplicateBin(bin, null);
  return error;
}
