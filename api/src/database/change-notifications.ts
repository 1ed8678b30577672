import { Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';

/** What changed, as PostgreSQL NOTIFY channels: every API process listens to each. */
export const CHANGE_CHANNELS = {
  /** A key revoked, a lender deactivated or its rate limit changed: cached key lookups are stale. */
  bankCredentials: 'qorgau_bank_credentials',
  /** A new answer-signing key: sign with it from now on. */
  signingKeys: 'qorgau_signing_keys',
  /** An ingestion job cancelled (its id the payload): the process working on it stops. */
  ingestJobCancelled: 'qorgau_ingest_job_cancelled',
} as const;
export type ChangeChannel = (typeof CHANGE_CHANNELS)[keyof typeof CHANGE_CHANNELS];

/** After losing its connection, the listener tries again this often. */
const RECONNECT_MS = 1000;

/**
 * Tells every API process on the database that something it caches has changed (SPEC §4: key
 * revocation and signing-key rotation reach every process within 5 s), with PostgreSQL's
 * LISTEN/NOTIFY on one connection of its own per process: a change is heard within milliseconds of
 * its commit. The caches keep their short lifetimes as the safety net for what a listener can
 * miss (its connection lost, PgBouncer in transaction mode, which drops LISTEN); and when the
 * listener reconnects, every subscriber is told, since anything may have changed meanwhile.
 */
@Injectable()
export class ChangeNotifications implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeNotifications.name);
  private readonly listeners = new Map<ChangeChannel, ((payload: string) => void)[]>();
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig & { database: { url: string } }) {}

  /**
   * Calls `listener` whenever a change on `channel` commits, in any process (this one included),
   * with the change's payload; with '' after the listener reconnected: anything may have changed.
   */
  subscribe(channel: ChangeChannel, listener: (payload: string) => void): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }

  /** Announces a change; inside `manager`'s transaction it is heard when (and only if) that commits. */
  async announce(manager: EntityManager, channel: ChangeChannel, payload = ''): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'qorgau-notifications' });
    client.on('notification', ({ channel, payload }) => this.tell(channel as ChangeChannel, payload ?? ''));
    client.on('error', (error) => this.logger.warn(`change notifications interrupted: ${error.message}`));
    client.on('end', () => {
      if (this.client === client) this.client = undefined;
      this.scheduleReconnect();
    });
    await client.connect();
    for (const channel of Object.values(CHANGE_CHANNELS)) await client.query(`LISTEN ${channel}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.listen().then(
        () => {
          this.logger.log('change notifications heard again');
          for (const channel of this.listeners.keys()) this.tell(channel, '');
        },
        (error: Error) => {
          this.logger.warn(`could not listen for changes again: ${error.message}`);
          this.scheduleReconnect();
        },
      );
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  private tell(channel: ChangeChannel, payload: string): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(payload);
  }
}

/** Imported by each module that caches or changes what another process caches; one listener per process. */
@Module({ providers: [ChangeNotifications], exports: [ChangeNotifications] })
export class ChangeNotificationsModule {}
