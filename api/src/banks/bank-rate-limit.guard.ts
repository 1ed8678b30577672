import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { retryAfterSeconds } from '../common/retry-after';
import type { BankPrincipal } from './bank-principal';
import { BankRateLimitedException } from './banks.exception';
import { BanksRepository } from './banks.repository';
import { BURST_FACTOR, msUntilToken, RATE_LEASE_TTL_MS, rateLeaseSize } from './banks.rules';

/** What this process holds of a lender's shared bucket. */
interface Lease {
  tokens: number;
  expiresAtMs: number;
  /** After the bucket was found empty: refused from memory until then. */
  refusedUntilMs: number;
  /** The lease being taken: requests arriving meanwhile wait for it rather than ask again. */
  renewal?: Promise<void>;
}

/**
 * Each lender's rate limit (SPEC §5.2), held across every API process (SPEC §4): a token bucket
 * per lender in PostgreSQL, at the lender's own rate with bursts of twice that; a batch check is
 * one request. Asking the database on every check would cost the hot path a round trip and make
 * the lender's row the hottest lock in the registry, so each process leases tokens in small
 * blocks (banks.rules.ts `rateLeaseSize`) and spends them from memory: a check with tokens in hand
 * costs a map read. Leased tokens are gone from the shared bucket, so N processes together never
 * pass more than the one bucket allows; what a process gives up unspent when its lease ends makes
 * the limit stricter, never looser. Runs after the global guard has authenticated the lender.
 */
@Injectable()
export class BankRateLimitGuard implements CanActivate {
  private readonly leases = new Map<string, Lease>();

  constructor(private readonly banks: BanksRepository) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const bank = context.switchToHttp().getRequest<FastifyRequest & { user: BankPrincipal }>().user;
    let lease = this.leases.get(bank.bankId);
    if (lease === undefined) {
      lease = { tokens: 0, expiresAtMs: 0, refusedUntilMs: 0 };
      this.leases.set(bank.bankId, lease);
    }
    return this.spend(bank, lease, Date.now()) ?? this.spendAfterRenewal(bank, lease);
  }

  /** true when the lease in hand pays for the request; throws when the bucket is known empty; undefined: ask the database. */
  private spend(bank: BankPrincipal, lease: Lease, nowMs: number): true | undefined {
    if (lease.tokens > 0 && lease.expiresAtMs > nowMs) {
      lease.tokens -= 1;
      return true;
    }
    if (lease.refusedUntilMs > nowMs) throw new BankRateLimitedException(bank.rateLimitPerSecond, retryAfterSeconds(lease.refusedUntilMs - nowMs));
    return undefined;
  }

  private async spendAfterRenewal(bank: BankPrincipal, lease: Lease): Promise<boolean> {
    // Several requests may wait on one renewal; those it does not pay for take the next one.
    for (;;) {
      lease.renewal ??= this.renew(bank, lease).finally(() => (lease.renewal = undefined));
      await lease.renewal;
      if (this.spend(bank, lease, Date.now())) return true;
    }
  }

  private async renew(bank: BankPrincipal, lease: Lease): Promise<void> {
    const rate = bank.rateLimitPerSecond;
    const { granted, tokensLeft } = await this.banks.takeRateTokens(bank.bankId, rate, rate * BURST_FACTOR, rateLeaseSize(rate));
    const nowMs = Date.now();
    lease.tokens = granted;
    lease.expiresAtMs = nowMs + RATE_LEASE_TTL_MS;
    if (granted === 0) lease.refusedUntilMs = nowMs + msUntilToken(tokensLeft, rate);
  }
}
