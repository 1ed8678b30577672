import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { AUTHORIZATION_MATRIX, routeKey } from './authorization-matrix';

/**
 * The global guard, driven by the authorisation matrix: a public route is open; any other needs
 * a valid regulator token (else 401) whose role the matrix lists for the route (else 403). A route
 * missing from the matrix is closed to everyone, so a forgotten entry fails safe.
 */
@Injectable()
export class RegulatorAuthGuard extends AuthGuard('regulator-jwt') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const key = routeKey(request.method, request.routeOptions.url ?? request.url);
    const access = AUTHORIZATION_MATRIX[key];
    if (access === 'public') return true;
    await super.canActivate(context);
    const role = request.user!.role;
    if (!access?.includes(role)) {
      throw new ForbiddenException(
        access ? `This needs one of the roles: ${access.join(', ')}; you are ${role}.` : 'Nobody may call this route.',
      );
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw new UnauthorizedException('A valid regulator access token is required.');
    return user;
  }
}
