import path from 'node:path';
import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { InstanceLock } from './instance-lock';

const EMBEDDED_DATABASE_NAME = 'qorgau';

export interface RegistryDatabase {
  url: string;
  /** Stops what this opening started (the embedded server and its lock); nothing for DATABASE_URL. */
  close(): Promise<void>;
}

/**
 * The registry's database: DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR.
 * A command-line tool (`shareRunning`) may use the embedded server of a Qorgau that is running;
 * otherwise the embedded server is started here, under the instance lock.
 */
export async function openRegistryDatabase(
  config: AppConfig,
  options: { shareRunning: boolean; log: (message: string) => void },
): Promise<RegistryDatabase> {
  if (config.database.url) return { url: config.database.url, close: async () => undefined };
  const dataDir = path.join(config.database.dataDir, 'postgres');
  if (options.shareRunning && InstanceLock.heldByAnother(config.database.dataDir)) {
    return { url: EmbeddedPostgres.urlOfRunning(dataDir, config.database.embeddedPort, EMBEDDED_DATABASE_NAME), close: async () => undefined };
  }
  const lock = InstanceLock.acquire(config.database.dataDir);
  try {
    const postgres = await EmbeddedPostgres.start({ dataDir, port: config.database.embeddedPort, log: options.log });
    await postgres.ensureDatabase(EMBEDDED_DATABASE_NAME);
    options.log(`Embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${config.database.dataDir}`);
    return {
      url: postgres.url(EMBEDDED_DATABASE_NAME),
      close: async () => {
        await postgres.stop();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
