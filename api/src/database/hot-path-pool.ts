import { Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { becomeAppRole } from './app-role';

/**
 * The bank check's own connection pool (SPEC §5.2, §6): plain `pg` with named prepared statements,
 * no ORM, and connections that back-office work (uploads, reports) cannot use up.
 */
export class HotPathPool extends Pool implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.end();
  }
}

const logger = new Logger('HotPathPool');

export const hotPathPoolProvider: Provider = {
  provide: HotPathPool,
  inject: [APP_CONFIG],
  useFactory: (config: ResolvedConfig & { database: { url: string } }) => {
    const pool = new HotPathPool({
      connectionString: config.database.appUrl ?? config.database.url,
      max: config.database.hotPathPoolSize,
      application_name: 'qorgau-hot-path',
      onConnect: becomeAppRole,
    });
    // An idle connection dropped by a database restart must not take the process down; the next
    // query opens a new one (SPEC §5.2: recover without a restart of the API).
    pool.on('error', (error) => logger.warn(`idle hot-path connection lost: ${error.message}`));
    return pool;
  },
};
