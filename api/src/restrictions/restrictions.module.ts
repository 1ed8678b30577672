import { Module } from '@nestjs/common';
import { hotPathPoolProvider, HotPathPool } from '../database/hot-path-pool';
import { LookupsModule } from '../lookups/lookups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RestrictionJobsRepository } from './restriction-jobs.repository';
import { RestrictionJobsService } from './restriction-jobs.service';
import { RestrictionLookupRepository } from './restriction-lookup.repository';
import { RestrictionLookup } from './restriction-lookup.service';
import { RestrictionWorker } from './restriction-worker';
import { RestrictionsController } from './restrictions.controller';
import { RestrictionsRepository } from './restrictions.repository';
import { RestrictionsService } from './restrictions.service';

@Module({
  imports: [LookupsModule, NotificationsModule],
  controllers: [RestrictionsController],
  providers: [
    hotPathPoolProvider,
    RestrictionLookupRepository,
    RestrictionLookup,
    RestrictionsRepository,
    RestrictionsService,
    RestrictionJobsRepository,
    RestrictionJobsService,
    RestrictionWorker,
  ],
  exports: [HotPathPool, RestrictionLookup, RestrictionWorker],
})
export class RestrictionsModule {}
