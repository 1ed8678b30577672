// SPEC §6, notifications: (1) the fan-out of a confirmation of BENCH_NOTIFY_PEOPLE reachable people
// (1,000,000 for the figure in the README; 200,000 by default to keep the run short) — exposure
// alerts written per second by the restriction job, and delivered per second to a real webhook;
// (2) the bank check at full load with alerts on beside alerts off: ≥ 90% of the throughput; (3)
// the inquiry alert's delivery, from the check to the webhook's receipt, ≤ 5 s p99 under that load.
//
// On and off are measured on the same running registry, in alternating turns, so that whatever else
// the shared machine does weighs on both alike: "on" checks people who all gave a phone (every check
// writes an alert, and the webhook receives it), "off" checks as many people, restricted and never
// seen in the same shares, who gave none (no alert is written: the registry as it is with nobody
// reachable). Each "on" turn is followed by a wait until the webhook has received all its alerts, so
// no delivery spills into the next turn. Twice: with a dispatching replica beside the bank-facing
// process (NOTIFY_DISPATCH=false there), the topology the bar is held in, and with the bank-facing
// process delivering itself (one process, the default).
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
import { setTimeout as sleep } from 'node:timers/promises';
import { figures, load, pathsFor, UNSEEN_SEED } from './bank.mjs';
import { cpuSecondsOfTree, freePort, freshDatabase, percentiles, postmasterPid, REPO_ROOT, table, writeResults } from './harness.mjs';
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
/** Turns of each of on and off, and their length. */
const TURNS = Number(process.env.BENCH_NOTIFY_TURNS ?? 3);
const TURN_SECONDS = Number(process.env.BENCH_NOTIFY_TURN_SECONDS ?? 5);
/** People checked in each of on and off: half of them restricted, half never seen. */
const CHECKED = 50_000;
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

/** Inquiry alerts written so far (queued, or taken into the outbox), and those not yet delivered. */
const INQUIRY_ALERTS_SQL = `
  SELECT queued.count + outbox.written AS written, queued.count + outbox.pending AS owed
    FROM (SELECT count(*)::int AS count FROM inquiry_alert_queue) AS queued,
         (SELECT count(*)::int AS written, (count(*) FILTER (WHERE status = 'pending'))::int AS pending FROM notifications WHERE type = 'inquiry') AS outbox`;

/** Waits, on one connection, until every inquiry alert written is delivered; returns how many were written. */
async function drain(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(100)) {
      const [{ written, owed }] = (await client.query(INQUIRY_ALERTS_SQL)).rows;
      if (owed === 0) return written;
    }
  } finally {
    await client.end();
  }
  throw new Error('inquiry alerts still undelivered after 120 s');
}

/** Turns of one kind as one figure: all their requests over all their seconds; the worst turn's latencies. */
function combined(turns) {
  const requests = turns.reduce((sum, turn) => sum + turn.requests, 0);
  return {
    requestsPerSecond: Math.round(requests / (turns.length * TURN_SECONDS)),
    requests,
    p50Ms: Math.max(...turns.map((turn) => turn.p50Ms)),
    p99Ms: Math.max(...turns.map((turn) => turn.p99Ms)),
    non2xx: turns.reduce((sum, turn) => sum + turn.non2xx, 0),
    errors: turns.reduce((sum, turn) => sum + turn.errors, 0),
    perTurn: turns.map((turn) => turn.requestsPerSecond),
  };
}

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

    // The leak: PEOPLE reachable people, then the restricted half of the "off" checks, who are not.
    process.stdout.write(`generating ${(PEOPLE + CHECKED / 2).toLocaleString('en')} IINs… `);
    process.stdout.write(`${await generateLeak(file, PEOPLE + CHECKED / 2)} s\n`);
    const databaseUrl = await freshDatabase(serverUrl, 'bench_notifications');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // One regulator confirms: the second approval (SPEC §3.9) is `pnpm bench national`'s to measure.
    const start = (env) => startServer(databaseUrl, path.join(workDir, 'data'), port, { REGISTRY_PEPPER: pepper, CONFIRM_APPROVAL_THRESHOLD: String(PEOPLE + CHECKED / 2), ...env });
    server = start(alertsOn);
    await server.ready;
    let token = await signIn(baseUrl);
    const breach = await createBreach(baseUrl, token, 'Benchmark leak for the notifications');
    process.stdout.write('loading the leak… ');
    await waitForIngestJob(baseUrl, token, await uploadFile(baseUrl, token, breach.id, file));

    // Reachable: the first PEOPLE of the leak and the never-seen people of the "on" checks.
    const nextLeaked = distinctIins(0);
    const leaked = Array.from({ length: PEOPLE }, nextLeaked);
    const unreachableLeaked = Array.from({ length: CHECKED / 2 }, nextLeaked);
    const nextUnseen = distinctIins(UNSEEN_SEED);
    const reachableUnseen = Array.from({ length: CHECKED / 2 }, nextUnseen);
    const unreachableUnseen = Array.from({ length: CHECKED / 2 }, nextUnseen);
    const reachablePaths = pathsFor(leaked.slice(0, CHECKED / 2), reachableUnseen);
    const unreachablePaths = pathsFor(unreachableLeaked, unreachableUnseen);
    process.stdout.write(`done\nsealing and writing ${(leaked.length + reachableUnseen.length).toLocaleString('en')} contacts… `);
    let begin = performance.now();
    await writeContacts(databaseUrl, pepper, [...leaked, ...reachableUnseen]);
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

    // (2, 3) Alerts on and off in alternating turns on one running registry.
    const turns = async (label, replica) => {
      server = start({ ...alertsOn, ...(replica ? { NOTIFY_DISPATCH: 'false' } : {}) });
      dispatcher = replica ? startServer(databaseUrl, path.join(workDir, 'data'), await freePort(), { REGISTRY_PEPPER: pepper, ...alertsOn }) : undefined;
      await Promise.all([server.ready, dispatcher?.ready]);
      process.stdout.write(`single checks, ${label}: ${TURNS} turns of ${TURN_SECONDS} s with alerts on, then off… `);
      await load(baseUrl, bank.headers, reachablePaths, 3);
      await load(baseUrl, bank.headers, unreachablePaths, 2);
      const on = [];
      const off = [];
      const latencies = [];
      // CPU seconds over the turns: the bank-facing process and PostgreSQL (the registry the banks
      // use), and apart from them the dispatching replica and the receiver (hosts of their own in a
      // deployment; here they share the two cores).
      const cpu = { on: { api: 0, postgres: 0, delivery: 0 }, off: { api: 0, postgres: 0, delivery: 0 } };
      const measured = async (kind, paths) => {
        const sample = () => ({
          api: cpuSecondsOfTree(server.child.pid),
          postgres: cpuSecondsOfTree(postgresPid),
          delivery: (dispatcher ? cpuSecondsOfTree(dispatcher.child.pid) : 0) + cpuSecondsOfTree(receiver.child.pid),
        });
        const before = sample();
        const result = figures(await load(baseUrl, bank.headers, paths, TURN_SECONDS));
        const after = sample();
        for (const part of ['api', 'postgres', 'delivery']) cpu[kind][part] += after[part] - before[part];
        return result;
      };
      let expected = 0;
      let received = 0;
      let badSignatures = 0;
      let repeats = 0;
      for (let turn = 0; turn < TURNS; turn++) {
        // Every alert of the warm-up or the turn before is in: this turn's are counted from here.
        const before = await drain(databaseUrl);
        await fetch(`${receiverUrl}/reset`, { method: 'POST' });
        on.push(await measured('on', reachablePaths));
        const written = (await drain(databaseUrl)) - before;
        const alerts = await receiverStats(receiverUrl);
        expected += written;
        received += alerts.counts.inquiry ?? 0;
        badSignatures += alerts.badSignatures;
        repeats += alerts.repeats;
        latencies.push(...alerts.inquiryLatencies);
        off.push(await measured('off', unreachablePaths));
      }
      await Promise.all([server.stop(), dispatcher?.stop()]);
      dispatcher = undefined;
      const result = { on: combined(on), off: combined(off), latency: percentiles(latencies), expected, received, badSignatures, repeats };
      result.share = Math.round((result.on.requestsPerSecond / result.off.requestsPerSecond) * 100) / 100;
      const per1000 = (seconds, requests) => Math.round((seconds / (requests / 1000)) * 1000) / 1000;
      // CPU seconds per 1,000 checks; with a replica, the registry's excludes the deliveries' Node work.
      result.cpu = {
        registryOn: per1000(cpu.on.api + cpu.on.postgres, result.on.requests),
        registryOff: per1000(cpu.off.api + cpu.off.postgres, result.off.requests),
        apiOn: per1000(cpu.on.api, result.on.requests),
        apiOff: per1000(cpu.off.api, result.off.requests),
        postgresOn: per1000(cpu.on.postgres, result.on.requests),
        postgresOff: per1000(cpu.off.postgres, result.off.requests),
        deliveryOn: per1000(cpu.on.delivery, result.on.requests),
      };
      // What the registry's CPU per check leaves of its capacity when the deliveries run elsewhere.
      result.cpuShare = Math.round((result.cpu.registryOff / result.cpu.registryOn) * 100) / 100;
      process.stdout.write(
        `on ${result.on.requestsPerSecond} req/s, off ${result.off.requestsPerSecond} req/s (${result.share}); alert p99 ${result.latency.p99} ms; ` +
          `registry CPU s/1000 on ${result.cpu.registryOn} (API ${result.cpu.apiOn} + PG ${result.cpu.postgresOn}), off ${result.cpu.registryOff} (API ${result.cpu.apiOff} + PG ${result.cpu.postgresOff}) (${result.cpuShare}), deliveries ${result.cpu.deliveryOn}\n`,
      );
      return result;
    };
    const postgresPid = await postmasterPid(pg, databaseUrl);
    const replica = await turns('a dispatching replica delivers', true);
    const inProcess = await turns('the bank-facing process delivers', false);

    const checks = [
      { measure: 'bank check with alerts on / off', value: replica.share, bar: `≥ ${BAR.shareWithAlerts}`, pass: replica.share >= BAR.shareWithAlerts },
      { measure: 'registry CPU per check, alerts off / on (deliveries on a replica)', value: replica.cpuShare, bar: 'reported', pass: true },
      { measure: 'inquiry alert, check → webhook p99 (ms)', value: replica.latency.p99, bar: `≤ ${BAR.alertP99Ms}`, pass: replica.latency.p99 <= BAR.alertP99Ms },
      { measure: 'exposure alerts delivered', value: `${delivered} / ${PEOPLE}`, bar: 'all', pass: delivered >= PEOPLE },
      { measure: 'inquiry alerts delivered', value: `${replica.received + inProcess.received} / ${replica.expected + inProcess.expected}`, bar: 'all', pass: replica.received + inProcess.received >= replica.expected + inProcess.expected },
      { measure: 'bad signatures at the receiver', value: replica.badSignatures + inProcess.badSignatures, bar: '0', pass: replica.badSignatures + inProcess.badSignatures === 0 },
      { measure: 'answers other than 200', value: replica.on.non2xx + replica.on.errors + replica.off.non2xx + replica.off.errors, bar: '0', pass: replica.on.non2xx + replica.on.errors + replica.off.non2xx + replica.off.errors === 0 },
    ];
    const line = (run, figures, share, alertP99, registryCpu, deliveryCpu) => ({
      run,
      'req/s': figures.requestsPerSecond,
      'p50 ms': figures.p50Ms,
      'p99 ms': figures.p99Ms,
      'share of off': share,
      'alert p99 ms': alertP99,
      'registry CPU s/1000': registryCpu,
      'delivery CPU s/1000': deliveryCpu,
    });
    process.stdout.write(
      `\n${table([
        line('alerts on, a dispatching replica delivers', replica.on, replica.share, replica.latency.p99, replica.cpu.registryOn, replica.cpu.deliveryOn),
        line('  alerts off, in the same turns', replica.off, 1, '', replica.cpu.registryOff, ''),
        line('alerts on, the bank-facing process delivers', inProcess.on, inProcess.share, inProcess.latency.p99, inProcess.cpu.registryOn, inProcess.cpu.deliveryOn),
        line('  alerts off, in the same turns', inProcess.off, 1, '', inProcess.cpu.registryOff, ''),
      ])}\n\n${table([
        { 'fan-out of a confirmation': `${PEOPLE.toLocaleString('en')} reachable people`, 'written/s': fanOut.writtenPerSecond, 'delivered/s': fanOut.deliveredPerSecond, 'all written s': fanOut.writtenSeconds, 'all delivered s': fanOut.deliveredSeconds, 'confirmation answered ms': fanOut.confirmationAnsweredMs },
      ])}\n\n${table(checks.map((check) => ({ ...check, pass: check.pass ? 'yes' : 'NO' })))}\n`,
    );
    const resultsFile = writeResults('notifications', {
      fanOut,
      turns: TURNS,
      turnSeconds: TURN_SECONDS,
      dispatchingReplica: replica,
      deliveredByTheBankFacingProcess: inProcess,
      shareWithAlerts: replica.share,
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
