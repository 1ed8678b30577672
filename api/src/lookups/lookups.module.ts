import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LookupsController } from './lookups.controller';
import { LookupsRepository } from './lookups.repository';
import { LookupsService } from './lookups.service';

/** Insider safeguards (SPEC §3.9): person look-ups audited and counted, alerts for admins (stored, and e-mailed through the outbox). */
@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [LookupsController],
  providers: [LookupsRepository, LookupsService],
  exports: [LookupsService],
})
export class LookupsModule {}
