import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InquiryPurpose, InquiryView } from '@qorgau/shared';
import { DataSource } from 'typeorm';
import { SqlConditions } from '../common/list-filter';
import type { ListQuery } from '../common/list-query';

export type InquirySortField = 'id' | 'checkedAt';

/** Rows are written in time order, so both sorts read the same index order. */
const SORT_COLUMNS: Record<InquirySortField, string> = { id: 'i.id', checkedAt: 'i.checked_at' };
export const INQUIRY_SORT_FIELDS = Object.keys(SORT_COLUMNS) as InquirySortField[];

export interface InquiryFilter {
  bankId?: string;
  checkedFrom?: Date;
  checkedUntil?: Date;
  restricted?: boolean;
  purpose?: InquiryPurpose;
  inquiryId?: string;
  ids?: string[];
}

/**
 * Lists count at most this many rows: an exact count over millions of inquiries would cost more
 * than the page itself (SPEC §6: list pages in 150 ms); nobody pages that far, they filter.
 */
const INQUIRY_COUNT_LIMIT = 10_000;

/** Only the hash's first 4 bytes leave the database: enough to tell rows apart, useless to find a person. */
const INQUIRY_COLUMNS = `i.id::text AS id, i.inquiry_id AS "inquiryId", i.bank_id AS "bankId", b.name AS "bankName", b.bin AS "bankBin",
  i.purpose, i.reference, encode(substring(i.iin_hash FROM 1 FOR 4), 'hex') AS "iinHashPrefix", i.restricted,
  i.restricted_until AS "restrictedUntil", i.checked_at AS "checkedAt"`;

interface InquiryRow extends Omit<InquiryView, 'restrictedUntil' | 'checkedAt'> {
  restrictedUntil: Date | null;
  checkedAt: Date;
}

@Injectable()
export class InquiriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<InquiryRow | null> {
    const rows: InquiryRow[] = await this.dataSource.query(`SELECT ${INQUIRY_COLUMNS} FROM inquiries i JOIN banks b ON b.id = i.bank_id WHERE i.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A page of inquiries, newest first by default, and how many match (up to {@link INQUIRY_COUNT_LIMIT}). */
  async list(query: ListQuery<InquirySortField>, filter: InquiryFilter): Promise<[InquiryRow[], number]> {
    const sql = new SqlConditions();
    if (filter.bankId) sql.add((p) => `i.bank_id = ${p}`, filter.bankId);
    if (filter.checkedFrom) sql.add((p) => `i.checked_at >= ${p}`, filter.checkedFrom);
    if (filter.checkedUntil) sql.add((p) => `i.checked_at <= ${p}`, filter.checkedUntil);
    if (filter.restricted !== undefined) sql.add((p) => `i.restricted = ${p}`, filter.restricted);
    if (filter.purpose) sql.add((p) => `i.purpose = ${p}`, filter.purpose);
    if (filter.inquiryId) sql.add((p) => `i.inquiry_id = ${p}`, filter.inquiryId);
    if (filter.ids) sql.add((p) => `i.id = ANY(${p}::bigint[])`, filter.ids);
    const where = sql.where;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM inquiries i ${where} LIMIT ${INQUIRY_COUNT_LIMIT}) matching`,
      [...sql.parameters],
    );
    const rows: InquiryRow[] = await this.dataSource.query(
      `SELECT ${INQUIRY_COLUMNS} FROM inquiries i JOIN banks b ON b.id = i.bank_id ${where}
        ORDER BY ${SORT_COLUMNS[query.sortField]} ${query.sortOrder}, i.id ${query.sortOrder}
        LIMIT ${sql.parameter(query.limit)} OFFSET ${sql.parameter(query.offset)}`,
      sql.parameters,
    );
    return [rows, total];
  }
}
