import { CanActivate, ExecutionContext, Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHmac } from 'node:crypto';
import { retryAfterSeconds } from '../common/retry-after';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { PublicRateLimitedException } from './public.exception';
import { PublicRepository } from './public.repository';

/** Refused clients remembered in this process; a flood of addresses cannot grow it beyond this: it starts afresh. */
const MAX_REMEMBERED_REFUSALS = 10_000;
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Per client address, on the public API only (SPEC §5.4): anyone may call it, so it must not let
 * one client crowd out the rest. Fixed one-minute windows counted in PostgreSQL, so that the limit
 * holds however a client's requests are spread over the API processes (SPEC §4): one upsert per
 * request, which the public API (cached answers, no hot path) can afford. Once refused, a client is
 * refused from this process's memory until its window ends, so a flood costs the database nothing;
 * that memory holds at most {@link MAX_REMEMBERED_REFUSALS} clients, and the table the clients of
 * the last two minutes. The address is the connection's, or X-Forwarded-For's only from the proxies
 * TRUST_PROXY names (app.factory.ts); it is stored as an HMAC, never as it is.
 */
@Injectable()
export class PublicRateLimitGuard implements CanActivate, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PublicRateLimitGuard.name);
  private readonly limit: number;
  private readonly pepper: string;
  private refusedUntil = new Map<string, number>();
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly windows: PublicRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.limit = config.publicRateLimitPerMinute;
    this.pepper = config.registry.pepper;
  }

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => {
      this.windows.sweepRateWindows().catch((error: Error) => this.logger.warn(`could not sweep past rate windows: ${error.message}`));
    }, SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweepTimer);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const clientHash = createHmac('sha256', this.pepper).update(`client-address:${context.switchToHttp().getRequest<FastifyRequest>().ip}`).digest();
    const key = clientHash.toString('base64');
    const nowMs = Date.now();
    const refusedUntilMs = this.refusedUntil.get(key);
    if (refusedUntilMs !== undefined) {
      if (refusedUntilMs > nowMs) throw new PublicRateLimitedException(retryAfterSeconds(refusedUntilMs - nowMs));
      this.refusedUntil.delete(key);
    }
    const { hits, msLeft } = await this.windows.countHit(clientHash);
    if (hits <= this.limit) return true;
    if (this.refusedUntil.size >= MAX_REMEMBERED_REFUSALS) this.refusedUntil = new Map();
    this.refusedUntil.set(key, nowMs + msLeft);
    throw new PublicRateLimitedException(retryAfterSeconds(msLeft));
  }
}
