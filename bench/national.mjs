// SPEC §3.9 and §6, a breach of the whole country: 20,000,000 IINs (`BENCH_NATIONAL_ROWS`) from
// `qorgau generate-leak`, uploaded through the HTTP ingest, the confirmation asked by one regulator
// and approved by another (over CONFIRM_APPROVAL_THRESHOLD it waits in `awaiting-approval`), every
// restriction placed by the registry's own jobs, then a short bank check over the result, in a
// registry that holds earlier national breaches already (BENCH_NATIONAL_EARLIER_EXPOSURES, by
// default 30,000,000: 50,000,000 exposures with this one, all restricted). The bar:
// ≤ 10 minutes from the first byte sent to the last restriction, the API process's RSS ≤ 512 MB
// throughout (VmRSS sampled from /proc every 200 ms, and VmHWM at the end). Each phase stands beside
// its plain-SQL baseline measured on the same server in the same run, once the registry is idle: a
// `COPY` of the same file into an indexed table, and one `INSERT … SELECT` of the breach's
// restrictions into an empty table shaped like `restrictions` (its key built as rows arrive, and,
// for the floor, built once after the rows).
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, freshDatabase, measure, percentiles, REPO_ROOT, table, writeResults } from './harness.mjs';
import { copyBaseline } from './ingest.mjs';
import {
  api,
  createBankKey,
  createBreach,
  generateLeak,
  peakRssMb,
  pg,
  seconds,
  settle,
  signIn,
  startServer,
  uploadFile,
  waitForIngestJob,
  waitUntilRestricted,
} from './registry-server.mjs';

const require = createRequire(import.meta.url);
const { distinctIins } = require(path.join(REPO_ROOT, 'api', 'dist', 'cli', 'leak-generator.js'));

const ROWS = Number(process.env.BENCH_NATIONAL_ROWS ?? 20_000_000);
/** Exposures of the national breaches the registry holds already (SPEC §3.9: 50,000,000 with this one). */
const EARLIER_EXPOSURES = Number(process.env.BENCH_NATIONAL_EARLIER_EXPOSURES ?? 30_000_000);
const EARLIER_BREACHES = 2;
const BAR = { totalSeconds: 600, rssMb: 512 };
const APPROVER = { email: 'approver@qorgau.local', password: 'second regulator passphrase 2' };
const BANK_CHECKS = 5_000;
const BANK_BATCHES = 20;

/** Samples the process's VmRSS every 200 ms; `stop()` returns the highest seen and VmHWM, in MB. */
function sampleRss(pid) {
  let highest = 0;
  const read = () => {
    try {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
      highest = Math.max(highest, Math.round(Number(line.split(/\s+/)[1]) / 1024));
    } catch {
      // ended
    }
  };
  read();
  const timer = setInterval(read, 200);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return { sampledPeakMb: highest, vmHwmMb: peakRssMb(pid) };
    },
  };
}

/**
 * The plain-SQL restriction of the whole breach, in one statement, into an empty copy of
 * `restrictions` (same columns, checks and covering key): with the key maintained row by row, and
 * with the rows first and the key built after (the floor of writing them at all).
 */
async function restrictionBaselines(databaseUrl, breachId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const insert = `INSERT INTO baseline_restrictions (iin_hash, breach_id, starts_at, ends_at)
    SELECT identifier_hash, breach_id, now(), now() + interval '1 year' FROM exposures WHERE breach_id = $1 AND kind = 1`;
  const timed = async (sql, parameters) => {
    const begin = performance.now();
    await client.query(sql, parameters);
    return seconds(performance.now() - begin);
  };
  try {
    await client.query('DROP TABLE IF EXISTS baseline_restrictions');
    await client.query('CREATE TABLE baseline_restrictions (LIKE restrictions INCLUDING ALL)');
    const indexedSeconds = await timed(insert, [breachId]);
    await client.query('DROP TABLE baseline_restrictions');
    await client.query('CREATE TABLE baseline_restrictions (LIKE restrictions INCLUDING CONSTRAINTS)');
    const rowsSeconds = await timed(insert, [breachId]);
    const keySeconds = await timed('ALTER TABLE baseline_restrictions ADD PRIMARY KEY (iin_hash, breach_id) INCLUDE (starts_at, ends_at)');
    await client.query('DROP TABLE baseline_restrictions');
    return { indexedSeconds, rowsSeconds, keySeconds, unindexedThenKeySeconds: Math.round((rowsSeconds + keySeconds) * 100) / 100 };
  } finally {
    await client.end();
  }
}

/**
 * The registry as it stands when the next national breach comes: EARLIER_BREACHES breaches holding
 * EARLIER_EXPOSURES exposures between them, each confirmed (asked and approved) and restricted by the
 * registry's own jobs. Their exposures are written the way a first load writes a breach's partition
 * (in hash order, the key built after, attached), but set-based from generate_series rather than
 * through the upload, which the national breach itself measures: their hashes are made up, not
 * HMACs of IINs, so the bank check below asks about nobody in them.
 */
async function loadEarlierBreaches(baseUrl, token, approverToken, databaseUrl) {
  const perBreach = Math.floor(EARLIER_EXPOSURES / EARLIER_BREACHES);
  const begin = performance.now();
  let companyId;
  for (let index = 0; index < EARLIER_BREACHES; index++) {
    const breach = await createBreach(baseUrl, token, `An earlier national breach (${index + 1})`, companyId);
    companyId = breach.companyId;
    const partition = `"exposures_${breach.id.replace(/-/g, '')}"`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`SET maintenance_work_mem = '1GB'`);
      await client.query(`CREATE TABLE ${partition} (LIKE exposures INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CHECK (breach_id = '${breach.id}'::uuid))`);
      await client.query(
        `INSERT INTO ${partition} (breach_id, identifier_hash, kind)
         SELECT $1::uuid, hash, 1 FROM (SELECT sha256(convert_to($1 || ':' || g, 'UTF8')) AS hash FROM generate_series(1, $2::int) g) made_up ORDER BY hash`,
        [breach.id, perBreach],
      );
      await client.query(`ALTER TABLE ${partition} ADD PRIMARY KEY (identifier_hash, breach_id)`);
      await client.query(`ALTER TABLE exposures ATTACH PARTITION ${partition} FOR VALUES IN ('${breach.id}')`);
      await client.query(`UPDATE breaches SET exposure_count = $2 WHERE id = $1`, [breach.id, perBreach]);
    } finally {
      await client.end();
    }
    const transition = (body, as) => api(baseUrl, as, 'POST', `/api/v1/admin/breaches/${breach.id}/transitions`, body);
    await transition({ to: 'investigating', reason: 'benchmark' }, token);
    await transition({ to: 'confirmed', reason: 'An earlier breach of the benchmark.' }, token);
    await transition({ to: 'confirmed', reason: 'Approved for the benchmark.' }, approverToken);
    await waitUntilRestricted(baseUrl, token, breach.id);
  }
  return { seconds: seconds(performance.now() - begin), companyId };
}

/** A few thousand single checks (16 in flight) and some batches of 1,000, half of them people in the breach. */
async function bankCheck(baseUrl, headers) {
  const restricted = distinctIins(0);
  const unseen = distinctIins(50_000_000);
  const iins = Array.from({ length: BANK_CHECKS }, (_, index) => (index % 2 ? unseen() : restricted()));
  const wrong = [];
  let next = 0;
  const single = percentiles(
    await measure(
      async () => {
        const index = next++;
        const response = await fetch(`${baseUrl}/api/v1/restrictions/${iins[index]}?purpose=loan&reference=national-${index}`, { headers });
        const body = await response.json();
        if (response.status !== 200 || body.restricted !== (index % 2 === 0)) wrong.push({ index, status: response.status });
      },
      { total: BANK_CHECKS, concurrency: 16 },
    ),
  );
  const batchLatencies = [];
  for (let index = 0; index < BANK_BATCHES; index++) {
    const begin = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/restrictions/check`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'loan', reference: `national-batch-${index}`, iins: iins.slice(index * 1000 % BANK_CHECKS, (index * 1000 % BANK_CHECKS) + 1000) }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) wrong.push({ batch: index, status: response.status });
    batchLatencies.push(performance.now() - begin);
  }
  return { single, batch: percentiles(batchLatencies), wrongAnswers: wrong.length };
}

export async function runNational(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-national-'));
  const file = path.join(workDir, 'leak.csv');
  let server;
  try {
    process.stdout.write(`generating ${ROWS.toLocaleString('en')} IINs… `);
    const generateSeconds = await generateLeak(file, ROWS);
    const fileMb = Math.round(statSync(file).size / 1e6);
    process.stdout.write(`${fileMb} MB in ${generateSeconds} s\n`);

    const databaseUrl = await freshDatabase(serverUrl, 'bench_national');
    const port = await freePort();
    server = startServer(databaseUrl, path.join(workDir, 'data'), port);
    await server.ready;
    const baseUrl = `http://127.0.0.1:${port}`;
    const token = await signIn(baseUrl);
    await api(baseUrl, token, 'POST', '/api/v1/admin/users', { ...APPROVER, role: 'analyst' });
    const approverToken = (await api(baseUrl, null, 'POST', '/api/v1/auth/login', APPROVER)).accessToken;
    let earlierSeconds = 0;
    let companyId;
    if (EARLIER_EXPOSURES > 0) {
      process.stdout.write(`the registry before: ${EARLIER_BREACHES} breaches of ${EARLIER_EXPOSURES.toLocaleString('en')} exposures, confirmed and restricted… `);
      ({ seconds: earlierSeconds, companyId } = await loadEarlierBreaches(baseUrl, token, approverToken, databaseUrl));
      await settle(databaseUrl);
      process.stdout.write(`${earlierSeconds} s\n`);
    }
    const breach = await createBreach(baseUrl, token, 'A breach of the whole country', companyId);
    const rss = sampleRss(server.child.pid);

    process.stdout.write('uploading through HTTP… ');
    const firstByte = performance.now();
    const jobId = await uploadFile(baseUrl, token, breach.id, file);
    const uploadSeconds = seconds(performance.now() - firstByte);
    const ingestJob = await waitForIngestJob(baseUrl, token, jobId);
    const ingestSeconds = seconds(performance.now() - firstByte);
    process.stdout.write(`${ingestSeconds} s (202 after ${uploadSeconds} s)\n`);

    process.stdout.write('confirming (asked, then approved by a second regulator)… ');
    const transition = (body, as) => api(baseUrl, as, 'POST', `/api/v1/admin/breaches/${breach.id}/transitions`, body);
    const lifecycleBegin = performance.now();
    await transition({ to: 'investigating', reason: 'benchmark' }, token);
    const impact = await transition({ to: 'confirmed', dryRun: true }, token);
    const asked = await transition({ to: 'confirmed', reason: 'Samples match the operator’s records.' }, token);
    if (asked.status !== 'awaiting-approval') throw new Error(`the confirmation did not wait for approval: ${asked.status}`);
    const approvedAt = performance.now();
    const approved = await transition({ to: 'confirmed', reason: 'Checked the samples myself.' }, approverToken);
    if (approved.status !== 'confirmed') throw new Error(`the approval did not confirm: ${approved.status}`);
    const lifecycleSeconds = seconds(approvedAt - lifecycleBegin);
    process.stdout.write(`would restrict ${impact.wouldRestrict.toLocaleString('en')}; approved\nrestricting… `);
    const { jobs: restrictionJobs, breach: restrictedBreach } = await waitUntilRestricted(baseUrl, token, breach.id);
    const lastRestriction = performance.now();
    const restrictSeconds = seconds(lastRestriction - approvedAt);
    const totalSeconds = seconds(lastRestriction - firstByte);
    const memory = rss.stop();
    // The jobs' own times: from the approval's job being created to its first chunk, and its run.
    const jobQuery = new URLSearchParams({ filter: JSON.stringify({ breachId: breach.id }), range: '[0,99]' });
    const jobTimes = (await api(baseUrl, token, 'GET', `/api/v1/admin/restriction-jobs?${jobQuery}`)).map((job) => ({
      kind: job.kind,
      waitedSeconds: seconds(Date.parse(job.startedAt) - Date.parse(job.createdAt)),
      ranSeconds: seconds(Date.parse(job.finishedAt) - Date.parse(job.startedAt)),
    }));
    process.stdout.write(`${restrictedBreach.restrictedCount.toLocaleString('en')} restricted in ${restrictSeconds} s (${restrictionJobs} job${restrictionJobs === 1 ? '' : 's'})\n`);
    if (restrictedBreach.restrictedCount !== ROWS) throw new Error(`${restrictedBreach.restrictedCount} of ${ROWS} IINs restricted`);

    process.stdout.write('bank check over the result… ');
    const { headers } = await createBankKey(baseUrl, token);
    const bank = await bankCheck(baseUrl, headers);
    process.stdout.write(`single p50 ${bank.single.p50} ms, p99 ${bank.single.p99} ms; batch of 1,000 p50 ${bank.batch.p50} ms; wrong answers ${bank.wrongAnswers}\n`);
    await server.stop();

    process.stdout.write('baselines: COPY of the file, INSERT … SELECT of the restrictions… ');
    const copySeconds = await copyBaseline(databaseUrl, file);
    const insert = await restrictionBaselines(databaseUrl, breach.id);
    process.stdout.write('done\n');

    const ratio = (value, baseline) => Math.round((value / baseline) * 100) / 100;
    const phases = [
      { phase: 'ingest: first byte → job done', seconds: ingestSeconds, baseline: `COPY into text PRIMARY KEY: ${copySeconds} s`, ratio: ratio(ingestSeconds, copySeconds) },
      { phase: 'lifecycle: investigating, dry run, ask, approve', seconds: lifecycleSeconds, baseline: '—', ratio: '—' },
      { phase: 'restrict: approval → last job done', seconds: restrictSeconds, baseline: `one INSERT … SELECT, key kept: ${insert.indexedSeconds} s`, ratio: ratio(restrictSeconds, insert.indexedSeconds) },
      { phase: '', seconds: '', baseline: `rows, then the key built: ${insert.unindexedThenKeySeconds} s`, ratio: ratio(restrictSeconds, insert.unindexedThenKeySeconds) },
      { phase: 'total: first byte → last restriction', seconds: totalSeconds, baseline: `sum of baselines: ${Math.round((copySeconds + insert.indexedSeconds) * 100) / 100} s`, ratio: ratio(totalSeconds, copySeconds + insert.indexedSeconds) },
    ];
    const checks = [
      { measure: 'first byte → last restriction (s)', value: totalSeconds, bar: `≤ ${BAR.totalSeconds}`, pass: totalSeconds <= BAR.totalSeconds },
      { measure: 'API peak RSS (MB, VmHWM)', value: memory.vmHwmMb, bar: `≤ ${BAR.rssMb}`, pass: memory.vmHwmMb <= BAR.rssMb },
      { measure: 'bank check wrong answers', value: bank.wrongAnswers, bar: '0', pass: bank.wrongAnswers === 0 },
    ];
    process.stdout.write(`\n${table(phases)}\n\n${table(checks.map((check) => ({ ...check, pass: check.pass ? 'yes' : 'NO' })))}\n`);
    process.stdout.write(`RSS sampled every 200 ms: peak ${memory.sampledPeakMb} MB; restriction jobs ${JSON.stringify(jobTimes)}\n`);
    const resultsFile = writeResults('national', {
      rows: ROWS,
      earlier: { breaches: EARLIER_BREACHES, exposures: EARLIER_EXPOSURES, seconds: earlierSeconds },
      fileMb,
      generateSeconds,
      uploadSeconds,
      ingestSeconds,
      lifecycleSeconds,
      restrictSeconds,
      totalSeconds,
      restrictionJobs,
      jobTimes,
      restricted: restrictedBreach.restrictedCount,
      impact,
      ingestJob: { accepted: ingestJob.accepted, duplicates: ingestJob.duplicates, rejected: ingestJob.rejected },
      baselines: { copySeconds, insertSelect: insert },
      ratios: { ingestToCopy: ratio(ingestSeconds, copySeconds), restrictToInsertSelect: ratio(restrictSeconds, insert.indexedSeconds), restrictToFloor: ratio(restrictSeconds, insert.unindexedThenKeySeconds) },
      memory,
      bank,
      bars: BAR,
      pass: checks.every((check) => check.pass),
    });
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    return checks.every((check) => check.pass);
  } finally {
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
