import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SigningModule } from '../signing/signing.module';
import { AuditHeadSigner } from './audit-head-signer';
import { AuditHeadController } from './audit-head.controller';
import { AuditHeadVerifier } from './audit-head-verifier';

/** The audit chain's head, signed with the answer-signing key, and the chain's verification against it. */
@Module({
  imports: [AuditModule, SigningModule],
  controllers: [AuditHeadController],
  providers: [AuditHeadSigner, AuditHeadVerifier],
})
export class AuditHeadModule {}
