import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config/paths';
import { EmbeddedPostgres } from '../../api/src/database/embedded-postgres';

/**
 * One PostgreSQL for the whole run: the server given by DATABASE_URL, or an embedded one in
 * .data/test-postgres created afresh. Each test file then gets a database of its own.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.QORGAU_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = path.join(REPO_ROOT, '.data', 'test-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.password`, { force: true });
  const postgres = await EmbeddedPostgres.start({ dataDir, port: await freePort() });
  (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres = postgres;
  process.env.QORGAU_TEST_SERVER_URL = postgres.url();
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
