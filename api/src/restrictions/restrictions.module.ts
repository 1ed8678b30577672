import { Module } from '@nestjs/common';
import { hotPathPoolProvider, HotPathPool } from '../database/hot-path-pool';
import { RestrictionLookup } from './restriction-lookup.service';

@Module({
  providers: [hotPathPoolProvider, RestrictionLookup],
  exports: [HotPathPool, RestrictionLookup],
})
export class RestrictionsModule {}
