import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { resolveDevelopmentSecrets } from './config/development-secrets';
import { EmbeddedPostgres } from './database/embedded-postgres';
import { InstanceLock } from './database/instance-lock';

const EMBEDDED_DATABASE_NAME = 'qorgau';

async function main() {
  const config = loadConfig(process.env);
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      const lock = InstanceLock.acquire(config.database.dataDir);
      cleanups.push(() => lock.release());
      const postgres = await EmbeddedPostgres.start({
        dataDir: path.join(config.database.dataDir, 'postgres'),
        port: config.database.embeddedPort,
        log: (message) => process.stdout.write(`[postgres] ${message}\n`),
      });
      cleanups.push(() => postgres.stop());
      await postgres.ensureDatabase(EMBEDDED_DATABASE_NAME);
      databaseUrl = postgres.url(EMBEDDED_DATABASE_NAME);
      process.stdout.write(`Embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${config.database.dataDir}\n`);
    }
    const app = await createApp({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: databaseUrl } });
    cleanups.push(() => app.close());
    await app.listen({ port: config.server.port, host: config.server.host });
    const base = `http://localhost:${config.server.port}`;
    process.stdout.write(
      [
        '',
        `Qorgau is running (${config.env}):`,
        `  citizen portal   ${base}/`,
        `  back office      ${base}/admin/`,
        `  API              ${base}/api/v1/`,
        `  API docs         ${base}/api/docs`,
        `  health, metrics  ${base}/health, ${base}/metrics`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n') + '\n',
    );
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: stopping the API, then the database…\n`);
    await cleanUp();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`Port ${process.env.PORT ?? 3000} is already in use: is Qorgau already running? Set PORT to use another.\n`);
  } else {
    process.stderr.write(`Qorgau could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
