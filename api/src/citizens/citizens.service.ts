import { Injectable } from '@nestjs/common';
import type { MeExposure, MeInquiry, MeInquiryAlert, MeResponse } from '@qorgau/shared';
import { toLiftView } from '../lifts/lift.view';
import { LiftsRepository } from '../lifts/lifts.repository';
import { notificationText } from '../notifications/notification-texts.rules';
import { toPublicBreachListItem } from '../public/public-breach.view';
import type { PublicBreachRow } from '../public/public.repository';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';
import { restrictionStatus } from '../restrictions/restrictions.rules';
import type { Citizen } from '../common/citizen';
import { CitizensRepository, type InquiryAlertRow } from './citizens.repository';

/** The citizen's view of their own record (SPEC §3.6, §5.3). */
@Injectable()
export class CitizensService {
  constructor(
    private readonly repository: CitizensRepository,
    private readonly lookup: RestrictionLookup,
    private readonly lifts: LiftsRepository,
  ) {}

  async me(citizen: Citizen, now = new Date()): Promise<MeResponse> {
    const [records, exposures, lifts] = await Promise.all([
      this.lookup.recordsOf(citizen.iinHash),
      this.repository.exposuresOf(citizen.iinHash),
      this.lifts.listOfPerson(citizen.iinHash),
    ]);
    // Restricted for at least one lender, unless a lift for all lenders is in force (lender null).
    const status = restrictionStatus(records.restrictions, records.lifts, now, null);
    return {
      iin: citizen.iin,
      restricted: status.restricted,
      restrictedUntil: status.restrictedUntil?.toISOString() ?? null,
      exposures: exposures.map(toMeExposure),
      restrictions: records.restrictions
        .filter((restriction) => restriction.startsAt <= now)
        .map((restriction) => ({
          id: (restriction.breachId ?? restriction.protectionId)!,
          breachId: restriction.breachId,
          startsAt: restriction.startsAt.toISOString(),
          endsAt: restriction.endsAt.toISOString(),
        })),
      lifts: lifts.map((lift) => toLiftView(lift, now)),
    };
  }

  async inquiries(citizen: Citizen): Promise<MeInquiry[]> {
    const rows = await this.repository.inquiriesOf(citizen.iinHash);
    return rows.map((row) => ({
      bankName: row.bankName,
      bankBin: row.bankBin,
      purpose: row.purpose,
      at: row.at.toISOString(),
      result: row.restricted ? 'restricted' : 'not_restricted',
      alerts: row.alerts.map(toMeInquiryAlert),
    }));
  }
}

/** An inquiry alert as the person sees it: the same text the outbox sends. */
function toMeInquiryAlert(alert: InquiryAlertRow): MeInquiryAlert {
  return {
    channel: alert.channel,
    status: alert.status,
    deliveredAt: alert.deliveredAt === null ? null : new Date(alert.deliveredAt).toISOString(),
    language: alert.language,
    text: notificationText('inquiry', alert.language, alert.payload as never),
  };
}

/** Only the IIN is known of a signed-in person, so each breach was found by it alone. */
function toMeExposure(row: PublicBreachRow): MeExposure {
  return { breach: toPublicBreachListItem(row), kinds: ['iin'] };
}
