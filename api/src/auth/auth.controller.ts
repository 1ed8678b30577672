import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, UserSummary } from '@qorgau/shared';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RequestId } from '../logging/request-id.decorator';
import { CurrentActor, type Actor } from '../common/actor';

@ApiTags('Regulators: sign-in')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in to the back office',
    description:
      'Returns a short-lived bearer token. Ten failed sign-ins in a row lock the account for 15 minutes (423) and e-mail the account ' +
      'a one-time unlock token, valid for an hour: `unlockToken` with the right password signs in despite the lock and lifts it. ' +
      'Too many failures from one address or for one e-mail in a minute are refused with 429 and Retry-After before the password is checked.',
  })
  @ApiOkResponse({ description: '{accessToken, expiresIn, user: {id, email, role}}' })
  login(@Body() body: LoginDto, @RequestId() requestId: string, @Ip() clientAddress: string): Promise<LoginResponse> {
    return this.auth.login({ email: body.email, password: body.password, unlockToken: body.unlockToken, requestId, clientAddress });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in regulator' })
  me(@CurrentActor() actor: Actor): UserSummary {
    return { id: actor.id, email: actor.email, role: actor.role };
  }
}
