import { Injectable } from '@nestjs/common';
import type { InquiryPurpose } from '@qorgau/shared';
import { Batcher } from '../common/batcher';
import { isRefusedForItsValues } from '../common/database-unavailable';
import { HotPathPool } from '../database/hot-path-pool';
import type { RestrictionStatus } from '../restrictions/restrictions.rules';

/** One check as recorded: one row per IIN asked, sharing the inquiry id. */
export interface InquiryToRecord {
  inquiryId: string;
  bankId: string;
  purpose: InquiryPurpose;
  reference: string;
  iinHashes: Buffer[];
  statuses: RestrictionStatus[];
  checkedAt: Date;
}

const INSERT_SQL = `
  INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::bytea[], $6::boolean[], $7::timestamptz[], $8::timestamptz[])`;

/**
 * Records every check before its answer leaves (SPEC §5.2). Checks that arrive while an insert is
 * running are committed together in the next one (group commit): one statement and one WAL flush
 * for many inquiries, on the hot-path pool with a prepared statement.
 */
@Injectable()
export class InquiryRecorder {
  private readonly batcher: Batcher<InquiryToRecord, void>;

  constructor(private readonly pool: HotPathPool) {
    this.batcher = new Batcher((inquiries) => this.insert(inquiries), {
      maxBatchSize: 256,
      maxConcurrentBatches: 1,
      isItemFault: isRefusedForItsValues,
    });
  }

  /** Resolves once the inquiry is committed. */
  record(inquiry: InquiryToRecord): Promise<void> {
    return this.batcher.submit(inquiry);
  }

  private async insert(inquiries: InquiryToRecord[]): Promise<void[]> {
    const inquiryIds: string[] = [];
    const bankIds: string[] = [];
    const purposes: string[] = [];
    const references: string[] = [];
    const hashes: Buffer[] = [];
    const restricted: boolean[] = [];
    const restrictedUntil: (Date | null)[] = [];
    const checkedAt: Date[] = [];
    for (const inquiry of inquiries) {
      inquiry.iinHashes.forEach((hash, index) => {
        inquiryIds.push(inquiry.inquiryId);
        bankIds.push(inquiry.bankId);
        purposes.push(inquiry.purpose);
        references.push(inquiry.reference);
        hashes.push(hash);
        restricted.push(inquiry.statuses[index].restricted);
        restrictedUntil.push(inquiry.statuses[index].restrictedUntil);
        checkedAt.push(inquiry.checkedAt);
      });
    }
    await this.pool.query({
      name: 'inquiries-insert',
      text: INSERT_SQL,
      values: [inquiryIds, bankIds, purposes, references, hashes, restricted, restrictedUntil, checkedAt],
    });
    return inquiries.map(() => undefined);
  }
}
