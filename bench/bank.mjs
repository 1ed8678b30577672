// SPEC §6, the bank check: against a registry holding 10,000,000 restricted IINs, single checks
// `GET /restrictions/{iin}` at ≥ 5,000 requests/s with p99 ≤ 20 ms on loopback, and ≥ 50% of the
// throughput of a bare `node:http` + `pg` server doing the same lookup and insert (bare-bank-server.mjs),
// measured with wrk (a process of its own) in the same run; a batch check of 1,000 IINs at p50 ≤ 50 ms.
// The 10,000,000 IINs get there the way a real leak does: `qorgau generate-leak`, the HTTP upload, the
// breach confirmed, and its restrictions applied by the registry's own job (timed, for the record).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuSecondsOfTree, freePort, percentiles, postmasterPid, REPO_ROOT, table, writeResults } from './harness.mjs';
import { wrkLoad } from './load.mjs';
import { createBankKey, pg, restrictedRegistry, startProcess } from './registry-server.mjs';

const require = createRequire(import.meta.url);
const { distinctIins } = require(path.join(REPO_ROOT, 'api', 'dist', 'cli', 'leak-generator.js'));

const ROWS = Number(process.env.BENCH_BANK_ROWS ?? 10_000_000);
const DURATION_SECONDS = Number(process.env.BENCH_BANK_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_BANK_CONNECTIONS ?? 48);
// API processes of the registry under test (its WORKERS); the bare server is always one.
const WORKERS = Number(process.env.BENCH_BANK_WORKERS ?? 1);
const SAMPLE = 50_000;
/** Where the never-seen IINs start in the generator's sequence: far past any leak the benchmarks load. */
export const UNSEEN_SEED = 50_000_000;
const BATCHES = 100;
const BAR = { requestsPerSecond: 5000, p99Ms: 20, shareOfBare: 0.5, batchP50Ms: 50 };

/** Check paths alternating between `restricted` people (in the leak) and `unseen` ones (never seen). */
export function pathsFor(restricted, unseen) {
  return Array.from({ length: restricted.length + unseen.length }, (_, index) => `/api/v1/restrictions/${index % 2 ? unseen[index >> 1] : restricted[index >> 1]}?purpose=loan&reference=bench-${index}`);
}

/** Half the checks ask about people in the leak (restricted), half about people never seen. */
export function checkPaths() {
  const restricted = distinctIins(0);
  const unseen = distinctIins(UNSEEN_SEED);
  return pathsFor(Array.from({ length: SAMPLE / 2 }, restricted), Array.from({ length: SAMPLE / 2 }, unseen));
}

/** `paths` of `baseUrl` over CONNECTIONS connections for `duration` seconds, from wrk (load.mjs). */
export function load(baseUrl, headers, paths, duration = DURATION_SECONDS) {
  return wrkLoad({ baseUrl, headers, paths, connections: CONNECTIONS, duration });
}

/**
 * The cost per check (SPEC §6): CPU seconds the server's processes (`serverPid` and its workers) and
 * PostgreSQL's (`postgresPid`, its backends and background processes) spent over the measured
 * window, per 1,000 answered checks. Unlike requests per second, it does not move with whatever
 * else the machine is doing. The load generator (wrk) is not counted.
 */
export async function measuredWithCost(serverPid, postgresPid, run) {
  const cpu = () => ({ server: cpuSecondsOfTree(serverPid), postgres: postgresPid === null ? null : cpuSecondsOfTree(postgresPid) });
  const before = cpu();
  const result = await run();
  const after = cpu();
  const per1000 = (seconds) => Math.round((seconds / (result.requests.total / 1000)) * 1000) / 1000;
  const serverSeconds = after.server - before.server;
  const postgresSeconds = postgresPid === null ? null : after.postgres - before.postgres;
  return {
    result,
    cost: {
      serverCpuSecondsPer1000: per1000(serverSeconds),
      postgresCpuSecondsPer1000: postgresSeconds === null ? null : per1000(postgresSeconds),
      totalCpuSecondsPer1000: postgresSeconds === null ? null : per1000(serverSeconds + postgresSeconds),
    },
  };
}

/** A line of the summary table: throughput, latency and the CPU seconds per 1,000 checks. */
function row(figures) {
  return {
    'req/s': figures.requestsPerSecond,
    'p50 ms': figures.p50Ms,
    'p99 ms': figures.p99Ms,
    'API CPU s/1000': figures.serverCpuSecondsPer1000,
    'PG CPU s/1000': figures.postgresCpuSecondsPer1000 ?? 'n/a',
    'total CPU s/1000': figures.totalCpuSecondsPer1000 ?? 'n/a',
  };
}

export function figures(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    requests: result.requests.total,
  };
}

export async function runBank(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-bank-'));
  let server;
  let bare;
  try {
    const loaded = await restrictedRegistry(serverUrl, { rows: ROWS, name: 'bench_bank', workDir, env: { WORKERS: String(WORKERS) } });
    ({ server } = loaded);
    const { baseUrl, databaseUrl, pepper, token, ingestSeconds, restrictSeconds, restrictionJobs } = loaded;

    const { bank, headers } = await createBankKey(baseUrl, token);
    const paths = checkPaths();

    const probe = await fetch(baseUrl + paths[0], { headers }).then((response) => response.json());
    const probeUnseen = await fetch(baseUrl + paths[1], { headers }).then((response) => response.json());
    if (probe.restricted !== true || probeUnseen.restricted !== false) {
      throw new Error(`the registry answers wrongly: ${JSON.stringify({ probe, probeUnseen })}`);
    }

    const postgresPid = await postmasterPid(pg, databaseUrl);
    process.stdout.write(`single checks: ${CONNECTIONS} connections, ${WORKERS} API process${WORKERS === 1 ? '' : 'es'}, ${DURATION_SECONDS} s… `);
    await load(baseUrl, headers, paths, 3);
    const measuredRegistry = await measuredWithCost(server.child.pid, postgresPid, () => load(baseUrl, headers, paths));
    const registry = { ...figures(measuredRegistry.result), ...measuredRegistry.cost };
    process.stdout.write(`${registry.requestsPerSecond} req/s, ${registry.totalCpuSecondsPer1000 ?? registry.serverCpuSecondsPer1000} CPU s per 1,000\n`);

    process.stdout.write(`batch checks of 1,000 IINs, ${BATCHES} in a row… `);
    const batchLatencies = [];
    for (let index = 0; index < BATCHES; index++) {
      const iins = paths.slice((index * 1000) % SAMPLE, ((index * 1000) % SAMPLE) + 1000).map((entry) => entry.split('/')[4].split('?')[0]);
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/restrictions/check`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ purpose: 'loan', reference: `bench-batch-${index}`, iins }),
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`batch check: ${response.status}`);
      batchLatencies.push(performance.now() - started);
    }
    const batch = percentiles(batchLatencies);
    process.stdout.write(`p50 ${batch.p50} ms\n`);
    await server.stop();

    process.stdout.write('baseline: bare node:http + pg, same lookup and insert… ');
    const barePort = await freePort();
    bare = startProcess(path.join(REPO_ROOT, 'bench', 'bare-bank-server.mjs'), { DATABASE_URL: databaseUrl, REGISTRY_PEPPER: pepper, BANK_ID: bank.id, PORT: String(barePort) }, 'listening');
    await bare.ready;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await load(bareUrl, {}, paths, 3);
    const measuredBaseline = await measuredWithCost(bare.child.pid, postgresPid, () => load(bareUrl, {}, paths));
    const baseline = { ...figures(measuredBaseline.result), ...measuredBaseline.cost };
    process.stdout.write(`${baseline.requestsPerSecond} req/s, ${baseline.totalCpuSecondsPer1000 ?? baseline.serverCpuSecondsPer1000} CPU s per 1,000\n`);

    const share = Math.round((registry.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
    // The registry's CPU per check as a multiple of the bare server's (API and PostgreSQL together): the goal is below 1.
    const costOfBare = registry.totalCpuSecondsPer1000 === null ? null : Math.round((registry.totalCpuSecondsPer1000 / baseline.totalCpuSecondsPer1000) * 100) / 100;
    const checks = [
      { measure: 'single check throughput (req/s)', value: registry.requestsPerSecond, bar: `≥ ${BAR.requestsPerSecond}`, pass: registry.requestsPerSecond >= BAR.requestsPerSecond },
      { measure: 'single check p99 (ms)', value: registry.p99Ms, bar: `≤ ${BAR.p99Ms}`, pass: registry.p99Ms <= BAR.p99Ms },
      { measure: 'share of the bare server', value: share, bar: `≥ ${BAR.shareOfBare}`, pass: share >= BAR.shareOfBare },
      { measure: 'batch of 1,000 p50 (ms)', value: batch.p50, bar: `≤ ${BAR.batchP50Ms}`, pass: batch.p50 <= BAR.batchP50Ms },
      { measure: 'answers other than 200', value: registry.non2xx + registry.errors, bar: '0', pass: registry.non2xx + registry.errors === 0 },
    ];
    process.stdout.write(
      `\n${table([
        { server: `registry (NestJS, signed, group commit; ${WORKERS} process${WORKERS === 1 ? '' : 'es'})`, ...row(registry) },
        { server: 'baseline: bare node:http + pg', ...row(baseline) },
      ])}\n\n${table(checks.map((check) => ({ ...check, pass: check.pass ? 'yes' : 'NO' })))}\n`,
    );
    const resultsFile = writeResults('bank', {
      restrictedIins: loaded.breach.restrictedCount,
      ingestSeconds,
      restrictSeconds,
      restrictionJobs,
      connections: CONNECTIONS,
      workers: WORKERS,
      durationSeconds: DURATION_SECONDS,
      registry,
      baseline,
      shareOfBare: share,
      costOfBare,
      batch: { size: 1000, ...batch },
      bars: BAR,
      pass: checks.every((check) => check.pass),
    });
    if (costOfBare !== null) process.stdout.write(`CPU per check: ${costOfBare} × the bare server's\n`);
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    return checks.every((check) => check.pass);
  } finally {
    await server?.stop();
    await bare?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
