import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BreachesModule } from './breaches/breaches.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { validationPipe } from './common/validation.pipe';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import type { ResolvedConfig } from './config/development-secrets';
import { DashboardModule } from './dashboard/dashboard.module';
import { databaseOptions } from './database/database.options';
import { HealthModule } from './health/health.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { loggerOptions } from './logging/logger.options';
import { MetricsModule } from './metrics/metrics.module';
import { RestrictionsModule } from './restrictions/restrictions.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig & { database: { url: string } }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(databaseOptions(config.database.url)),
        EventEmitterModule.forRoot(),
        AuditModule,
        AuthModule,
        UsersModule,
        CompaniesModule,
        BreachesModule,
        IngestionModule,
        RestrictionsModule,
        DashboardModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useValue: validationPipe() },
      ],
    };
  }
}
