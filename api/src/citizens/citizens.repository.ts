import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RESTRICTING_BREACH_STATUSES, type InquiryPurpose, type Language, type NotificationChannel, type NotificationStatus } from '@qorgau/shared';
import { DataSource } from 'typeorm';
import { KIND_CODES } from '../ingestion/ingestion.rules';
import { PUBLIC_BREACH_COLUMNS, type PublicBreachRow } from '../public/public.repository';

export interface InquiryRow {
  bankName: string;
  bankBin: string;
  purpose: InquiryPurpose;
  at: Date;
  restricted: boolean;
  alerts: InquiryAlertRow[];
}

/** One outbox row telling the person of the check (its timestamps as JSON gives them). */
export interface InquiryAlertRow {
  channel: NotificationChannel;
  status: NotificationStatus;
  deliveredAt: string | null;
  language: Language;
  payload: Record<string, unknown>;
}

/** What the citizen's own pages read: by the keyed hash of their IIN, never by the IIN itself. */
@Injectable()
export class CitizensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The confirmed or closed breaches holding the person's IIN, newest report first. Published or
   * not, sensitive or not: the people in a breach see it (SPEC §3.5); drafts, breaches under
   * investigation, rejected and retracted ones they do not. One index probe per exposure partition.
   */
  exposuresOf(iinHash: Buffer): Promise<PublicBreachRow[]> {
    return this.dataSource.query(
      `SELECT ${PUBLIC_BREACH_COLUMNS}
         FROM exposures e
         JOIN breaches b ON b.id = e.breach_id
         JOIN companies c ON c.id = b.company_id
        WHERE e.identifier_hash = $1 AND e.kind = $2 AND b.status = ANY($3::text[])
        ORDER BY b.reported_at DESC, b.id DESC`,
      [iinHash, KIND_CODES.iin, RESTRICTING_BREACH_STATUSES],
    );
  }

  /**
   * Every lender's check of the person, newest first (inquiries_iin_hash_idx), with the alerts that
   * told them of it: the outbox rows about the inquiry for this person (notifications_subject_idx).
   */
  inquiriesOf(iinHash: Buffer): Promise<InquiryRow[]> {
    return this.dataSource.query(
      `SELECT k.name AS "bankName", k.bin AS "bankBin", i.purpose, i.checked_at AS at, i.restricted, COALESCE(a.alerts, '[]'::json) AS alerts
         FROM inquiries i
         JOIN banks k ON k.id = i.bank_id
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('channel', n.channel, 'status', n.status, 'deliveredAt', n.delivered_at,
                                             'language', n.language, 'payload', n.payload) ORDER BY n.channel) AS alerts
             FROM notifications n
            WHERE n.subject_id = i.inquiry_id AND n.iin_hash = i.iin_hash AND n.type = 'inquiry'
         ) a ON true
        WHERE i.iin_hash = $1
        ORDER BY i.checked_at DESC, i.id DESC`,
      [iinHash],
    );
  }
}
