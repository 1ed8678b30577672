import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard, type IAuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../common/database-unavailable';
import type { Actor } from '../common/actor';
import { AUTHORIZATION_MATRIX, routeKey } from './authorization-matrix';
import { BANK_STRATEGY, CITIZEN_STRATEGY, REGULATOR_STRATEGY } from './strategy-names';


/**
 * Authenticates with one strategy and turns any failure into a 401 carrying `message`, except a
 * database that cannot be reached: that is a 503 (the credential may well be good).
 */
function strictAuthGuard(strategy: string, message: string): IAuthGuard {
  class StrictAuthGuard extends AuthGuard(strategy) {
    override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
      if (error instanceof UnauthorizedException || isDatabaseUnavailable(error)) throw error;
      if (error || !user) throw new UnauthorizedException(message);
      return user;
    }
  }
  return new StrictAuthGuard();
}

/**
 * The global guard, driven by the authorisation matrix: a public route is open; a bank route needs
 * a valid API key and a citizen route a valid identity token (else 401); any other needs a valid
 * regulator token (else 401) whose role the matrix lists for the route (else 403). A route missing
 * from the matrix is closed to everyone, so a forgotten entry fails safe.
 */
@Injectable()
export class RouteAccessGuard implements CanActivate {
  private readonly regulator = strictAuthGuard(REGULATOR_STRATEGY, 'A valid regulator access token is required.');
  private readonly bank = strictAuthGuard(BANK_STRATEGY, 'A valid API key is required: Authorization: Bearer <api key>.');
  private readonly citizen = strictAuthGuard(CITIZEN_STRATEGY, 'A valid identity token from the e-government portal is required.');

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const access = AUTHORIZATION_MATRIX[routeKey(request.method, request.routeOptions.url ?? request.url)];
    if (access === 'public') return true;
    if (access === 'bank') return (await this.bank.canActivate(context)) as boolean;
    if (access === 'citizen') return (await this.citizen.canActivate(context)) as boolean;
    await this.regulator.canActivate(context);
    const role = request.user!.role;
    if (!access?.includes(role)) {
      throw new ForbiddenException(
        access ? `This needs one of the roles: ${access.join(', ')}; you are ${role}.` : 'Nobody may call this route.',
      );
    }
    return true;
  }
}
