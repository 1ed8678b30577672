import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditChainReport } from '@qorgau/shared';
import { AnswerSigner } from '../signing/answer-signer.service';
import { AuditHeadVerifier } from './audit-head-verifier';

@ApiTags('Back office: audit trail')
@ApiBearerAuth()
@Controller('admin/audit-events')
export class AuditHeadController {
  constructor(
    private readonly verifier: AuditHeadVerifier,
    private readonly signer: AnswerSigner,
  ) {}

  @Get('verification')
  @ApiOperation({
    summary: 'Whether the hash chain is intact, and where it first breaks',
    description:
      'Walks the chain and checks every head the registry signed (`audit.head-signed` events) against the published JWKS: ' +
      'a rewrite of events before a signed head, even with every later hash recomputed, is reported. `latestSignedHead` is the newest.',
  })
  verify(): Promise<AuditChainReport> {
    return this.verifier.verify(this.signer.jwks());
  }
}
