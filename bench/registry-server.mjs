// The registry as the benchmarks drive it: a generated leak, a database of its own, the built
// server as a child process (so that its memory and CPU are its own), and its HTTP API.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { APP_ADMIN, freePort, freshDatabase, REPO_ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
export const pg = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg'));
const shared = require(path.join(REPO_ROOT, 'shared', 'dist', 'cjs', 'index.js'));

export const seconds = (ms) => Math.round(ms / 10) / 100;

/** A valid BIN, the first from `start` up. */
export function validBin(start = 99_034_000_010) {
  for (let first11 = start; ; first11++) {
    const check = shared.computeIinCheckDigit(String(first11));
    if (check !== null) return `${first11}${check}`;
  }
}

/** `qorgau generate-leak` into `file`; returns the seconds it took. */
export async function generateLeak(file, rows) {
  const begin = performance.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'cli', 'qorgau.js'), 'generate-leak', '--rows', String(rows), '--invalid-share', '0', '--kinds', 'iin'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await pipeline(child.stdout, createWriteStream(file));
  return seconds(performance.now() - begin);
}

/** Starts `node [nodeArgs] <script>` with `env`; `ready` resolves once its output contains `readyLine`. */
export function startProcess(script, env, readyLine, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, script], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes(readyLine)) resolve(clearInterval(timer));
      else if (child.exitCode !== null) reject(new Error(output), clearInterval(timer));
    }, 50);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return { child, ready, stop, output: () => output };
}

/**
 * The built API (`node api/dist/main.js`) on `port` against `databaseUrl`. BENCH_SERVER_NODE_ARGS go
 * to its `node`, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles` to see where its time goes.
 */
export function startServer(databaseUrl, dataDir, port, env = {}) {
  return startProcess(
    path.join(REPO_ROOT, 'api', 'dist', 'main.js'),
    { NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ADMIN_EMAIL: APP_ADMIN.email, ADMIN_PASSWORD: APP_ADMIN.password, ...env },
    'Qorgau is running',
    process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean),
  );
}

/** Peak resident set size of a process so far, in MB (Linux: VmHWM). */
export function peakRssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

export async function api(baseUrl, token, method, urlPath, body) {
  const response = await fetch(baseUrl + urlPath, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function signIn(baseUrl) {
  return (await api(baseUrl, null, 'POST', '/api/v1/auth/login', APP_ADMIN)).accessToken;
}

/** A draft breach of `iin` data to load a leak into, of the company `companyId` or of a new one. */
export async function createBreach(baseUrl, token, title, companyId) {
  const company = companyId ? { id: companyId } : await api(baseUrl, token, 'POST', '/api/v1/admin/companies', { bin: validBin(), name: 'Bench Telecom JSC', sector: 'telecom' });
  return api(baseUrl, token, 'POST', '/api/v1/admin/breaches', {
    companyId: company.id,
    title,
    discoveredAt: '2025-11-24T04:00:00Z',
    reportedAt: '2025-11-25T10:00:00Z',
    dataClasses: ['iin'],
  });
}

/** Streams a CSV file through `POST /admin/breaches/{id}/exposures`; resolves with the job id. */
export function uploadFile(baseUrl, token, breachId, file) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/api/v1/admin/breaches/${breachId}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': String(statSync(file).size) },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => (response.statusCode === 202 ? resolve(JSON.parse(text).jobId) : reject(new Error(`${response.statusCode} ${text}`))));
    });
    request.on('error', reject);
    createReadStream(file, { highWaterMark: 1 << 20 }).pipe(request);
  });
}

/** Polls an ingest job until it is done (or throws when it failed). */
export async function waitForIngestJob(baseUrl, token, jobId) {
  for (;;) {
    const job = await api(baseUrl, token, 'GET', `/api/v1/admin/ingest-jobs/${jobId}`);
    if (job.status === 'done') return job;
    if (job.status === 'failed') throw new Error(`the ingest job failed: ${job.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until every restriction job of the breach has ended, so that none shares the machine with the measurement. */
export async function waitUntilRestricted(baseUrl, token, breachId) {
  const query = new URLSearchParams({ filter: JSON.stringify({ breachId }), range: '[0,99]' });
  for (;;) {
    const jobs = await api(baseUrl, token, 'GET', `/api/v1/admin/restriction-jobs?${query}`);
    if (jobs.length > 0 && jobs.every((job) => job.status === 'done' || job.status === 'stopped')) {
      return { jobs: jobs.length, breach: await api(baseUrl, token, 'GET', `/api/v1/admin/breaches/${breachId}`) };
    }
    if (jobs.length === 0) {
      const { status } = await api(baseUrl, token, 'GET', `/api/v1/admin/breaches/${breachId}`);
      if (status === 'awaiting-approval') throw new Error('the confirmation awaits a second approval: set CONFIRM_APPROVAL_THRESHOLD above the leak for one regulator to confirm');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A bank with a rate limit the benchmarks never reach, and an API key of it: `{ bank, headers }`. */
export async function createBankKey(baseUrl, token) {
  const bank = await api(baseUrl, token, 'POST', '/api/v1/admin/banks', {
    bin: validBin(99_034_500_000),
    name: 'Bench Bank JSC',
    kind: 'bank',
    licence: 'BENCH-1',
    rateLimitPerSecond: 100_000,
  });
  const { key } = await api(baseUrl, token, 'POST', `/api/v1/admin/banks/${bank.id}/keys`);
  return { bank, headers: { authorization: `Bearer ${key}` } };
}

/**
 * What a registry in service has had time to do after a mass confirmation, done now so that the
 * measurement does not share the machine with it: autovacuum's pass over ten million new rows (it
 * also sets the visibility map that lets lookups stay in the index), the checkpoint, and the
 * restrictions key read into PostgreSQL's buffers, where thousands of checks a second keep it.
 */
export async function settle(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE) restrictions');
    await client.query('CHECKPOINT');
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await client.query(`SELECT pg_prewarm('restrictions_pkey')`);
  } finally {
    await client.end();
  }
}

/**
 * A registry in a fresh database `name` on `serverUrl` holding `rows` restricted IINs (the first of
 * `distinctIins(0)`), brought there as a real leak is: `qorgau generate-leak`, the HTTP upload, one
 * regulator's confirmation (the second approval is `pnpm bench national`'s to measure), the
 * registry's own restriction job; then settled. The API keeps running with `env`; the caller stops
 * `server`. Prints its progress; returns the phases' seconds beside what it started.
 */
export async function restrictedRegistry(serverUrl, { rows, name, workDir, env = {} }) {
  const file = path.join(workDir, 'leak.csv');
  const pepper = randomBytes(32).toString('hex');
  process.stdout.write(`generating ${rows.toLocaleString('en')} IINs… `);
  process.stdout.write(`${await generateLeak(file, rows)} s\n`);
  const databaseUrl = await freshDatabase(serverUrl, name);
  const port = await freePort();
  const server = startServer(databaseUrl, path.join(workDir, 'data'), port, { REGISTRY_PEPPER: pepper, CONFIRM_APPROVAL_THRESHOLD: String(rows), ...env });
  await server.ready;
  const baseUrl = `http://127.0.0.1:${port}`;
  const token = await signIn(baseUrl);
  const breach = await createBreach(baseUrl, token, `Benchmark leak (${name})`);
  process.stdout.write('loading the leak… ');
  let begin = performance.now();
  await waitForIngestJob(baseUrl, token, await uploadFile(baseUrl, token, breach.id, file));
  const ingestSeconds = seconds(performance.now() - begin);
  rmSync(file, { force: true });
  process.stdout.write(`${ingestSeconds} s\nconfirming and restricting every IIN… `);
  begin = performance.now();
  for (const to of ['investigating', 'confirmed']) {
    await api(baseUrl, token, 'POST', `/api/v1/admin/breaches/${breach.id}/transitions`, { to, reason: 'benchmark' });
  }
  const { jobs: restrictionJobs, breach: restricted } = await waitUntilRestricted(baseUrl, token, breach.id);
  const restrictSeconds = seconds(performance.now() - begin);
  process.stdout.write(`${restricted.restrictedCount.toLocaleString('en')} restricted in ${restrictSeconds} s (${restrictionJobs} job${restrictionJobs === 1 ? '' : 's'})\n`);
  if (restricted.restrictedCount !== rows) throw new Error(`${restricted.restrictedCount} of ${rows} IINs restricted`);
  await settle(databaseUrl);
  return { server, baseUrl, port, databaseUrl, pepper, token, breach: restricted, ingestSeconds, restrictSeconds, restrictionJobs };
}
