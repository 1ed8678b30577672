import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { BankPrincipal } from './bank-principal';
import { BankRateLimitedException } from './banks.exception';
import { newTokenBucket, takeToken, type TokenBucket } from './banks.rules';

/**
 * Each lender's rate limit (SPEC §5.2): a token bucket per lender in this process's memory, at the
 * lender's own rate with bursts of twice that. A batch check is one request. Runs after the global
 * guard has authenticated the lender.
 */
@Injectable()
export class BankRateLimitGuard implements CanActivate {
  private readonly buckets = new Map<string, TokenBucket>();

  canActivate(context: ExecutionContext): boolean {
    const bank = context.switchToHttp().getRequest<FastifyRequest & { user: BankPrincipal }>().user;
    const nowMs = Date.now();
    let bucket = this.buckets.get(bank.bankId);
    if (bucket === undefined) {
      bucket = newTokenBucket(bank.rateLimitPerSecond, nowMs);
      this.buckets.set(bank.bankId, bucket);
    }
    const waitSeconds = takeToken(bucket, bank.rateLimitPerSecond, nowMs);
    if (waitSeconds > 0) throw new BankRateLimitedException(bank.rateLimitPerSecond, waitSeconds);
    return true;
  }
}
