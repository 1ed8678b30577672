import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CitizenSignInConfig } from '@qorgau/shared';
import { NotConfiguredProblem } from '../common/not-found';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { citizenIdentityProvider, type CitizenIdentityProvider } from './citizen-identity-provider';

@ApiTags('Citizens')
@Controller('citizen-sign-in')
export class CitizenSignInController {
  private readonly provider: CitizenIdentityProvider | null;

  constructor(@Inject(APP_CONFIG) private readonly appConfig: ResolvedConfig) {
    this.provider = citizenIdentityProvider(appConfig);
  }

  @Get('config')
  @ApiOperation({
    summary: 'Where the portal signs citizens in (the OpenID Connect provider, the portal’s client id) and the lift cooling-off; 404 when no provider is configured',
  })
  config(): CitizenSignInConfig {
    if (!this.provider) throw new NotConfiguredProblem('Citizen sign-in is not configured on this server.');
    return {
      authority: this.provider.authority,
      clientId: this.provider.audience,
      scope: 'openid',
      development: this.provider.development,
      liftCoolingOffSeconds: this.appConfig.lifts.coolingOffSeconds,
    };
  }
}
