import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CHANGE_CHANNELS, ChangeNotifications } from '../database/change-notifications';
import type { BankPrincipal } from './bank-principal';
import { BanksRepository } from './banks.repository';
import { hashApiKey, isApiKeyShaped, keyUsableAt } from './banks.rules';

/**
 * How long a key's lookup is trusted. SPEC §5.1 wants a revocation (or a lender's deactivation)
 * effective everywhere within 5 s: every process forgets its lookups when a change is announced
 * (database/change-notifications.ts), and caches for at most this long should it miss one.
 */
const KEY_CACHE_TTL_MS = 2000;
/** A flood of made-up keys cannot grow the cache beyond this: it starts afresh. */
const MAX_CACHED_KEYS = 10_000;
/** Last-used times are written at most this often, in one statement for every key used. */
const LAST_USED_FLUSH_MS = 5000;

interface CachedLookup {
  expiresAtMs: number;
  /** Shared by concurrent requests with the same key: one lookup, not one per request. */
  principal: Promise<BankPrincipal | null>;
}

/**
 * Who an API key belongs to, on the hot path: a hit costs a SHA-256 and a map read; a miss one
 * prepared statement. The key's last use is noted in memory and written later, off the request.
 */
@Injectable()
export class BankCredentials implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(BankCredentials.name);
  private readonly cache = new Map<string, CachedLookup>();
  private lastUsed = new Map<string, number>();
  private flushTimer?: NodeJS.Timeout;

  constructor(
    private readonly banks: BanksRepository,
    notifications: ChangeNotifications,
  ) {
    notifications.subscribe(CHANGE_CHANNELS.bankCredentials, () => this.forgetAll());
  }

  onModuleInit(): void {
    this.flushTimer = setInterval(() => void this.flushLastUsed(), LAST_USED_FLUSH_MS);
    this.flushTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.flushTimer);
    await this.flushLastUsed();
  }

  /** The lender behind a key that is well formed, known, not revoked and whose lender is active; else null. */
  async principalOf(key: string): Promise<BankPrincipal | null> {
    if (!isApiKeyShaped(key)) return null;
    const keyHash = hashApiKey(key);
    const cacheKey = keyHash.toString('base64');
    const nowMs = Date.now();
    let entry = this.cache.get(cacheKey);
    if (entry === undefined || entry.expiresAtMs <= nowMs) {
      if (this.cache.size >= MAX_CACHED_KEYS) this.cache.clear();
      const lookup: CachedLookup = { expiresAtMs: nowMs + KEY_CACHE_TTL_MS, principal: this.banks.findPrincipalByKeyHash(keyHash) };
      // A failed lookup (database down) is not remembered: the next request asks again.
      lookup.principal.catch(() => this.cache.get(cacheKey) === lookup && this.cache.delete(cacheKey));
      this.cache.set(cacheKey, lookup);
      entry = lookup;
    }
    const principal = await entry.principal;
    // A cached lookup may outlive the key's expiry by up to the cache's lifetime; this check does not.
    if (principal === null || !keyUsableAt(principal.expiresAt?.getTime() ?? null, nowMs)) return null;
    this.lastUsed.set(principal.keyId, nowMs);
    return principal;
  }

  /** After a change (a revocation, a lender edited) here or in another process, no cached lookup is trusted. */
  forgetAll(): void {
    this.cache.clear();
  }

  private async flushLastUsed(): Promise<void> {
    if (this.lastUsed.size === 0) return;
    const used = this.lastUsed;
    this.lastUsed = new Map();
    try {
      await this.banks.touchKeys([...used.keys()], [...used.values()].map((ms) => new Date(ms)));
    } catch (error) {
      // Only a convenience for the back office: the next use writes it again.
      this.logger.warn(`could not record when keys were last used: ${(error as Error).message}`);
    }
  }
}
