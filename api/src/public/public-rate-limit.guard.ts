import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { PublicRateLimitedException } from './public.exception';
import { FixedWindowRateLimiter } from './public.rules';

/**
 * Per client address, on the public API only (SPEC §5.4): anyone may call it, so it must not let
 * one client crowd out the rest. Behind a proxy in production the address comes from X-Forwarded-For
 * (Fastify's trustProxy); in memory, so per API process.
 */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowRateLimiter;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.limiter = new FixedWindowRateLimiter(config.publicRateLimitPerMinute);
  }

  canActivate(context: ExecutionContext): boolean {
    const decision = this.limiter.hit(context.switchToHttp().getRequest<FastifyRequest>().ip, Date.now());
    if (decision.allowed) return true;
    throw new PublicRateLimitedException(decision.retryAfterSeconds);
  }
}
