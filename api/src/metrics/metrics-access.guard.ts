import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { decideMetricsAccess } from './metrics.rules';

/** Operators only (SPEC §4): the metrics token, or a caller on this machine when no token is set. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // The socket's peer, not request.ip: behind a trusted proxy that one comes from X-Forwarded-For.
    const access = decideMetricsAccess(this.config.metrics.token, { headers: request.headers, remoteAddress: request.raw.socket.remoteAddress });
    if (access === 'unauthorized') throw new UnauthorizedException('/metrics needs the metrics token as a bearer token');
    if (access === 'forbidden') throw new ForbiddenException('/metrics answers callers on this machine only, not through a proxy; set METRICS_TOKEN to scrape it from elsewhere');
    return true;
  }
}
