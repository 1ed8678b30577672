import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { Actor } from '../common/actor';
import type { ResolvedConfig } from '../config/development-secrets';
import { RegulatorUsersRepository } from '../users/regulator-users.repository';
import { REGULATOR_STRATEGY } from './strategy-names';

export const REGULATOR_TOKEN_AUDIENCE = 'qorgau-back-office';
export const TOKEN_ISSUER = 'qorgau';


@Injectable()
export class RegulatorJwtStrategy extends PassportStrategy(Strategy, REGULATOR_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: ResolvedConfig,
    private readonly users: RegulatorUsersRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      audience: REGULATOR_TOKEN_AUDIENCE,
      issuer: TOKEN_ISSUER,
    });
  }

  /** The account is read on every request so that disabling it or changing its role takes effect at once. */
  async validate(payload: { sub: string }): Promise<Omit<Actor, 'requestId'> | false> {
    const user = await this.users.findActiveById(payload.sub);
    return user ? { id: user.id, email: user.email, role: user.role } : false;
  }
}
