import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { SigningModule } from '../signing/signing.module';
import { InquiriesController } from './inquiries.controller';
import { InquiriesRepository } from './inquiries.repository';
import { InquiriesService } from './inquiries.service';
import { InquiryDailyCountsRepository } from './inquiry-daily-counts.repository';
import { InquiryDailyCounts } from './inquiry-daily-counts.service';
import { InquiryPartitionMaintenance } from './inquiry-partition-maintenance.service';
import { InquiryPartitionsRepository } from './inquiry-partitions.repository';
import { InquiryRecorder } from './inquiry-recorder';
import { InquiryRecorderRepository } from './inquiry-recorder.repository';
import { RestrictionChecksController } from './restriction-checks.controller';
import { RestrictionChecks } from './restriction-checks.service';

/** The bank checks and the inquiries they leave behind (SPEC §5.2), and the back office's view of them. */
@Module({
  imports: [BanksModule, RestrictionsModule, SigningModule, NotificationsModule],
  controllers: [RestrictionChecksController, InquiriesController],
  providers: [RestrictionChecks, InquiryRecorder, InquiryRecorderRepository, InquiriesRepository, InquiriesService, InquiryPartitionsRepository, InquiryPartitionMaintenance, InquiryDailyCountsRepository, InquiryDailyCounts],
  exports: [InquiriesService],
})
export class InquiriesModule {}
