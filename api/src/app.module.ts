import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditHeadModule } from './audit-head/audit-head.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BanksModule } from './banks/banks.module';
import { BreachesModule } from './breaches/breaches.module';
import { CitizensModule } from './citizens/citizens.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { validationPipe } from './common/validation.pipe';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import type { ResolvedConfig } from './config/development-secrets';
import { DashboardModule } from './dashboard/dashboard.module';
import { databaseOptions } from './database/database.options';
import { DevIdpModule } from './dev-idp/dev-idp.module';
import { DisputesModule } from './disputes/disputes.module';
import { ENTITIES } from './entities';
import { HealthModule } from './health/health.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { InquiriesModule } from './inquiries/inquiries.module';
import { LiftsModule } from './lifts/lifts.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProtectionModule } from './protection/protection.module';
import { PublicModule } from './public/public.module';
import { RestrictionsModule } from './restrictions/restrictions.module';
import { SandboxModule } from './sandbox/sandbox.module';
import { SigningModule } from './signing/signing.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig & { database: { url: string } }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(databaseOptions(config.database.appUrl ?? config.database.url, config.database.poolSize, ENTITIES)),
        EventEmitterModule.forRoot(),
        AuditModule,
        AuthModule,
        UsersModule,
        CompaniesModule,
        BreachesModule,
        IngestionModule,
        RestrictionsModule,
        BanksModule,
        SigningModule,
        AuditHeadModule,
        InquiriesModule,
        CitizensModule,
        LiftsModule,
        DisputesModule,
        ProtectionModule,
        NotificationsModule,
        // The development identity provider exists only where it is on (never in production).
        ...(config.devIdentityProviderEnabled ? [DevIdpModule] : []),
        DashboardModule,
        PublicModule,
        HealthModule,
        MetricsModule,
        SandboxModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useValue: validationPipe() },
      ],
    };
  }
}
