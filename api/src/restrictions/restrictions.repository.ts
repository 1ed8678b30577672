import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListQuery } from '../common/list-query';
import { RESTRICTING_KIND_CODES, RESTRICTING_STATUSES_SQL } from '../breaches/breaches.repository';

/** Both orders are by person: the key's hash, of which the id and the person reference are prefixes. */
export type RestrictionSortField = 'id' | 'personRef';
export const RESTRICTION_SORT_FIELDS: readonly RestrictionSortField[] = ['id', 'personRef'];

/** Whose restrictions: one person (by the hash of their IIN, or a range of hashes sharing a prefix), and/or one breach. */
export interface RestrictionFilter {
  person?: { from: Buffer; to: Buffer | null };
  breachId?: string;
}

export interface RestrictionRow {
  iinHash: Buffer;
  breachId: string;
  startsAt: Date;
  endsAt: Date;
  active: boolean;
}

const ACTIVE = `(b.status IN (${RESTRICTING_STATUSES_SQL}) AND r.starts_at <= now() AND r.ends_at > now())`;
const COLUMNS = `r.iin_hash, r.breach_id, r.starts_at, r.ends_at, ${ACTIVE} AS active`;

/**
 * The back office's reads of restrictions (SPEC §5.1), each an index range read however large the
 * table: a person's restrictions by the key's first column; a breach's by walking its exposures'
 * partition in hash order and reading each restriction by its key (the table has no index by breach:
 * keeping one would slow every confirmation); the whole table in key order. Totals come from the
 * breaches' counts rather than from counting millions of rows.
 */
@Injectable()
export class RestrictionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery<RestrictionSortField>, filter: RestrictionFilter): Promise<[RestrictionRow[], number]> {
    const order = query.sortOrder;
    const page = `OFFSET ${query.offset} LIMIT ${query.limit}`;
    if (filter.person) {
      const parameters: unknown[] = [filter.person.from];
      const conditions = ['r.iin_hash >= $1'];
      if (filter.person.to) conditions.push(`r.iin_hash < $${parameters.push(filter.person.to)}`);
      if (filter.breachId) conditions.push(`r.breach_id = $${parameters.push(filter.breachId)}`);
      const where = conditions.join(' AND ');
      const [rows, [{ total }]] = await Promise.all([
        this.dataSource.query(
          `SELECT ${COLUMNS} FROM restrictions r JOIN breaches b ON b.id = r.breach_id WHERE ${where} ORDER BY r.iin_hash ${order}, r.breach_id ${order} ${page}`,
          parameters,
        ),
        this.dataSource.query(`SELECT count(*)::int AS total FROM restrictions r WHERE ${where}`, parameters),
      ]);
      return [rows.map(toRow), total];
    }
    if (filter.breachId) {
      const [rows, [counted]] = await Promise.all([
        this.dataSource.query(
          `SELECT ${COLUMNS} FROM exposures e
             JOIN restrictions r ON r.iin_hash = e.identifier_hash AND r.breach_id = e.breach_id
             JOIN breaches b ON b.id = r.breach_id
            WHERE e.breach_id = $1 AND e.kind = ANY($2::smallint[])
            ORDER BY e.identifier_hash ${order} ${page}`,
          [filter.breachId, RESTRICTING_KIND_CODES],
        ),
        this.dataSource.query(`SELECT restricted_count AS total FROM breaches WHERE id = $1`, [filter.breachId]),
      ]);
      return [rows.map(toRow), counted?.total ?? 0];
    }
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT ${COLUMNS} FROM restrictions r JOIN breaches b ON b.id = r.breach_id ORDER BY r.iin_hash ${order}, r.breach_id ${order} ${page}`),
      this.dataSource.query(`SELECT coalesce(sum(restricted_count), 0)::float8 AS total FROM breaches`),
    ]);
    return [rows.map(toRow), total];
  }
}

function toRow(row: { iin_hash: Buffer; breach_id: string; starts_at: Date; ends_at: Date; active: boolean }): RestrictionRow {
  return { iinHash: row.iin_hash, breachId: row.breach_id, startsAt: row.starts_at, endsAt: row.ends_at, active: row.active };
}
