// SPEC §6: ingest 10,000,000 IINs from one CSV into a breach — validated, hashed, deduplicated — in
// ≤ 120 s, with the API process's peak memory ≤ 512 MB, and ≤ 3× a plain COPY of the same file into
// an indexed table. The file comes from `qorgau generate-leak`; it goes through the real HTTP upload
// to the built server, run as a child process (`node api/dist/main.js`) so that its peak RSS
// (VmHWM) is its own; the time runs from the first byte sent to the job's `done`. Baseline: `COPY`
// of the same file into `CREATE TABLE … (iin text PRIMARY KEY)` on the same server, in the same run.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { REPO_ROOT, table, writeResults } from './harness.mjs';

const require = createRequire(import.meta.url);
const pg = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg'));
const { from: copyFrom } = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg-copy-streams'));

const ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 10_000_000);
const BAR_SECONDS = 120;
const BAR_RATIO = 3;
const BAR_RSS_MB = 512;
const ADMIN = { email: 'bench@qorgau.local', password: 'benchmark passphrase 1' };

const { computeIinCheckDigit } = require(path.join(REPO_ROOT, 'shared', 'dist', 'cjs', 'index.js'));

function validBin() {
  for (let first11 = 99_034_000_010; ; first11++) {
    const check = computeIinCheckDigit(String(first11));
    if (check !== null) return `${first11}${check}`;
  }
}

const seconds = (ms) => Math.round(ms / 10) / 100;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function generate(file) {
  const begin = performance.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'cli', 'qorgau.js'), 'generate-leak', '--rows', String(ROWS), '--invalid-share', '0', '--kinds', 'iin'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await pipeline(child.stdout, createWriteStream(file));
  return seconds(performance.now() - begin);
}

async function withDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function startServer(databaseUrl, dataDir, port) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'main.js')], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Qorgau is running')) resolve(clearInterval(timer));
      else if (child.exitCode !== null) reject(new Error(output), clearInterval(timer));
    }, 50);
  });
  return { child, ready, output: () => output };
}

/** Peak resident set size of a process so far, in MB (Linux: VmHWM). */
function peakRssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

async function api(baseUrl, token, method, urlPath, body) {
  const response = await fetch(baseUrl + urlPath, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`);
  return response.json();
}

function uploadFile(baseUrl, token, breachId, file) {
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

async function copyBaseline(databaseUrl, file) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS baseline_iins');
    await client.query('CREATE TABLE baseline_iins (iin text PRIMARY KEY)');
    const begin = performance.now();
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom('COPY baseline_iins (iin) FROM STDIN (FORMAT csv, HEADER true)')));
    const elapsed = performance.now() - begin;
    await client.query('DROP TABLE baseline_iins');
    return seconds(elapsed);
  } finally {
    await client.end();
  }
}

export async function runIngest(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-ingest-'));
  const file = path.join(workDir, 'leak.csv');
  let server;
  try {
    process.stdout.write(`generating ${ROWS.toLocaleString('en')} IINs… `);
    const generateSeconds = await generate(file);
    const fileMb = Math.round(statSync(file).size / 1e6);
    process.stdout.write(`${fileMb} MB in ${generateSeconds} s\n`);

    const databaseUrl = await withDatabase(serverUrl, 'bench_ingest');
    const port = await freePort();
    server = startServer(databaseUrl, path.join(workDir, 'data'), port);
    await server.ready;
    const baseUrl = `http://127.0.0.1:${port}`;
    const { accessToken: token } = await api(baseUrl, null, 'POST', '/api/v1/auth/login', ADMIN);
    const company = await api(baseUrl, token, 'POST', '/api/v1/admin/companies', { bin: validBin(), name: 'Bench Telecom JSC', sector: 'telecom' });
    const breach = await api(baseUrl, token, 'POST', '/api/v1/admin/breaches', {
      companyId: company.id,
      title: 'Benchmark leak',
      discoveredAt: '2025-11-24T04:00:00Z',
      reportedAt: '2025-11-25T10:00:00Z',
      dataClasses: ['iin'],
    });
    const rssBefore = peakRssMb(server.child.pid);

    process.stdout.write('uploading through HTTP… ');
    const begin = performance.now();
    const jobId = await uploadFile(baseUrl, token, breach.id, file);
    const uploadSeconds = seconds(performance.now() - begin);
    let job;
    for (;;) {
      job = await api(baseUrl, token, 'GET', `/api/v1/admin/ingest-jobs/${jobId}`);
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ingestSeconds = seconds(performance.now() - begin);
    const peakRss = peakRssMb(server.child.pid);
    process.stdout.write(`${job.status} in ${ingestSeconds} s\n`);
    if (job.status !== 'done') throw new Error(`the job failed: ${job.error}`);

    process.stdout.write('baseline COPY into an indexed table… ');
    const copySeconds = await copyBaseline(databaseUrl, file);
    process.stdout.write(`${copySeconds} s\n`);

    const ratio = Math.round((ingestSeconds / copySeconds) * 100) / 100;
    const rowsPerSecond = Math.round(ROWS / ingestSeconds);
    const checks = [
      { measure: 'ingest wall time (s)', value: ingestSeconds, bar: `≤ ${BAR_SECONDS}`, pass: ingestSeconds <= BAR_SECONDS },
      { measure: 'ratio to plain COPY', value: ratio, bar: `≤ ${BAR_RATIO}`, pass: ratio <= BAR_RATIO },
      { measure: 'API peak RSS (MB)', value: peakRss, bar: `≤ ${BAR_RSS_MB}`, pass: peakRss <= BAR_RSS_MB },
    ];
    process.stdout.write(
      `\n${table([
        { phase: 'upload (read, validate, hash, COPY to staging)', seconds: uploadSeconds },
        { phase: 'merge (dedupe, index, attach, count) after the 202', seconds: Math.round((ingestSeconds - uploadSeconds) * 100) / 100 },
        { phase: 'ingest total', seconds: ingestSeconds },
        { phase: 'baseline: COPY into text PRIMARY KEY table', seconds: copySeconds },
      ])}\n\n${table(checks.map((check) => ({ ...check, pass: check.pass ? 'yes' : 'NO' })))}\n`,
    );
    process.stdout.write(`rows/s ${rowsPerSecond.toLocaleString('en')}; accepted ${job.accepted.toLocaleString('en')}, duplicates ${job.duplicates}, rejected ${job.rejected}; API RSS before upload ${rssBefore} MB\n`);
    const resultsFile = writeResults('ingest', {
      rows: ROWS,
      fileMb,
      uploadSeconds,
      ingestSeconds,
      copySeconds,
      ratio,
      rowsPerSecond,
      peakRssMb: peakRss,
      rssBeforeUploadMb: rssBefore,
      job: { accepted: job.accepted, duplicates: job.duplicates, rejected: job.rejected, rowsRead: job.rowsRead },
      bars: { seconds: BAR_SECONDS, ratio: BAR_RATIO, rssMb: BAR_RSS_MB },
      pass: checks.every((check) => check.pass),
    });
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    return checks.every((check) => check.pass);
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
    rmSync(workDir, { recursive: true, force: true });
  }
}
