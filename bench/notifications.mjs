// SPEC §6, notifications: (1) the fan-out of a confirmation of BENCH_NOTIFY_PEOPLE reachable people
// (1,000,000 for the figure in the README; 200,000 by default to keep the run short) — exposure
// alerts written per second by the restriction job, and delivered per second to a real webhook;
// (2) the bank check at full load with alerts on (every checked person has contacts, the webhook
// configured and delivering) beside the same registry with alerts off (no contacts, no channel):
// ≥ 90% of the throughput; (3) the inquiry alert's delivery, from the check to the webhook's
// receipt, ≤ 5 s p99 under that load; and, beside them, the same load with contacts present but no
// channel (the inquiry statement's outbox rows alone, without deliveries). Alerts on is measured
// twice: delivered by the process that answers the banks, and by a dispatching replica beside it
// (the bank-facing one with NOTIFY_DISPATCH=false), the topology the bar is held in.
//
// The contacts are written by the documented fast path: the registry's own hasher and sealing
// (IdentifierHasher, sealContact under deriveContactsKey of the same pepper) run here, and the rows
// go in with one COPY — what a million `PUT /me/contacts` would store, without a million requests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { checkPaths, figures, load } from './bank.mjs';
import { freePort, freshDatabase, percentiles, REPO_ROOT, table, writeResults } from './harness.mjs';
import { api, createBreach, generateLeak, pg, seconds, settle, signIn, startProcess, startServer, uploadFile, validBin, waitForIngestJob, waitUntilRestricted } from './registry-server.mjs';
import { api as apiModule } from '../scripts/running-app.mjs';

const { distinctIins } = apiModule('cli/leak-generator.js');
const { IdentifierHasher } = apiModule('ingestion/identifier-hasher.js');
const { deriveContactsKey, sealContact } = apiModule('notifications/contacts.rules.js');
const { CLAIM_SQL } = apiModule('notifications/notification-dispatch.repository.js');
const copyFrom = apiModule('../node_modules/pg-copy-streams').from;

const PEOPLE = Number(process.env.BENCH_NOTIFY_PEOPLE ?? 200_000);
/** Deliveries are timed for at most this long (the rate is what was delivered by then); unset: until all are. */
const DELIVERY_SECONDS = Number(process.env.BENCH_NOTIFY_DELIVERY_SECONDS ?? Infinity);
/** Set to 1 to measure the fan-out alone (the 1,000,000-people run). */
const FAN_OUT_ONLY = process.env.BENCH_NOTIFY_FAN_OUT_ONLY === '1';
const DURATION_SECONDS = Number(process.env.BENCH_BANK_SECONDS ?? 15);
const BAR = { shareWithAlerts: 0.9, alertP99Ms: 5000 };
const LANGUAGES = ['kk', 'ru', 'en'];
const SECRET = randomBytes(32).toString('hex');

/** Contacts rows for `iins`, sealed as ContactsService seals them, COPYed in. */
async function writeContacts(databaseUrl, pepper, iins) {
  const hasher = new IdentifierHasher(pepper);
  const key = deriveContactsKey(pepper);
  const now = new Date().toISOString();
  function* rows() {
    let lines = [];
    for (let index = 0; index < iins.length; index++) {
      const hash = hasher.hash('iin', iins[index]);
      const phone = `+7701${String(index % 10_000_000).padStart(7, '0')}`;
      lines.push(`\\\\x${hash.toString('hex')}\t\\N\t\\\\x${sealContact(phone, hash, 'phone', key).toString('hex')}\t${LANGUAGES[index % 3]}\t${now}\n`);
      if (lines.length === 10_000) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length) yield lines.join('');
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await pipeline(
      Readable.from(rows()),
      client.query(copyFrom(`COPY citizen_contacts (iin_hash, email_ciphertext, phone_ciphertext, language, updated_at) FROM STDIN`)),
    );
    await client.query('ANALYZE citizen_contacts');
  } finally {
    await client.end();
  }
}

async function query(databaseUrl, text, values = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function receiverStats(receiverUrl) {
  return (await fetch(`${receiverUrl}/stats`)).json();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runNotifications(serverUrl) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-notifications-'));
  const file = path.join(workDir, 'leak.csv');
  const pepper = randomBytes(32).toString('hex');
  let server;
  let dispatcher;
  let receiver;
  try {
    const receiverPort = await freePort();
    receiver = startProcess(path.join(REPO_ROOT, 'bench', 'webhook-receiver.mjs'), { WEBHOOK_SECRET: SECRET, PORT: String(receiverPort) }, 'listening');
    await receiver.ready;
    const receiverUrl = `http://127.0.0.1:${receiverPort}`;
    const alertsOn = { NOTIFY_WEBHOOK_URL: `${receiverUrl}/hooks/qorgau`, NOTIFY_WEBHOOK_SECRET: SECRET };

    process.stdout.write(`generating ${PEOPLE.toLocaleString('en')} IINs… `);
    process.stdout.write(`${await generateLeak(file, PEOPLE)} s\n`);
    const databaseUrl = await freshDatabase(serverUrl, 'bench_notifications');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // One regulator confirms: the second approval (SPEC §3.9) is `pnpm bench national`'s to measure.
    const start = (env) => startServer(databaseUrl, path.join(workDir, 'data'), port, { REGISTRY_PEPPER: pepper, CONFIRM_APPROVAL_THRESHOLD: String(PEOPLE), ...env });
    server = start(alertsOn);
    await server.ready;
    let token = await signIn(baseUrl);
    const breach = await createBreach(baseUrl, token, 'Benchmark leak for the notifications');
    process.stdout.write('loading the leak… ');
    await waitForIngestJob(baseUrl, token, await uploadFile(baseUrl, token, breach.id, file));

    // Everyone in the leak can be reached, and so can everyone the bank checks below.
    const paths = checkPaths();
    const next = distinctIins(0);
    const leaked = Array.from({ length: PEOPLE }, () => next());
    const leakedSet = new Set(leaked);
    const checkedOnly = [...new Set(paths.map((entry) => entry.split('/')[4].split('?')[0]))].filter((iin) => !leakedSet.has(iin));
    process.stdout.write(`done\nsealing and writing ${(leaked.length + checkedOnly.length).toLocaleString('en')} contacts… `);
    let begin = performance.now();
    await writeContacts(databaseUrl, pepper, [...leaked, ...checkedOnly]);
    process.stdout.write(`${seconds(performance.now() - begin)} s\n`);

    // (1) The fan-out of the confirmation.
    process.stdout.write('confirming: restricting and writing the exposure alerts… ');
    begin = performance.now();
    for (const to of ['investigating', 'confirmed']) {
      await api(baseUrl, token, 'POST', `/api/v1/admin/breaches/${breach.id}/transitions`, { to, reason: 'benchmark' });
    }
    const confirmedMs = performance.now() - begin;
    await waitUntilRestricted(baseUrl, token, breach.id);
    const writtenMs = performance.now() - begin;
    const [{ written }] = await query(databaseUrl, `SELECT count(*)::int AS written FROM notifications WHERE type = 'exposure'`);
    process.stdout.write(`${written.toLocaleString('en')} in ${seconds(writtenMs)} s\n`);
    if (written !== PEOPLE) throw new Error(`${written} exposure alerts written for ${PEOPLE} reachable people`);
    const plan = (await query(databaseUrl, `EXPLAIN ${CLAIM_SQL}`, [['webhook'], 32, 10_000])).map((row) => row['QUERY PLAN']);
    const claimIndex = plan.filter((line) => line.includes(' on notifications')).map((line) => line.trim().replace(/^->\s*/, '').replace(/\s*\(cost.*$/, '')).join('; ');
    process.stdout.write(`the dispatcher's claim with ${written.toLocaleString('en')} pending: ${claimIndex}\ndelivering… `);
    let delivered;
    for (const deadline = performance.now() + DELIVERY_SECONDS * 1000; ; ) {
      delivered = (await receiverStats(receiverUrl)).counts.exposure ?? 0;
      if (delivered >= PEOPLE || performance.now() > deadline) break;
      await sleep(250);
    }
    const deliveredMs = performance.now() - begin;
    const fanOut = {
      people: PEOPLE,
      confirmationAnsweredMs: Math.round(confirmedMs),
      writtenSeconds: seconds(writtenMs),
      writtenPerSecond: Math.round(PEOPLE / (writtenMs / 1000)),
      delivered,
      deliveredSeconds: seconds(deliveredMs),
      deliveredPerSecond: Math.round(delivered / (deliveredMs / 1000)),
      claimPlan: claimIndex,
    };
    process.stdout.write(`${delivered.toLocaleString('en')} delivered in ${fanOut.deliveredSeconds} s (${fanOut.deliveredPerSecond}/s)\n`);
    await server.stop();
    if (FAN_OUT_ONLY) {
      const resultsFile = writeResults(`notifications-fan-out-${PEOPLE}`, { fanOut });
      process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
      return true;
    }
    await settle(databaseUrl);
    await query(databaseUrl, 'VACUUM (ANALYZE) notifications');

    const bank = await (async () => {
      server = start({});
      await server.ready;
      token = await signIn(baseUrl);
      const created = await api(baseUrl, token, 'POST', '/api/v1/admin/banks', { bin: validBin(99_034_500_000), name: 'Bench Bank JSC', kind: 'bank', licence: 'BENCH-1', rateLimitPerSecond: 100_000 });
      const { key } = await api(baseUrl, token, 'POST', `/api/v1/admin/banks/${created.id}/keys`);
      await server.stop();
      return { headers: { authorization: `Bearer ${key}` } };
    })();

    // (2, 3) Alerts on: every checked person has contacts; the webhook delivers while the checks run,
    // from the process that answers the banks, or from a dispatching replica beside it
    // (NOTIFY_DISPATCH=false on the bank-facing one): the topology the README recommends.
    const alertsOnRun = async (label, dispatcherEnv) => {
      server = start({ ...alertsOn, ...(dispatcherEnv ? { NOTIFY_DISPATCH: 'false' } : {}) });
      const dispatcherPort = await freePort();
      dispatcher = dispatcherEnv && startServer(databaseUrl, path.join(workDir, 'data'), dispatcherPort, { REGISTRY_PEPPER: pepper, ...alertsOn, ...dispatcherEnv });
      await Promise.all([server.ready, dispatcher?.ready]);
      await fetch(`${receiverUrl}/reset`, { method: 'POST' });
      process.stdout.write(`single checks, alerts on, ${label}: ${DURATION_SECONDS} s… `);
      await load(baseUrl, bank.headers, paths, 3);
      const [{ warmedUp }] = await query(databaseUrl, `SELECT count(*)::int AS "warmedUp" FROM notifications WHERE type = 'inquiry'`);
      for (let alerts = await receiverStats(receiverUrl); (alerts.counts.inquiry ?? 0) < warmedUp - inquiriesBefore; alerts = await receiverStats(receiverUrl)) await sleep(250);
      await fetch(`${receiverUrl}/reset`, { method: 'POST' });
      const measured = figures(await load(baseUrl, bank.headers, paths));
      process.stdout.write(`${measured.requestsPerSecond} req/s; waiting for the last alerts… `);
      const [{ after }] = await query(databaseUrl, `SELECT count(*)::int AS after FROM notifications WHERE type = 'inquiry'`);
      const expected = after - warmedUp;
      let alerts;
      for (const deadline = Date.now() + 120_000; ; ) {
        alerts = await receiverStats(receiverUrl);
        if ((alerts.counts.inquiry ?? 0) >= expected || Date.now() > deadline) break;
        await sleep(250);
      }
      inquiriesBefore = after;
      const latency = percentiles(alerts.inquiryLatencies);
      process.stdout.write(`${alerts.counts.inquiry} of ${expected} delivered, p99 ${latency.p99} ms\n`);
      await Promise.all([server.stop(), dispatcher?.stop()]);
      dispatcher = undefined;
      return { figures: measured, alerts, expected, latency };
    };
    let [{ inquiriesBefore }] = await query(databaseUrl, `SELECT count(*)::int AS "inquiriesBefore" FROM notifications WHERE type = 'inquiry'`);
    const inProcess = await alertsOnRun('delivered by the same process', null);
    const replica = await alertsOnRun('delivered by a dispatching replica', {});
    const on = replica.figures;
    const { alerts, expected, latency: alertLatency } = replica;

    // Contacts present, no channel: the outbox rows of the inquiry statement, nothing delivered.
    server = start({});
    await server.ready;
    process.stdout.write(`single checks, contacts but no channel: ${DURATION_SECONDS} s… `);
    await load(baseUrl, bank.headers, paths, 3);
    const contactsOnly = figures(await load(baseUrl, bank.headers, paths));
    process.stdout.write(`${contactsOnly.requestsPerSecond} req/s\n`);
    await server.stop();

    // Alerts off: nobody gave a contact, no channel.
    await query(databaseUrl, 'TRUNCATE citizen_contacts');
    server = start({});
    await server.ready;
    process.stdout.write(`single checks, alerts off: ${DURATION_SECONDS} s… `);
    await load(baseUrl, bank.headers, paths, 3);
    const off = figures(await load(baseUrl, bank.headers, paths));
    process.stdout.write(`${off.requestsPerSecond} req/s\n`);

    const share = Math.round((on.requestsPerSecond / off.requestsPerSecond) * 100) / 100;
    const inProcessShare = Math.round((inProcess.figures.requestsPerSecond / off.requestsPerSecond) * 100) / 100;
    const contactsShare = Math.round((contactsOnly.requestsPerSecond / off.requestsPerSecond) * 100) / 100;
    const checks = [
      { measure: 'bank check with alerts on / off', value: share, bar: `≥ ${BAR.shareWithAlerts}`, pass: share >= BAR.shareWithAlerts },
      { measure: 'inquiry alert, check → webhook p99 (ms)', value: alertLatency.p99, bar: `≤ ${BAR.alertP99Ms}`, pass: alertLatency.p99 <= BAR.alertP99Ms },
      { measure: 'exposure alerts delivered', value: `${delivered} / ${PEOPLE}`, bar: 'all', pass: delivered >= PEOPLE },
      { measure: 'inquiry alerts delivered', value: `${alerts.counts.inquiry} / ${expected}`, bar: 'all', pass: alerts.counts.inquiry >= expected },
      { measure: 'bad signatures at the receiver', value: alerts.badSignatures, bar: '0', pass: alerts.badSignatures === 0 },
      { measure: 'answers other than 200', value: on.non2xx + on.errors, bar: '0', pass: on.non2xx + on.errors === 0 },
    ];
    process.stdout.write(
      `\n${table([
        { run: 'alerts on, a dispatching replica delivers', 'req/s': on.requestsPerSecond, 'p50 ms': on.p50Ms, 'p99 ms': on.p99Ms, 'share of off': share, 'alert p99 ms': alertLatency.p99 },
        { run: 'alerts on, the bank-facing process delivers', 'req/s': inProcess.figures.requestsPerSecond, 'p50 ms': inProcess.figures.p50Ms, 'p99 ms': inProcess.figures.p99Ms, 'share of off': inProcessShare, 'alert p99 ms': inProcess.latency.p99 },
        { run: 'contacts, no channel (outbox rows only)', 'req/s': contactsOnly.requestsPerSecond, 'p50 ms': contactsOnly.p50Ms, 'p99 ms': contactsOnly.p99Ms, 'share of off': contactsShare },
        { run: 'baseline: alerts off (no contacts)', 'req/s': off.requestsPerSecond, 'p50 ms': off.p50Ms, 'p99 ms': off.p99Ms, 'share of off': 1 },
      ])}\n\n${table([
        { 'fan-out of a confirmation': `${PEOPLE.toLocaleString('en')} reachable people`, 'written/s': fanOut.writtenPerSecond, 'delivered/s': fanOut.deliveredPerSecond, 'all written s': fanOut.writtenSeconds, 'all delivered s': fanOut.deliveredSeconds, 'confirmation answered ms': fanOut.confirmationAnsweredMs },
      ])}\n\n${table(checks.map((check) => ({ ...check, pass: check.pass ? 'yes' : 'NO' })))}\n`,
    );
    const resultsFile = writeResults('notifications', {
      fanOut,
      durationSeconds: DURATION_SECONDS,
      alertsOn: on,
      alertsOnDeliveredInProcess: { ...inProcess.figures, share: inProcessShare, alertP99Ms: inProcess.latency.p99, delivered: inProcess.alerts.counts.inquiry, expected: inProcess.expected },
      contactsNoChannel: contactsOnly,
      alertsOff: off,
      shareWithAlerts: share,
      shareWithContactsNoChannel: contactsShare,
      inquiryAlert: { expected, delivered: alerts.counts.inquiry, repeats: alerts.repeats, ...alertLatency },
      bars: BAR,
      pass: checks.every((check) => check.pass),
    });
    process.stdout.write(`results: ${path.relative(REPO_ROOT, resultsFile)}\n`);
    return checks.every((check) => check.pass);
  } finally {
    await server?.stop();
    await dispatcher?.stop();
    await receiver?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
