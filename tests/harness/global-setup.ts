import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config/paths';
import { EmbeddedPostgres } from '../../api/src/database/embedded-postgres';
import { isProcessRunning } from '../../api/src/database/instance-lock';

/** Each run's cluster lives in a folder named after the run's pid, so concurrent runs never share one. */
export const TEST_CLUSTERS_DIR = path.join(REPO_ROOT, '.data', 'test-postgres');
export const testClusterDir = (pid: number) => path.join(TEST_CLUSTERS_DIR, String(pid));

/**
 * One PostgreSQL for the whole run: the server given by DATABASE_URL, or a fresh embedded one.
 * Each test file then gets a database of its own.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.QORGAU_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  removeClustersOfFinishedRuns();
  const dataDir = path.join(testClusterDir(process.pid), 'postgres');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const postgres = await EmbeddedPostgres.start({ dataDir, port: await freePort() });
  (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres = postgres;
  process.env.QORGAU_TEST_SERVER_URL = postgres.url();
}

function removeClustersOfFinishedRuns() {
  let entries: string[] = [];
  try {
    entries = readdirSync(TEST_CLUSTERS_DIR);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || !isProcessRunning(pid)) rmSync(path.join(TEST_CLUSTERS_DIR, entry), { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
