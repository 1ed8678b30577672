// SPEC §3.9, mass lifting: after a national confirmation, millions ask for lifts within days. A
// registry of BENCH_LIFTS_CITIZENS restricted people (1,000,000 by default); ID tokens of the
// development identity provider made in advance for those who will lift (signed here as the
// provider signs them, with its own key read from the database and opened with the pepper: a
// million sign-ins without a million login pages); then, for BENCH_LIFTS_SECONDS each, the bank
// check alone, `POST /me/lifts` alone (autocannon, every request a different person asking for a
// temporary lift), and both at once. Figures: lifts/s and p99; the bank check's throughput while
// lifts pour in beside it alone; CPU seconds of the API and of PostgreSQL per 1,000 lifts and what
// PostgreSQL's busy backends were waiting on, which together name the bottleneck.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPaths, figures, load, measuredWithCost } from './bank.mjs';
import { postmasterPid, REPO_ROOT, table, writeResults } from './harness.mjs';
import { createBankKey, pg, restrictedRegistry, seconds } from './registry-server.mjs';
import { api as apiModule } from '../scripts/running-app.mjs';

const { distinctIins } = apiModule('cli/leak-generator.js');
const { devIdpKeyLabel, signIdToken } = apiModule('dev-idp/dev-idp.rules.js');
const { decryptPrivateKey, deriveKeyEncryptionKey } = apiModule('signing/signing.rules.js');

const CITIZENS = Number(process.env.BENCH_LIFTS_CITIZENS ?? 1_000_000);
const DURATION_SECONDS = Number(process.env.BENCH_LIFTS_SECONDS ?? 15);
/** Connections asking for lifts (the bank check keeps its own 48). */
const LIFT_CONNECTIONS = 32;
/** People given a token for each lift run: more than one run can ask for, so no one asks twice. */
const PEOPLE_PER_RUN = Math.min(Math.floor(CITIZENS / 3), 150_000);

/** ID tokens for `iins`, signed with the development identity provider's stored key. */
async function idTokens(databaseUrl, pepper, iins) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let stored;
  try {
    [stored] = (await client.query('SELECT kid, private_key_encrypted FROM dev_idp_keys')).rows;
  } finally {
    await client.end();
  }
  const key = { kid: stored.kid, privateKey: decryptPrivateKey(stored.private_key_encrypted, devIdpKeyLabel(stored.kid), deriveKeyEncryptionKey(pepper)) };
  const now = Math.floor(Date.now() / 1000);
  return iins.map((iin) => signIdToken(key, iin, 'iin', now));
}

/** `POST /me/lifts` for as long as the run lasts, each connection cycling through its own people. */
function liftLoad(baseUrl, tokens) {
  const body = JSON.stringify({ kind: 'temporary', until: new Date(Date.now() + 14 * 86_400_000).toISOString() });
  let connection = 0;
  return autocannon({
    url: baseUrl,
    connections: LIFT_CONNECTIONS,
    duration: DURATION_SECONDS,
    setupClient: (client) => {
      const own = connection++ % LIFT_CONNECTIONS;
      client.setRequests(
        tokens
          .filter((_, index) => index % LIFT_CONNECTIONS === own)
          .map((token) => ({
            method: 'POST',
            path: '/api/v1/me/lifts',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'ru' },
            body,
          })),
      );
    },
  });
}

/** Counts what PostgreSQL's active backends wait on, sampled every 100 ms until `stop()`. */
function sampleWaits(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const counts = new Map();
  let samples = 0;
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      samples++;
      for (const { waiting } of rows) counts.set(waiting, (counts.get(waiting) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
  })();
  return async () => {
    running = false;
    await done;
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([waiting, count]) => ({ waiting, backendsOnAverage: Math.round((count / samples) * 100) / 100 }));
  };
}

export async function runLifts(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-lifts-'));
  let server;
  try {
    const registry = await restrictedRegistry(serverUrl, { rows: CITIZENS, name: 'bench_lifts', workDir });
    ({ server } = registry);
    const { baseUrl, databaseUrl, pepper, token } = registry;
    const { headers } = await createBankKey(baseUrl, token);
    const paths = checkPaths();

    const next = distinctIins(0);
    const people = Array.from({ length: PEOPLE_PER_RUN * 3 }, () => next());
    process.stdout.write(`signing ${people.length.toLocaleString('en')} ID tokens in advance… `);
    let begin = performance.now();
    const tokens = await idTokens(databaseUrl, pepper, people);
    process.stdout.write(`${seconds(performance.now() - begin)} s\n`);
    const [warmUp, alone, together] = [0, 1, 2].map((run) => tokens.slice(run * PEOPLE_PER_RUN, (run + 1) * PEOPLE_PER_RUN));
    const probe = await fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${warmUp[0]}` } }).then((response) => response.json());
    if (probe.restricted !== true) throw new Error(`a leaked person is not restricted: ${JSON.stringify(probe)}`);

    const postgresPid = await postmasterPid(pg, databaseUrl);
    process.stdout.write(`bank checks alone: ${DURATION_SECONDS} s… `);
    await load(baseUrl, headers, paths, 3);
    const bankAlone = figures(await load(baseUrl, headers, paths));
    process.stdout.write(`${bankAlone.requestsPerSecond} req/s\nlifts alone: ${DURATION_SECONDS} s… `);
    await liftLoad(baseUrl, warmUp.slice(0, 2000));
    const stopSampling = sampleWaits(databaseUrl);
    const measuredLifts = await measuredWithCost(server.child.pid, postgresPid, () => liftLoad(baseUrl, alone));
    const waits = await stopSampling();
    const liftsAlone = { ...figures(measuredLifts.result), ...measuredLifts.cost };
    process.stdout.write(`${liftsAlone.requestsPerSecond} lifts/s, p99 ${liftsAlone.p99Ms} ms\nlifts and bank checks at once: ${DURATION_SECONDS} s… `);
    const [liftsResult, bankResult] = await Promise.all([liftLoad(baseUrl, together), load(baseUrl, headers, paths)]);
    const liftsTogether = figures(liftsResult);
    const bankTogether = figures(bankResult);
    process.stdout.write(`${liftsTogether.requestsPerSecond} lifts/s beside ${bankTogether.requestsPerSecond} checks/s\n`);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const [{ lifts, alerts }] = (
      await client.query(`SELECT (SELECT count(*)::int FROM lifts) AS lifts, (SELECT count(*)::int FROM notifications WHERE type = 'lift.pending') AS alerts`)
    ).rows;
    await client.end();
    const answered = liftsAlone.requests - liftsAlone.non2xx + liftsTogether.requests - liftsTogether.non2xx;
    const bankShare = Math.round((bankTogether.requestsPerSecond / bankAlone.requestsPerSecond) * 100) / 100;
    process.stdout.write(
      `\n${table([
        { run: 'lifts alone', 'req/s': liftsAlone.requestsPerSecond, 'p50 ms': liftsAlone.p50Ms, 'p99 ms': liftsAlone.p99Ms, 'non-2xx': liftsAlone.non2xx, 'API CPU s/1000': liftsAlone.serverCpuSecondsPer1000, 'PG CPU s/1000': liftsAlone.postgresCpuSecondsPer1000 },
        { run: 'lifts beside bank checks', 'req/s': liftsTogether.requestsPerSecond, 'p50 ms': liftsTogether.p50Ms, 'p99 ms': liftsTogether.p99Ms, 'non-2xx': liftsTogether.non2xx },
        { run: 'bank checks beside lifts', 'req/s': bankTogether.requestsPerSecond, 'p50 ms': bankTogether.p50Ms, 'p99 ms': bankTogether.p99Ms, 'non-2xx': bankTogether.non2xx, 'share of alone': bankShare },
        { run: 'baseline: bank checks alone', 'req/s': bankAlone.requestsPerSecond, 'p50 ms': bankAlone.p50Ms, 'p99 ms': bankAlone.p99Ms, 'non-2xx': bankAlone.non2xx, 'share of alone': 1 },
      ])}\n\nPostgreSQL's active backends during the lifts, on average: ${waits.map((entry) => `${entry.waiting} ${entry.backendsOnAverage}`).join(', ')}\n` +
        `lifts stored ${lifts.toLocaleString('en')} (answered 201: ${answered.toLocaleString('en')} measured, plus the warm-up), lift.pending alerts ${alerts.toLocaleString('en')}\n`,
    );
    const resultsFile = writeResults('lifts', {
      citizens: CITIZENS,
      durationSeconds: DURATION_SECONDS,
      liftConnections: LIFT_CONNECTIONS,
      setup: { ingestSeconds: registry.ingestSeconds, restrictSeconds: registry.restrictSeconds },
      liftsAlone,
      liftsBesideBankChecks: liftsTogether,
      bankChecksBesideLifts: { ...bankTogether, shareOfAlone: bankShare },
      bankChecksAlone: bankAlone,
      postgresWaits: waits,
      liftsStored: lifts,
    });
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    // A measurement, not a bar (SPEC §6 sets none for lifting): it passes when every lift was answered.
    return liftsAlone.non2xx + liftsAlone.errors + liftsTogether.non2xx + liftsTogether.errors === 0;
  } finally {
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
