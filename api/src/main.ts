import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './app.factory';
import { runCluster } from './cluster-primary';
import { loadConfig, type AppConfig } from './config/app-config';
import { resolveDevelopmentSecrets } from './config/development-secrets';
import { openRegistryDatabase } from './database/registry-database';
import { seedDemo } from './demo/demo-seed';
import { reportStartFailure } from './start-failure';

async function main() {
  const config = loadConfig(process.env);
  if (cluster.isPrimary && config.server.workers > 1) {
    await runCluster(config, () => printBanner(config));
    return;
  }
  await serve(config);
}

/** One API process: alone, or one of WORKERS (then the cluster's primary opened the database and prints the banner). */
async function serve(config: AppConfig) {
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
    // Of several workers, the first seeds (a replacement for it does not seed again).
    if (process.argv.includes('--demo') && (cluster.isPrimary || cluster.worker?.id === 1)) {
      if (config.env === 'production') throw new Error('--demo loads demonstration data; refusing with NODE_ENV=production.');
      await seedDemo(app, (message) => process.stdout.write(`${message}\n`));
    }
    await app.listen({ port: config.server.port, host: config.server.host });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  if (cluster.isPrimary) printBanner(config);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) process.stdout.write(`\n${signal} received: stopping the API, then the database…\n`);
    await cleanUp();
    if (cluster.isPrimary) process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function printBanner(config: AppConfig) {
  const base = `http://localhost:${config.server.port}`;
  const processes = config.server.workers > 1 ? `, ${config.server.workers} API processes` : '';
  process.stdout.write(
    [
      '',
      `Qorgau is running (${config.env}${processes}):`,
      `  citizen portal   ${base}/`,
      `  back office      ${base}/admin/`,
      `  API              ${base}/api/v1/`,
      `  API docs         ${base}/api/docs`,
      `  health, metrics  ${base}/health, ${base}/metrics`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n') + '\n',
  );
}

main().catch(reportStartFailure);
