import { Module } from '@nestjs/common';
import { ProtectionController } from './protection.controller';
import { ProtectionRepository } from './protection.repository';
import { ProtectionService } from './protection.service';

/** Protection by choice (SPEC §3.4). Banks see it through the restriction lookup, which reads `protections`. */
@Module({
  controllers: [ProtectionController],
  providers: [ProtectionRepository, ProtectionService],
  exports: [ProtectionRepository],
})
export class ProtectionModule {}
