import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@qorgau/shared';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import type { AuthenticatedRegulator } from './regulator-jwt.strategy';

/**
 * The global guard: a route is open only when marked `@Public()`; otherwise it needs a valid
 * regulator token (401) whose role the route lists in `@Roles(...)` (403). A route that lists no
 * roles is closed to everyone, so a forgotten declaration fails safe.
 */
@Injectable()
export class RegulatorAuthGuard extends AuthGuard('regulator-jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    const user = context.switchToHttp().getRequest<{ user: AuthenticatedRegulator }>().user;
    if (!roles.includes(user.role)) {
      throw new ForbiddenException(`This needs one of the roles: ${roles.join(', ') || 'none'}; you are ${user.role}.`);
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw new UnauthorizedException('A valid regulator access token is required.');
    return user;
  }
}
