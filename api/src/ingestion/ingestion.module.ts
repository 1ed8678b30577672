import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '../audit/audit.module';
import { ChangeNotificationsModule } from '../database/change-notifications';
import { ProcessLivenessModule } from '../database/process-liveness';
import { IngestionController } from './ingestion.controller';
import { IngestionRepository } from './ingestion.repository';
import { IngestionService } from './ingestion.service';
import { registerUploadParsers } from './upload-parsers';

@Module({
  imports: [AuditModule, ChangeNotificationsModule, ProcessLivenessModule],
  controllers: [IngestionController],
  providers: [IngestionRepository, IngestionService],
  exports: [IngestionService],
})
export class IngestionModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // An application context without HTTP (`pnpm seed:demo`) has no adapter and takes no uploads.
    const httpAdapter = this.adapterHost.httpAdapter;
    if (httpAdapter) registerUploadParsers(httpAdapter.getInstance<FastifyInstance>());
  }
}
