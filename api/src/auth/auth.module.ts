import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RouteAccessGuard } from './route-access.guard';
import { RegulatorJwtStrategy } from './regulator-jwt.strategy';
import { SignInThrottle } from './sign-in-throttle';
import { UnknownSignIns } from './unknown-sign-ins';
import { UnlockTokensRepository } from './unlock-tokens.repository';

@Module({
  imports: [
    PassportModule,
    AuditModule,
    NotificationsModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({ secret: config.auth.jwtSecret }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SignInThrottle, UnknownSignIns, UnlockTokensRepository, RegulatorJwtStrategy, { provide: APP_GUARD, useClass: RouteAccessGuard }],
})
export class AuthModule {}
