import { Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';

/** The first key of the two-key advisory locks that say "this process is alive"; the second is its token. */
export const PROCESS_LOCK_NAMESPACE = 0x71706964; // 'qpid'

/** After losing its connection, the process takes its lock again this often. */
const RECONNECT_MS = 1000;

/**
 * This API process, as the others can tell that it is alive (SPEC §4): it holds a session advisory
 * lock (PROCESS_LOCK_NAMESPACE, `token`) on a connection of its own for as long as it runs, and
 * PostgreSQL frees the lock when the process (or its connection) dies. Work it owns, an upload in
 * progress for one, is stamped with the token; another process may end that work only when it can
 * take the lock: `pg_try_advisory_xact_lock(PROCESS_LOCK_NAMESPACE, token)`.
 */
@Injectable()
export class ProcessLiveness implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ProcessLiveness.name);
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;
  /** This process's token: unique among the live processes on the database. */
  token = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig & { database: { url: string } }) {}

  async onModuleInit(): Promise<void> {
    await this.hold(true);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  /** Connects and takes the lock: a fresh token at first; the same again after a lost connection, while it is free. */
  private async hold(fresh: boolean): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'qorgau-process' });
    client.on('error', (error) => this.logger.warn(`the process lock's connection failed: ${error.message}`));
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    for (;;) {
      if (fresh) this.token = randomInt(-2_147_483_648, 2_147_483_647);
      const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS held', [PROCESS_LOCK_NAMESPACE, this.token]);
      if (rows[0].held) break;
      // Another live process drew the same token, or a sweep holds it for an instant: draw again.
      fresh = true;
    }
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.hold(false).catch((error: Error) => {
        this.logger.warn(`could not take the process lock again: ${error.message}`);
        this.scheduleReconnect();
      });
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}

@Module({ providers: [ProcessLiveness], exports: [ProcessLiveness] })
export class ProcessLivenessModule {}
