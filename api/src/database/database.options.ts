import { DataSource, type DataSourceOptions } from 'typeorm';
import { becomeAppRole } from './app-role';
import { MIGRATIONS } from './migrations';

/**
 * The request pool: `poolSize` connections (DATABASE_POOL_SIZE) to `url`, each turned into the
 * API's role (database/app-role.ts) before its first query, knowing `entities` (src/entities.ts).
 * It never migrates: see `migrateDatabase`.
 */
export function databaseOptions(url: string, poolSize: number, entities: DataSourceOptions['entities']): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrationsRun: false,
    synchronize: false,
    extra: { max: poolSize, application_name: 'qorgau-api', onConnect: becomeAppRole },
  };
}

/** Runs the pending migrations as the owner (DATABASE_URL), on a connection of their own. */
export async function migrateDatabase(ownerUrl: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 1, application_name: 'qorgau-migrations' },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
