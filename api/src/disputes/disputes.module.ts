import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AdminDisputesController } from './admin-disputes.controller';
import { DisputesController } from './disputes.controller';
import { DisputesRepository } from './disputes.repository';
import { DisputesService } from './disputes.service';

/** Disputes (SPEC §3.4): a citizen contests an exposure, a reviewer decides. */
@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [DisputesController, AdminDisputesController],
  providers: [DisputesRepository, DisputesService],
  exports: [DisputesService],
})
export class DisputesModule {}
