import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';
import { resolveDevelopmentSecrets } from './config/development-secrets';
import { openRegistryDatabase } from './database/registry-database';
import { seedDemo } from './demo/demo-seed';
import { reportStartFailure } from './start-failure';

async function main() {
  const config = loadConfig(process.env);
  const database = await openRegistryDatabase(config, {
    shareRunning: false,
    log: (message) => process.stdout.write(`[postgres] ${message}\n`),
  });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const cleanUp = async () => {
    await app?.close();
    await database.close();
  };
  try {
    app = await createApp({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: database.url } });
    if (process.argv.includes('--demo')) {
      if (config.env === 'production') throw new Error('--demo loads demonstration data; refusing with NODE_ENV=production.');
      await seedDemo(app, (message) => process.stdout.write(`${message}\n`));
    }
    await app.listen({ port: config.server.port, host: config.server.host });
  } catch (error) {
    await cleanUp();
    throw error;
  }
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

main().catch(reportStartFailure);
