// SPEC §6, inquiries at national volume: the single bank check with an empty inquiries table and
// with 50,000,000 inquiries over 60 months (BENCH_INQUIRIES_ROWS), in the same run, as a ratio: the
// insert goes into the current month's partition, so its cost should stay flat as the table grows.
// Then the dashboard (`GET /admin/stats`) at that size, counting the 30 days' rows on every load (as
// it did before the daily counts) and from the daily counts plus today's rows.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figures, load } from './bank.mjs';
import { freePort, freshDatabase, measure, percentiles, REPO_ROOT, table, writeResults } from './harness.mjs';
import { api, pg, seconds, signIn, startServer, validBin } from './registry-server.mjs';

const require = createRequire(import.meta.url);
const { distinctIins } = require(path.join(REPO_ROOT, 'api', 'dist', 'cli', 'leak-generator.js'));

const ROWS = Number(process.env.BENCH_INQUIRIES_ROWS ?? 50_000_000);
const MONTHS = 60;
const BANKS = 8;
const DURATION_SECONDS = Number(process.env.BENCH_INQUIRIES_SECONDS ?? 5);
const ROUNDS = 3;
const DASHBOARD_LOADS = 20;
const SAMPLE = 20_000;
/** The check at full size keeps at least this share of its throughput on the empty table, and its p99 within this multiple. */
const BAR = { throughputRatio: 0.8, p99Ratio: 1.5 };

async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The month partitions of the last MONTHS months, named as the partition maintenance names them. */
function createMonthPartitions(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    await client.query(`
      DO $$
      DECLARE month timestamp;
      BEGIN
        FOR month IN SELECT generate_series(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '${MONTHS - 1} months', date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') LOOP
          IF to_regclass('inquiries_' || to_char(month, '"y"YYYY"m"MM')) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF inquiries FOR VALUES FROM (%L) TO (%L)',
              'inquiries_' || to_char(month, '"y"YYYY"m"MM'), month AT TIME ZONE 'UTC', (month + interval '1 month') AT TIME ZONE 'UTC');
          END IF;
        END LOOP;
      END $$`);
  });
}

/**
 * ROWS inquiries in time order from the start of the month 59 months back to now, set-based: one
 * INSERT … SELECT FROM generate_series per month (two at a time), straight into the partitioned
 * table, whose month partitions are made first.
 */
async function generateInquiries(databaseUrl, bankIds) {
  await createMonthPartitions(databaseUrl);
  const [{ start, span }] = await withClient(databaseUrl, async (client) => {
    return (
      await client.query(
        `SELECT start, extract(epoch FROM (now() - interval '1 minute' - start)) AS span
           FROM (SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '${MONTHS - 1} months') AT TIME ZONE 'UTC' AS start) s`,
      )
    ).rows;
  });
  const perChunk = Math.ceil(ROWS / MONTHS);
  const chunks = Array.from({ length: MONTHS }, (_, index) => [index * perChunk + 1, Math.min(ROWS, (index + 1) * perChunk)]).filter(([from, to]) => from <= to);
  const worker = () =>
    withClient(databaseUrl, async (client) => {
      await client.query(`SET synchronous_commit = off`);
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        await client.query(
          `INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
           SELECT gen_random_uuid(), ($4::uuid[])[1 + n % ${BANKS}], CASE WHEN n % 5 = 0 THEN 'microcredit' ELSE 'loan' END, 'GEN-' || n,
                  sha256(int8send(n)), n % 10 = 0, NULL, $1::timestamptz + (n::float8 / $5) * $2 * interval '1 second'
             FROM generate_series($3::bigint, $6::bigint) n`,
          [start, span, chunk[0], bankIds, ROWS, chunk[1]],
        );
      }
    });
  const begin = performance.now();
  await Promise.all([worker(), worker()]);
  const inserted = performance.now();
  await withClient(databaseUrl, async (client) => {
    await client.query('VACUUM (ANALYZE) inquiries');
    await client.query('CHECKPOINT');
  });
  return { insertSeconds: seconds(inserted - begin), vacuumSeconds: seconds(performance.now() - inserted) };
}

/**
 * The single check against both registries, in turns (empty, full, full, empty…) after a warm-up of
 * each, so that whatever else the machine does weighs on both alike; throughput over all the turns,
 * latency percentiles the median of the turns'.
 */
async function checksInTurns(targets) {
  for (const { baseUrl, headers, paths } of targets) await load(baseUrl, headers, paths, 3);
  const turns = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...targets.keys()].reverse() : [...targets.keys()];
    for (const index of order) {
      const { baseUrl, headers, paths } = targets[index];
      turns[index].push(figures(await load(baseUrl, headers, paths, DURATION_SECONDS)));
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return turns.map((rounds) => ({
    requestsPerSecond: Math.round(rounds.reduce((sum, turn) => sum + turn.requests, 0) / (ROUNDS * DURATION_SECONDS)),
    p50Ms: median(rounds.map((turn) => turn.p50Ms)),
    p99Ms: median(rounds.map((turn) => turn.p99Ms)),
    non2xx: rounds.reduce((sum, turn) => sum + turn.non2xx, 0),
    errors: rounds.reduce((sum, turn) => sum + turn.errors, 0),
    requests: rounds.reduce((sum, turn) => sum + turn.requests, 0),
    turns: rounds.map((turn) => ({ requestsPerSecond: turn.requestsPerSecond, p99Ms: turn.p99Ms })),
  }));
}

/** Eight lenders on a fresh registry; returns their ids and a key of the first. */
async function createBanks(baseUrl, token) {
  const bankIds = [];
  for (let index = 0; index < BANKS; index++) {
    const bank = await api(baseUrl, token, 'POST', '/api/v1/admin/banks', {
      bin: validBin(99_034_600_000 + index * 100),
      name: `Bench Bank ${index + 1} JSC`,
      kind: index % 2 ? 'mfo' : 'bank',
      licence: `BENCH-${index + 1}`,
      rateLimitPerSecond: 100_000,
    });
    bankIds.push(bank.id);
  }
  const { key } = await api(baseUrl, token, 'POST', `/api/v1/admin/banks/${bankIds[0]}/keys`);
  return { bankIds, headers: { authorization: `Bearer ${key}` } };
}

/** Inquiries and restricted answers per lender over the rows of the last 30 days, counted in SQL. */
async function rowCounts(databaseUrl) {
  const rows = await withClient(databaseUrl, (client) =>
    client
      .query(
        `SELECT bank_id AS "bankId", count(*)::int AS inquiries, (count(*) FILTER (WHERE restricted))::int AS restricted
           FROM inquiries WHERE checked_at > now() - interval '30 days' GROUP BY bank_id`,
      )
      .then((result) => result.rows),
  );
  return new Map(rows.map((row) => [row.bankId, row]));
}

/** Every lender's figures lie between the rows' count after and before the load, and no lender with rows is missing. */
function withinRowCounts(answer, before, after) {
  const between = (value, field, bankId) => (after.get(bankId)?.[field] ?? 0) <= value && value <= (before.get(bankId)?.[field] ?? 0);
  return answer.length === before.size && answer.every((entry) => between(entry.inquiries, 'inquiries', entry.bankId) && between(entry.restricted, 'restricted', entry.bankId));
}

/** DASHBOARD_LOADS loads of the dashboard, one at a time; the last answer beside the rows' own count just before and after it. */
async function dashboardLatency(baseUrl, token, databaseUrl) {
  const load = async () => {
    const response = await fetch(`${baseUrl}/api/v1/admin/stats`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`dashboard: ${response.status}`);
    return (await response.json()).inquiriesPerBank;
  };
  const latencies = await measure(load, { total: DASHBOARD_LOADS, concurrency: 1 });
  const rowsBefore = await rowCounts(databaseUrl);
  const answer = await load();
  const rowsAfter = await rowCounts(databaseUrl);
  return { ...percentiles(latencies), answer, rowsBefore, rowsAfter };
}

/** Waits until the registry's daily counts reach today (the run at start, in the background). */
async function waitForDailyCounts(databaseUrl) {
  for (;;) {
    const [{ done }] = await withClient(databaseUrl, (client) =>
      client.query(`SELECT coalesce((SELECT counted_until FROM inquiry_daily_counts_watermark) >= ((now() - interval '5 minutes') AT TIME ZONE 'UTC')::date, false) AS done`).then((result) => result.rows),
    );
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function runInquiries(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-inquiries-'));
  const env = { REGISTRY_PEPPER: randomBytes(32).toString('hex') };
  let server;
  let emptyServer;
  try {
    const databaseUrl = await freshDatabase(serverUrl, 'bench_inquiries');
    const emptyDatabaseUrl = await freshDatabase(serverUrl, 'bench_inquiries_empty');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = startServer(databaseUrl, path.join(workDir, 'data'), port, env);
    await server.ready;
    const { bankIds, headers } = await createBanks(baseUrl, await signIn(baseUrl));
    await server.stop();

    process.stdout.write(`generating ${ROWS.toLocaleString('en')} inquiries over ${MONTHS} months, then VACUUM ANALYZE… `);
    const generated = await generateInquiries(databaseUrl, bankIds);
    process.stdout.write(`${generated.insertSeconds} s + ${generated.vacuumSeconds} s\n`);

    // Before the daily counts: nothing counted, and the run at start held back by holding its lock,
    // so the dashboard counts the 30 days' rows, as it did on every load.
    await withClient(databaseUrl, (client) => client.query('TRUNCATE inquiry_daily_counts, inquiry_daily_counts_watermark'));
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtextextended('inquiry-daily-counts', 0))`);
    server = startServer(databaseUrl, path.join(workDir, 'data'), port, env);
    await server.ready;
    process.stdout.write('dashboard, counting the rows… ');
    const adminToken = await signIn(baseUrl);
    const dashboardRaw = await dashboardLatency(baseUrl, adminToken, databaseUrl);
    process.stdout.write(`p50 ${dashboardRaw.p50} ms\n`);
    await holder.end();
    process.stdout.write('counting the days… ');
    const begin = performance.now();
    await waitForDailyCounts(databaseUrl);
    const countSeconds = seconds(performance.now() - begin);
    process.stdout.write(`${countSeconds} s\ndashboard, from the daily counts… `);
    const dashboardCounted = await dashboardLatency(baseUrl, adminToken, databaseUrl);
    process.stdout.write(`p50 ${dashboardCounted.p50} ms\n`);
    // The window rolls (from now() − 30 days): between two loads seconds apart, rows of its first
    // second leave it. So each answer is held against the rows' own count taken just before and
    // just after it (no inquiry is made meanwhile): every lender's figure must lie between the two.
    const countedRight = withinRowCounts(dashboardCounted.answer, dashboardCounted.rowsBefore, dashboardCounted.rowsAfter);
    const rawRight = withinRowCounts(dashboardRaw.answer, dashboardRaw.rowsBefore, dashboardRaw.rowsAfter);
    const figuresRight = countedRight && rawRight;
    if (!figuresRight) process.stdout.write(`the dashboard's figures are off the rows' count:\n${JSON.stringify([dashboardRaw, dashboardCounted].map((run) => ({ answer: run.answer, rowsBefore: [...run.rowsBefore.values()], rowsAfter: [...run.rowsAfter.values()] })))}\n`);

    const emptyPort = await freePort();
    const emptyUrl = `http://127.0.0.1:${emptyPort}`;
    emptyServer = startServer(emptyDatabaseUrl, path.join(workDir, 'data-empty'), emptyPort, env);
    await emptyServer.ready;
    const emptyBanks = await createBanks(emptyUrl, await signIn(emptyUrl));
    // The same 60 months' partitions, empty: only the rows differ.
    await createMonthPartitions(emptyDatabaseUrl);
    const nextIin = distinctIins(0);
    const paths = Array.from({ length: SAMPLE }, (_, index) => `/api/v1/restrictions/${nextIin()}?purpose=loan&reference=bench-${index}`);
    process.stdout.write(`single checks, empty table and ${ROWS.toLocaleString('en')} inquiries in turns, ${ROUNDS} × ${DURATION_SECONDS} s each… `);
    const [empty, full] = await checksInTurns([
      { baseUrl: emptyUrl, headers: emptyBanks.headers, paths },
      { baseUrl, headers, paths },
    ]);
    process.stdout.write(`${empty.requestsPerSecond} and ${full.requestsPerSecond} req/s\n`);

    const ratio = (a, b) => Math.round((a / b) * 100) / 100;
    const throughputRatio = ratio(full.requestsPerSecond, empty.requestsPerSecond);
    const p99Ratio = ratio(full.p99Ms, empty.p99Ms);
    const results = [
      { measure: `check throughput at ${ROWS.toLocaleString('en')} ÷ at 0`, value: throughputRatio, bar: `≥ ${BAR.throughputRatio}`, pass: throughputRatio >= BAR.throughputRatio },
      { measure: `check p99 at ${ROWS.toLocaleString('en')} ÷ at 0`, value: p99Ratio, bar: `≤ ${BAR.p99Ratio}`, pass: p99Ratio <= BAR.p99Ratio },
      { measure: 'answers other than 200', value: empty.non2xx + empty.errors + full.non2xx + full.errors, bar: '0', pass: empty.non2xx + empty.errors + full.non2xx + full.errors === 0 },
      { measure: 'dashboard: figures = the rows’ count, both ways', value: figuresRight, bar: 'true', pass: figuresRight },
    ];
    process.stdout.write(
      `\n${table([
        { inquiries: 0, 'req/s': empty.requestsPerSecond, 'p50 ms': empty.p50Ms, 'p99 ms': empty.p99Ms },
        { inquiries: ROWS.toLocaleString('en'), 'req/s': full.requestsPerSecond, 'p50 ms': full.p50Ms, 'p99 ms': full.p99Ms },
      ])}\n\n${table([
        { dashboard: 'counting 30 days of rows (before)', 'p50 ms': dashboardRaw.p50, 'p99 ms': dashboardRaw.p99 },
        { dashboard: 'daily counts + today (after)', 'p50 ms': dashboardCounted.p50, 'p99 ms': dashboardCounted.p99 },
      ])}\n\n${table(results.map((entry) => ({ ...entry, pass: entry.pass ? 'yes' : 'NO' })))}\n`,
    );
    const strip = ({ answer, rowsBefore, rowsAfter, ...rest }) => rest;
    const resultsFile = writeResults('inquiries', {
      inquiries: ROWS,
      months: MONTHS,
      ...generated,
      durationSeconds: DURATION_SECONDS,
      checks: { empty, full, throughputRatio, p99Ratio },
      dashboard: { loads: DASHBOARD_LOADS, countingRows: strip(dashboardRaw), fromDailyCounts: strip(dashboardCounted), dailyCountSeconds: countSeconds, figuresRight },
      bars: BAR,
      pass: results.every((entry) => entry.pass),
    });
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    return results.every((entry) => entry.pass);
  } finally {
    await server?.stop();
    await emptyServer?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
