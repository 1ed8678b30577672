import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createBank, createBankKey, newIin } from '../harness/factories';
import { testClusterDir } from '../harness/global-setup';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The database stops under a running API and comes back (SPEC §5.2: never a wrong answer): while it
 * is down every bank check is a 503 with Retry-After, never a 500 or a 401; once it is back the
 * same app answers 200 again, its pools having reconnected by themselves.
 */
const dataDir = path.join(testClusterDir(process.pid), 'restart-postgres');
let port: number;
let postgres: ChildProcess;
let testApp: TestApp;
let admin: string;
let key: string;

function startPostgres(): Promise<string> {
  postgres = spawn(process.execPath, [path.join(__dirname, '../harness/postgres-process.cjs'), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    postgres.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    postgres.once('exit', (code) => reject(new Error(`the database process ended (exit ${code})`)));
  });
}

function stopPostgres(): Promise<void> {
  return new Promise((resolve) => {
    postgres.once('exit', () => resolve());
    postgres.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      server.close(() => resolve(address.port));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  // The app's database is created on this dedicated server instead of the run's shared one.
  process.env.QORGAU_TEST_SERVER_URL = await startPostgres();
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  // A limit no traffic here reaches: this test is about the database, not the rate limit.
  key = (await createBankKey(testApp, admin, (await createBank(testApp, admin, { rateLimitPerSecond: 100_000 })).id)).key;
});

afterAll(async () => {
  // Closing drops the test's database: the server must be up for that, even after a failure mid-way.
  if (postgres && postgres.exitCode !== null) await startPostgres();
  await testApp?.close();
  if (postgres?.exitCode === null) await stopPostgres();
  rmSync(dataDir, { recursive: true, force: true });
});

const check = () => testApp.request('GET', `/api/v1/restrictions/${newIin()}?purpose=loan&reference=R`, { token: key });
const batch = () => testApp.request('POST', '/api/v1/restrictions/check', { token: key, body: { purpose: 'loan', reference: 'R', iins: [newIin(), newIin()] } });

/** Keeps a few requests in flight until stopped; returns every status seen. */
function traffic(): { stop: () => Promise<number[]> } {
  const statuses: number[] = [];
  let running = true;
  const workers = Array.from({ length: 4 }, async () => {
    while (running) statuses.push((await check()).status);
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return statuses;
    },
  };
}

it('answers 503 with Retry-After while the database is down, and 200 again once it is back, without a restart', async () => {
  expect((await check()).status).toBe(200);

  const during = traffic();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await stopPostgres();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const seen = await during.stop();
  expect(seen).toContain(200);
  expect(seen).toContain(503);
  expect(seen.filter((status) => status !== 200 && status !== 503)).toEqual([]);

  const down = await check();
  expect(down.status).toBe(503);
  expect(down.headers.get('retry-after')).toBe('1');
  expect(down.headers.get('content-type')).toContain('application/problem+json');
  expect(await down.json()).toMatchObject({ status: 503, type: 'urn:qorgau:problem:database-unavailable' });
  expect((await batch()).status).toBe(503);
  // Once the key's cached lookup has expired, the key cannot be looked up either: still 503, never 401.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect((await check()).status).toBe(503);
  expect((await testApp.request('GET', '/api/v1/admin/banks', { token: admin })).status).toBe(503);

  await startPostgres();
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
    status = (await check()).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe(200);
  expect((await batch()).status).toBe(200);
  expect((await testApp.request('GET', '/api/v1/admin/banks', { token: admin })).status).toBe(200);
});
