import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChangeNotificationsModule } from '../database/change-notifications';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { BankApiKeyStrategy } from './bank-api-key.strategy';
import { BankCredentials } from './bank-credentials.service';
import { BankRateLimitGuard } from './bank-rate-limit.guard';
import { BanksController } from './banks.controller';
import { BanksRepository } from './banks.repository';
import { BanksService } from './banks.service';

/** Lenders, their API keys, the strategy that authenticates them and their rate limit (SPEC §5.1, §5.2). */
@Module({
  imports: [AuditModule, ChangeNotificationsModule, RestrictionsModule],
  controllers: [BanksController],
  providers: [BanksRepository, BanksService, BankCredentials, BankApiKeyStrategy, BankRateLimitGuard],
  exports: [BankRateLimitGuard, BanksRepository],
})
export class BanksModule {}
