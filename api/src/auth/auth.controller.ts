import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type LoginResponse, type UserSummary } from '@qorgau/shared';
import { AuthService } from './auth.service';
import { CurrentRegulator } from './current-regulator.decorator';
import { LoginDto } from './dto/login.dto';
import type { AuthenticatedRegulator } from './regulator-jwt.strategy';
import { Public, Roles } from './roles.decorator';

@ApiTags('Regulators: sign-in')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in to the back office',
    description: 'Returns a short-lived bearer token. Ten failed sign-ins in a row lock the account for 15 minutes (423).',
  })
  @ApiOkResponse({ description: '{accessToken, expiresIn, user: {id, email, role}}' })
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  @Roles(...ROLES)
  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in regulator' })
  me(@CurrentRegulator() regulator: AuthenticatedRegulator): UserSummary {
    return regulator;
  }
}
