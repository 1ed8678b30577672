import { RegulatorUsers1763769600000 } from './1763769600000-regulator-users';
import { AuditEvents1763769700000 } from './1763769700000-audit-events';
import { CompaniesAndBreaches1763769800000 } from './1763769800000-companies-and-breaches';
import { Ingestion1763769900000 } from './1763769900000-ingestion';
import { Restrictions1763770000000 } from './1763770000000-restrictions';
import { RestrictionJobs1763770050000 } from './1763770050000-restriction-jobs';
import { BanksAndInquiries1763770100000 } from './1763770100000-banks-and-inquiries';
import { Disputes1763770200000 } from './1763770200000-disputes';
import { RestrictionsCoveringKey1763770300000 } from './1763770300000-restrictions-covering-key';
import { BankKeyExpiry1763770400000 } from './1763770400000-bank-key-expiry';
import { InquiriesByMonth1763771350000 } from './1763771350000-inquiries-by-month';
import { Notifications1763772000000 } from './1763772000000-notifications';
import { NotificationFanOut1763772100000 } from './1763772100000-notification-fan-out';
import { SecondApprovalAndLookupAlerts1763772200000 } from './1763772200000-second-approval-and-lookup-alerts';
import { SharedRateLimits1763772500000 } from './1763772500000-shared-rate-limits';
import { DevIdpShared1763772510000 } from './1763772510000-dev-idp-shared';
import { IngestJobOwner1763772520000 } from './1763772520000-ingest-job-owner';
import { InquiryDailyCounts1763772600000 } from './1763772600000-inquiry-daily-counts';
import { ApiRole1763772800000 } from './1763772800000-api-role';
import { StaffNotifications1763773000000 } from './1763773000000-staff-notifications';
import { AccountUnlockTokens1763773100000 } from './1763773100000-account-unlock-tokens';
import { TimeOrderedNotificationIds1763773200000 } from './1763773200000-time-ordered-notification-ids';
import { InquiryAlertQueue1763773300000 } from './1763773300000-inquiry-alert-queue';
import { UndeliveredPersonIndex1763773400000 } from './1763773400000-undelivered-person-index';

/** Every migration, oldest first. A new migration is added here explicitly. */
export const MIGRATIONS = [
  RegulatorUsers1763769600000,
  AuditEvents1763769700000,
  CompaniesAndBreaches1763769800000,
  Ingestion1763769900000,
  Restrictions1763770000000,
  RestrictionJobs1763770050000,
  BanksAndInquiries1763770100000,
  Disputes1763770200000,
  RestrictionsCoveringKey1763770300000,
  BankKeyExpiry1763770400000,
  InquiriesByMonth1763771350000,
  Notifications1763772000000,
  NotificationFanOut1763772100000,
  SecondApprovalAndLookupAlerts1763772200000,
  SharedRateLimits1763772500000,
  DevIdpShared1763772510000,
  IngestJobOwner1763772520000,
  InquiryDailyCounts1763772600000,
  ApiRole1763772800000,
  StaffNotifications1763773000000,
  AccountUnlockTokens1763773100000,
  TimeOrderedNotificationIds1763773200000,
  InquiryAlertQueue1763773300000,
  UndeliveredPersonIndex1763773400000,
];
