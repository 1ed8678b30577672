import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from './config/app-config';
import { resolveDevelopmentSecrets } from './config/development-secrets';
import { openRegistryDatabase } from './database/registry-database';

/** A process that dies after it served is replaced after this pause (not in a tight loop). */
const RESPAWN_DELAY_MS = 1000;

/**
 * `WORKERS=N` (SPEC §4): this process opens the database (the embedded one under its instance lock,
 * or DATABASE_URL), makes the development secrets once, and runs N API processes with node:cluster
 * sharing PORT; it serves nothing itself. The workers boot one after another under the database's
 * boot lock (migrations run once), and hold in PostgreSQL whatever must agree across them (README,
 * "Several API processes"). A worker that dies after serving is replaced; one that cannot start
 * stops them all, as a single process would exit.
 */
export async function runCluster(config: AppConfig, printBanner: () => void): Promise<void> {
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const database = await openRegistryDatabase(config, { shareRunning: false, log: (message) => log(`[postgres] ${message}`) });
  try {
    resolveDevelopmentSecrets(config);
  } catch (error) {
    await database.close();
    throw error;
  }
  const workers = config.server.workers;
  const served = new Set<number>();
  let stopping = false;
  let bannerShown = false;

  const fork = () => cluster.fork({ DATABASE_URL: database.url });
  const alive = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log(reason);
    const exits = alive().map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    for (const worker of alive()) worker.process.kill('SIGTERM');
    await Promise.all(exits);
    await database.close();
    if (exitCode === 0) log('Stopped.');
    process.exit(exitCode);
  };

  cluster.on('listening', (worker) => {
    served.add(worker.id);
    if (!bannerShown && served.size === workers) {
      bannerShown = true;
      printBanner();
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!served.has(worker.id)) {
      void stop(`An API process could not start (${signal ?? `exit code ${code}`}): stopping the others, then the database…`, 1);
      return;
    }
    log(`API process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}): starting another.`);
    setTimeout(() => stopping || fork(), RESPAWN_DELAY_MS);
  });
  for (let index = 0; index < workers; index++) fork();

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop(`\n${signal} received: stopping the ${workers} API processes, then the database…`, 0));
  }
}
