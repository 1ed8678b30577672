import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { LiftsModule } from '../lifts/lifts.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { CitizenOidcStrategy } from './citizen-oidc.strategy';
import { CitizenSignInController } from './citizen-sign-in.controller';
import { CitizensController } from './citizens.controller';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';

/** Citizens' sign-in (OpenID Connect ID tokens, SPEC §5.3) and their own record: `/me`, `/me/inquiries`. */
@Module({
  imports: [PassportModule, RestrictionsModule, LiftsModule],
  controllers: [CitizenSignInController, CitizensController],
  providers: [CitizenOidcStrategy, CitizensRepository, CitizensService],
})
export class CitizensModule {}
