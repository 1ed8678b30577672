import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ChangeNotificationsModule } from '../database/change-notifications';
import { AnswerSigner } from './answer-signer.service';
import { SigningController } from './signing.controller';
import { SigningKeysRepository } from './signing-keys.repository';

/** Ed25519 keys that sign restriction answers, their JWKS and their rotation (SPEC §5.2). */
@Module({
  imports: [AuditModule, ChangeNotificationsModule],
  controllers: [SigningController],
  providers: [SigningKeysRepository, AnswerSigner],
  exports: [AnswerSigner],
})
export class SigningModule {}
