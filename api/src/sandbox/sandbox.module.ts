import { Module } from '@nestjs/common';
import { LiftsModule } from '../lifts/lifts.module';
import { ProtectionModule } from '../protection/protection.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { SandboxPeople } from './sandbox-people';

/** The sandbox people with fixed answers for lenders' tests (docs/lenders.md), in development and the demo data. */
@Module({
  imports: [RestrictionsModule, ProtectionModule, LiftsModule],
  providers: [SandboxPeople],
  exports: [SandboxPeople],
})
export class SandboxModule {}
