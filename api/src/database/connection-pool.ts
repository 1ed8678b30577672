import { Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';

type DatabaseConfig = ResolvedConfig['database'] & { url: string };

/** A plain `pg` pool of the API's own beside TypeORM's, closed with the application. */
export abstract class ConnectionPool extends Pool implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.end();
  }
}

/** Provides `pool` with `size(config)` connections at most, named `applicationName` in pg_stat_activity. */
export function connectionPoolProvider<T extends ConnectionPool>(
  pool: new (options: ConstructorParameters<typeof Pool>[0]) => T,
  applicationName: string,
  size: (database: DatabaseConfig) => number,
): Provider {
  const logger = new Logger(pool.name);
  return {
    provide: pool,
    inject: [APP_CONFIG],
    useFactory: (config: ResolvedConfig & { database: DatabaseConfig }) => {
      const instance = new pool({ connectionString: config.database.url, max: size(config.database), application_name: applicationName });
      // An idle connection dropped by a database restart must not take the process down; the next
      // query opens a new one (SPEC §5.2: recover without a restart of the API).
      instance.on('error', (error) => logger.warn(`idle connection lost: ${error.message}`));
      return instance;
    },
  };
}
