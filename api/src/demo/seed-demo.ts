import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { resolveDevelopmentSecrets } from '../config/development-secrets';
import { migrateDatabase } from '../database/database.options';
import { openRegistryDatabase } from '../database/registry-database';
import { reportStartFailure } from '../start-failure';
import { seedDemo } from './demo-seed';

/** `pnpm seed:demo`: loads the demo data into the registry (the running one's database, or its own). */
async function main() {
  const config = loadConfig(process.env);
  if (config.env === 'production') throw new Error('Demo data is for development and demonstrations; refusing with NODE_ENV=production.');
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const database = await openRegistryDatabase(config, { shareRunning: true, log });
  try {
    await migrateDatabase(database.url);
    const context = await NestFactory.createApplicationContext(
      AppModule.forRoot({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: database.url } }),
      { logger: ['error', 'warn'] },
    );
    try {
      await seedDemo(context, log);
    } finally {
      await context.close();
    }
  } finally {
    await database.close();
  }
}

main().catch(reportStartFailure);
