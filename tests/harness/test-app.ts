import 'reflect-metadata';
import type { Role } from '@qorgau/shared';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../api/src/app.factory';
import { hashPassword } from '../../api/src/users/password-hasher';
import { loadConfig } from '../../api/src/config/app-config';
import { resolveDevelopmentSecrets } from '../../api/src/config/development-secrets';
import { RegulatorUsersRepository } from '../../api/src/users/regulator-users.repository';
import { apiRoleOf, sql } from './sql';

export const TEST_ADMIN = { email: 'admin@test.qorgau.kz', password: 'test-admin-password-1' };

export interface TestApp {
  app: Awaited<ReturnType<typeof createApp>>;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  databaseUrl: string;
  /** fetch against the running app; JSON bodies are serialised and given the right content type. */
  request(method: string, urlPath: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** Creates a regulator with the given role and returns a token for it. */
  signInAs(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** A fresh, empty database on the run's PostgreSQL server, and a way to drop it. */
export async function createTestDatabase(): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const serverUrl = process.env.QORGAU_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('QORGAU_TEST_SERVER_URL is not set: run the tests through jest (tests/harness/global-setup.ts)');
  const databaseName = `qorgau_test_${randomBytes(6).toString('hex')}`;
  await sql(serverUrl, `CREATE DATABASE ${databaseName}`);
  return {
    databaseUrl: withDatabase(serverUrl, databaseName),
    drop: async () => {
      await sql(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      // Roles are cluster-wide: the API's role of this database goes with it.
      await sql(serverUrl, `DROP ROLE IF EXISTS "${apiRoleOf(withDatabase(serverUrl, databaseName))}"`);
    },
  };
}

/**
 * Boots the real application (HTTP server, migrations, guards, filters) on a random port against
 * a database of its own, created on the run's PostgreSQL server — or against `database`, shared with
 * other processes and left in place when the app closes.
 */
export async function startTestApp(env: Record<string, string> = {}, database?: { databaseUrl: string }): Promise<TestApp> {
  const ownDatabase = database ? undefined : await createTestDatabase();
  const databaseUrl = (database ?? ownDatabase!).databaseUrl;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-test-'));

  const config = loadConfig({
    NODE_ENV: 'test',
    // TEST_LOG_LEVEL=error shows the server's own account of a failing test.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...env,
  });
  const app = await createApp({ ...resolveDevelopmentSecrets(config), database: { ...config.database, url: databaseUrl } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const request: TestApp['request'] = (method, urlPath, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    return fetch(baseUrl + urlPath, { method, headers, body });
  };

  let regulatorCount = 0;
  const signInAs = async (role: Role) => {
    const email = `${role}-${++regulatorCount}-${randomBytes(3).toString('hex')}@test.qorgau.kz`;
    const password = `password-for-${role}-${randomBytes(6).toString('hex')}`;
    await app.get(RegulatorUsersRepository).create({ email, role, passwordHash: await hashPassword(password) });
    const response = await request('POST', '/api/v1/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`Could not sign in as ${role}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  return {
    app,
    baseUrl,
    databaseUrl,
    request,
    signInAs,
    close: async () => {
      // Every test's requests have ended; a socket left open by one cut short (a refused 1 MB body)
      // must not hold the server's close, which waits for every connection that is not idle.
      (app.getHttpServer() as import('node:http').Server).closeAllConnections();
      await app.close();
      await ownDatabase?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

