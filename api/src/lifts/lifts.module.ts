import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AdminLiftsController } from './admin-lifts.controller';
import { LiftsController } from './lifts.controller';
import { LiftsRepository } from './lifts.repository';
import { LiftsService } from './lifts.service';

/** Lifts (SPEC §3.3): the citizen's requests and the reviewers' view. Banks honour them through the restriction lookup. */
@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [LiftsController, AdminLiftsController],
  providers: [LiftsRepository, LiftsService],
  exports: [LiftsService, LiftsRepository],
})
export class LiftsModule {}
