import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompaniesModule } from '../companies/companies.module';
import { BreachesController } from './breaches.controller';
import { BreachesRepository } from './breaches.repository';
import { BreachesService } from './breaches.service';

@Module({
  imports: [AuditModule, CompaniesModule],
  controllers: [BreachesController],
  providers: [BreachesRepository, BreachesService],
  exports: [BreachesService],
})
export class BreachesModule {}
