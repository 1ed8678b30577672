// SPEC §6: ingest 10,000,000 IINs from one CSV into a breach — validated, hashed, deduplicated — in
// ≤ 120 s, with the API process's peak memory ≤ 512 MB, and ≤ 3× a plain COPY of the same file into
// an indexed table. The file comes from `qorgau generate-leak`; it goes through the real HTTP upload
// to the built server, run as a child process (`node api/dist/main.js`) so that its peak RSS
// (VmHWM) is its own; the time runs from the first byte sent to the job's `done`. Baseline: `COPY`
// of the same file into `CREATE TABLE … (iin text PRIMARY KEY)` on the same server, in the same run.
import { createRequire } from 'node:module';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { freePort, freshDatabase, REPO_ROOT, table, writeResults } from './harness.mjs';
import {
  createBreach,
  generateLeak,
  peakRssMb,
  pg,
  seconds,
  signIn,
  startServer,
  uploadFile,
  waitForIngestJob,
} from './registry-server.mjs';

const require = createRequire(import.meta.url);
const { from: copyFrom } = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg-copy-streams'));

const ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 10_000_000);
const BAR_SECONDS = 120;
const BAR_RATIO = 3;
const BAR_RSS_MB = 512;

/** Seconds for a plain `COPY` of `file` into `CREATE TABLE … (iin text PRIMARY KEY)` (dropped after). */
export async function copyBaseline(databaseUrl, file) {
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
    const generateSeconds = await generateLeak(file, ROWS);
    const fileMb = Math.round(statSync(file).size / 1e6);
    process.stdout.write(`${fileMb} MB in ${generateSeconds} s\n`);

    const databaseUrl = await freshDatabase(serverUrl, 'bench_ingest');
    const port = await freePort();
    server = startServer(databaseUrl, path.join(workDir, 'data'), port);
    await server.ready;
    const baseUrl = `http://127.0.0.1:${port}`;
    const token = await signIn(baseUrl);
    const breach = await createBreach(baseUrl, token, 'Benchmark leak');
    const rssBefore = peakRssMb(server.child.pid);

    process.stdout.write('uploading through HTTP… ');
    const begin = performance.now();
    const jobId = await uploadFile(baseUrl, token, breach.id, file);
    const uploadSeconds = seconds(performance.now() - begin);
    const job = await waitForIngestJob(baseUrl, token, jobId);
    const ingestSeconds = seconds(performance.now() - begin);
    const peakRss = peakRssMb(server.child.pid);
    process.stdout.write(`done in ${ingestSeconds} s\n`);

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
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
