// The built application on a fresh database, for the benchmarks and the screenshots: a fresh
// embedded PostgreSQL (or DATABASE_URL's server) and the real app on a free port.
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const api = (module) => require(path.join(REPO_ROOT, 'api', 'dist', module));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh PostgreSQL cluster for this benchmark run, or DATABASE_URL's server when set. */
export async function startDatabase(name) {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => undefined };
  const { EmbeddedPostgres } = api('database/embedded-postgres.js');
  // A folder per use (bench run, screenshots), so that two of them never share a cluster.
  const dataDir = path.join(REPO_ROOT, '.data', 'scratch-postgres', name, 'postgres');
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const postgres = await EmbeddedPostgres.start({ dataDir, port: await freePort() });
  return {
    serverUrl: postgres.url(),
    stop: async () => {
      await postgres.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** A fresh, empty database `name` on the server; returns its URL. */
export async function freshDatabase(serverUrl, name) {
  const pg = api('../node_modules/pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The administrator every app started here gets (ADMIN_EMAIL/ADMIN_PASSWORD). */
export const APP_ADMIN = { email: 'bench@qorgau.local', password: 'benchmark passphrase 1' };

/** The whole application, as `pnpm start` builds it, on a database of its own. */
export async function startApp(serverUrl, databaseName) {
  const databaseUrl = await freshDatabase(serverUrl, databaseName);
  const { loadConfig } = api('config/app-config.js');
  const { resolveDevelopmentSecrets } = api('config/development-secrets.js');
  const { createApp } = api('app.factory.js');
  const admin = APP_ADMIN;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(os.tmpdir(), `qorgau-bench-${process.pid}`),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  });
  const app = await createApp({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: databaseUrl } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const signIn = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const { accessToken } = await signIn.json();
  return { app, admin, baseUrl, databaseUrl, token: accessToken, close: () => app.close() };
}

