import { Injectable } from '@nestjs/common';
import type { InquiryPurpose, NotificationChannel } from '@qorgau/shared';
import { HotPathPool } from '../database/hot-path-pool';
import { channelReaches } from '../notifications/notifications.repository';
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

/**
 * The inquiries and, in the same statement (so the same transaction and the same group commit),
 * the alert of every person checked who gave a contact (SPEC §3.8): one entry of the inquiry alert
 * queue per channel that reaches them, joined on citizen_contacts by primary key — people without
 * contacts cost one probe. The entry holds only the inquiry row's key: the dispatcher reads the
 * rest when it delivers (notification-dispatch.repository.ts), so the check writes a few dozen bytes
 * and one index entry at the right edge of the queue's key per alert.
 */
const INSERT_SQL = `
  WITH recorded AS (
    INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::bytea[], $6::boolean[], $7::timestamptz[], $8::timestamptz[])
    RETURNING id, iin_hash, checked_at
  )
  INSERT INTO inquiry_alert_queue (inquiry_row_id, checked_at, channel)
  SELECT r.id, r.checked_at, ch.channel
    FROM recorded r
    JOIN citizen_contacts c ON c.iin_hash = r.iin_hash
    CROSS JOIN unnest($9::text[]) AS ch (channel)
   WHERE ${channelReaches('ch.channel', 'c')}`;

/** The bank check's write: a named prepared statement on the hot-path pool (SPEC §5.2). */
@Injectable()
export class InquiryRecorderRepository {
  constructor(private readonly pool: HotPathPool) {}

  /** Inserts the inquiries, and the alerts on the given channels, in one statement. */
  async insert(inquiries: InquiryToRecord[], channels: readonly NotificationChannel[]): Promise<void> {
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
      values: [inquiryIds, bankIds, purposes, references, hashes, restricted, restrictedUntil, checkedAt, channels],
    });
  }
}
