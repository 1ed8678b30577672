// The deployment of docker/compose.ha.yaml, for real on this machine: one etcd, two PostgreSQL 15
// nodes managed by Patroni (a primary and a synchronous standby), and HAProxy in front, sending
// connections only to the node whose Patroni REST API answers 200 on /primary. Everything lives
// in one temporary directory, listens on 127.0.0.1 only, and goes away with `stop()`.
// Needs Debian's packages: scripts/ensure-ha-tools.sh installs them (`ensureHaTools()` runs it).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const pg = require(path.join(REPO_ROOT, 'api', 'node_modules', 'pg'));

const PG_BIN = '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root: a root harness runs Patroni and its PostgreSQL as this OS user. */
const PG_OS_USER = 'postgres';
const SUPERUSER = { username: 'postgres', password: 'ha-cluster-superuser' };
const REPLICATOR = { username: 'replicator', password: 'ha-cluster-replicator' };

/**
 * Failure detection. The leader key lives `ttl` seconds in etcd unless its holder renews it every
 * `loop_wait`; when the primary's machine dies the standby takes over once the key has expired,
 * so `ttl` bounds the failover. Patroni requires loop_wait + 2 × retry_timeout ≤ ttl.
 */
export const PATRONI_TIMING = { ttl: 10, loop_wait: 1, retry_timeout: 4 };

/**
 * `synchronous_commit: on` with Patroni's `synchronous_mode`: a COMMIT returns only once the
 * synchronous standby has flushed its WAL to disk, and Patroni promotes only that standby. Promotion
 * replays every WAL record the standby holds, so every inquiry whose 200 left the API is on the new
 * primary. `remote_apply` would also wait for the replay before answering; it buys consistent reads
 * *on the standby*, which nothing here does (HAProxy sends every connection to the primary), at a
 * higher commit latency. `remote_write` would lose acknowledged commits if the standby's OS crashed too.
 */
export const SYNCHRONOUS_COMMIT = 'on';

/** Runs scripts/ensure-ha-tools.sh; returns null when the tools are there, or why they cannot be. */
export function ensureHaTools() {
  try {
    execFileSync(path.join(REPO_ROOT, 'scripts', 'ensure-ha-tools.sh'), { stdio: ['ignore', 'inherit', 'pipe'] });
    return null;
  } catch (error) {
    if (error.status === 2) return error.stderr.toString().trim();
    throw error;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something truthy, or throws `what` after `timeoutMs`. */
export async function waitFor(what, probe, timeoutMs = 60_000, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe().catch(() => undefined);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * What must not outlive this process even when it ends without `stop()` (an uncaught error,
 * `process.exit`, a signal turned into an exit): the daemons, and the postmasters Patroni started in
 * sessions of their own.
 */
const live = { daemons: new Set(), dataDirs: new Set() };
process.on('exit', () => {
  for (const child of live.daemons) child.kill('SIGKILL');
  for (const dataDir of live.dataDirs) killPostgres(dataDir);
});

/** A process of the cluster, its output kept in `<dir>/<name>.log`. */
function startDaemon(dir, name, command, args, options = {}) {
  const log = path.join(dir, `${name}.log`);
  const out = openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', out, out], ...options });
  child.on('error', () => undefined);
  live.daemons.add(child);
  child.once('exit', () => live.daemons.delete(child));
  return {
    name,
    child,
    log: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      if (await Promise.race([exited.then(() => true), sleep(timeoutMs).then(() => false)])) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Whom Patroni and PostgreSQL run as: `postgres` when this process is root, else this process's user (null). */
function pgOsUser() {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${PG_OS_USER}:`));
  if (!line) throw new Error(`no OS user ${PG_OS_USER}: run scripts/ensure-ha-tools.sh`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(target, { uid, gid }) {
  chownSync(target, uid, gid);
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) chownTree(child, { uid, gid });
    else chownSync(child, uid, gid);
  }
}

/** Patroni's configuration for one node (the same keys as docker/ha/patroni-*.yml). */
function patroniConfig({ name, nodeDir, restPort, pgPort, etcdPort }) {
  const config = {
    scope: 'qorgau',
    name,
    log: { level: 'INFO' },
    restapi: { listen: `127.0.0.1:${restPort}`, connect_address: `127.0.0.1:${restPort}` },
    etcd3: { hosts: [`127.0.0.1:${etcdPort}`] },
    bootstrap: {
      dcs: {
        ...PATRONI_TIMING,
        maximum_lag_on_failover: 1048576,
        synchronous_mode: true,
        postgresql: {
          use_pg_rewind: true,
          parameters: {
            synchronous_commit: SYNCHRONOUS_COMMIT,
            wal_level: 'replica',
            hot_standby: 'on',
            wal_log_hints: 'on',
            max_wal_senders: 10,
            max_replication_slots: 10,
            wal_keep_size: '256MB',
            max_connections: 200,
          },
        },
      },
      initdb: [{ encoding: 'UTF8' }, { locale: 'C.UTF-8' }],
      pg_hba: [
        'local all all trust',
        `host replication ${REPLICATOR.username} 127.0.0.1/32 scram-sha-256`,
        'host all all 127.0.0.1/32 scram-sha-256',
      ],
    },
    postgresql: {
      listen: `127.0.0.1:${pgPort}`,
      connect_address: `127.0.0.1:${pgPort}`,
      data_dir: path.join(nodeDir, 'data'),
      bin_dir: PG_BIN,
      pgpass: path.join(nodeDir, 'pgpass'),
      authentication: { superuser: SUPERUSER, replication: REPLICATOR, rewind: SUPERUSER },
      parameters: { unix_socket_directories: nodeDir, shared_buffers: '128MB', fsync: 'on' },
    },
    tags: { nofailover: false, noloadbalance: false, clonefrom: false, nosync: false },
  };
  // JSON is YAML: no YAML writer needed.
  return JSON.stringify(config, null, 2);
}

/** HAProxy in TCP mode to the PostgreSQL node whose Patroni answers 200 on /primary. */
function databaseFrontend({ port, nodes }) {
  return [
    `listen postgres`,
    `  bind 127.0.0.1:${port}`,
    `  mode tcp`,
    `  timeout connect 2s`,
    `  timeout client 30m`,
    `  timeout server 30m`,
    `  option httpchk GET /primary`,
    `  http-check expect status 200`,
    // A node no longer primary loses its sessions at once, so no client keeps writing to it.
    `  default-server inter 500ms fastinter 250ms fall 2 rise 1 on-marked-down shutdown-sessions`,
    ...nodes.map((node) => `  server ${node.name} 127.0.0.1:${node.pgPort} check port ${node.restPort}`),
  ].join('\n');
}

/**
 * HAProxy in HTTP mode over API replicas, checked on /health. A replica is out when it does not
 * answer; /health's 503 (the database unreachable) keeps it in, since every replica shares that
 * database and answers the banks 503 + Retry-After itself meanwhile. A request whose connection
 * fails or whose replica dies before answering is sent to another replica (`retry-on`); with no
 * replica up, HAProxy's own 503 is a problem+json with Retry-After too.
 */
export function apiFrontend({ port, replicas }) {
  return [
    `listen api`,
    `  bind 127.0.0.1:${port}`,
    `  mode http`,
    `  balance roundrobin`,
    `  timeout connect 2s`,
    `  timeout client 30s`,
    `  timeout server 30s`,
    `  timeout http-keep-alive 10s`,
    `  option httpchk GET /health`,
    `  http-check expect rstatus ^(200|503)$`,
    `  http-error status 503 content-type application/problem+json string '${NO_REPLICA_PROBLEM}' hdr retry-after 1`,
    `  retries 3`,
    `  retry-on conn-failure empty-response response-timeout`,
    `  option redispatch 1`,
    `  default-server inter 500ms fastinter 250ms fall 2 rise 2`,
    ...replicas.map((replica) => `  server ${replica.name} 127.0.0.1:${replica.port} check`),
  ].join('\n');
}

const NO_REPLICA_PROBLEM = JSON.stringify({ type: 'urn:qorgau:problem:no-replica', title: 'No API replica is up', status: 503, detail: 'Ask again shortly.' });

/** One HAProxy process serving `sections`, with its statistics as CSV on `statsPort`. */
export function startHaproxy(dir, name, statsPort, sections) {
  const file = path.join(dir, `${name}.cfg`);
  const config = [
    'global',
    '  maxconn 4096',
    'defaults',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout check 1s',
    'listen stats',
    `  bind 127.0.0.1:${statsPort}`,
    '  mode http',
    '  stats enable',
    '  stats uri /stats',
    ...sections,
    '',
  ].join('\n');
  writeFileSync(file, config);
  execFileSync('haproxy', ['-c', '-q', '-f', file]);
  const daemon = startDaemon(dir, name, 'haproxy', ['-db', '-f', file]);
  return {
    ...daemon,
    /** HAProxy's view of every server: { 'postgres/node1': 'UP', 'api/api2': 'DOWN', … }. */
    async servers() {
      const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
      const rows = csv.split('\n').filter((line) => line && !line.startsWith('#'));
      const view = {};
      for (const row of rows) {
        const [proxy, server, ...rest] = row.split(',');
        if (server === 'FRONTEND' || server === 'BACKEND' || proxy === 'stats') continue;
        view[`${proxy}/${server}`] = rest[15];
      }
      return view;
    },
  };
}

/**
 * Starts the cluster on `basePort` … `basePort + 9`, in `workDir` (whose parents the OS user
 * postgres must be able to enter) or a fresh temporary directory, and waits until the primary and
 * its synchronous standby are streaming and HAProxy routes to the primary. `databaseUrl(name)` goes
 * through HAProxy.
 */
export async function startHaCluster({ basePort = 4150, workDir } = {}) {
  const owner = pgOsUser();
  const dir = workDir ?? mkdtempSync(path.join(os.tmpdir(), 'qorgau-ha-'));
  mkdirSync(dir, { recursive: true });
  // The PostgreSQL user must be able to reach its node's directory inside.
  chmodSync(dir, 0o755);
  const ports = { etcdPeer: basePort, etcdClient: basePort + 1, postgres: basePort + 2, stats: basePort + 3 };
  const nodes = [1, 2].map((index) => ({ name: `node${index}`, restPort: basePort + 3 + index * 2, pgPort: basePort + 4 + index * 2 }));
  const daemons = [];
  const patronis = new Map();

  const etcdDir = path.join(dir, 'etcd');
  const etcd = startDaemon(dir, 'etcd', 'etcd', [
    '--name=etcd1',
    `--data-dir=${etcdDir}`,
    `--listen-client-urls=http://127.0.0.1:${ports.etcdClient}`,
    `--advertise-client-urls=http://127.0.0.1:${ports.etcdClient}`,
    `--listen-peer-urls=http://127.0.0.1:${ports.etcdPeer}`,
    `--initial-advertise-peer-urls=http://127.0.0.1:${ports.etcdPeer}`,
    `--initial-cluster=etcd1=http://127.0.0.1:${ports.etcdPeer}`,
    '--initial-cluster-state=new',
    '--initial-cluster-token=qorgau-ha',
  ]);
  daemons.push(etcd);

  const startPatroni = (node) => {
    const nodeDir = path.join(dir, node.name);
    mkdirSync(nodeDir, { recursive: true, mode: 0o700 });
    const configFile = path.join(nodeDir, 'patroni.yml');
    writeFileSync(configFile, patroniConfig({ ...node, nodeDir, etcdPort: ports.etcdClient }));
    if (owner) chownTree(nodeDir, owner);
    live.dataDirs.add(path.join(nodeDir, 'data'));
    const daemon = startDaemon(dir, node.name, 'patroni', [configFile], { ...owner, cwd: nodeDir, env: { PATH: process.env.PATH, HOME: nodeDir, LANG: 'C.UTF-8' } });
    patronis.set(node.name, daemon);
    return daemon;
  };

  const haproxy = startHaproxy(dir, 'haproxy-postgres', ports.stats, [databaseFrontend({ port: ports.postgres, nodes })]);
  daemons.push(haproxy);

  const patroniStatus = async (node) => {
    const response = await fetch(`http://127.0.0.1:${node.restPort}/patroni`, { signal: AbortSignal.timeout(1000) });
    return response.json();
  };

  const cluster = {
    dir,
    nodes,
    ports,
    haproxy,
    serverUrl: `postgres://${SUPERUSER.username}:${SUPERUSER.password}@127.0.0.1:${ports.postgres}/postgres`,
    /** A URL through HAProxy to database `name`. */
    databaseUrl: (name) => `postgres://${SUPERUSER.username}:${SUPERUSER.password}@127.0.0.1:${ports.postgres}/${name}`,
    /** A URL straight to one node, bypassing HAProxy. */
    nodeUrl: (node, name) => `postgres://${SUPERUSER.username}:${SUPERUSER.password}@127.0.0.1:${node.pgPort}/${name}`,
    /** Patroni's own view of the cluster: members, roles, states, lag. */
    async members() {
      for (const node of nodes) {
        if (!patronis.get(node.name)?.alive()) continue;
        const response = await fetch(`http://127.0.0.1:${node.restPort}/cluster`, { signal: AbortSignal.timeout(1000) }).catch(() => null);
        if (response?.ok) return (await response.json()).members;
      }
      return [];
    },
    /** The node that is primary now, according to its own Patroni, or undefined. */
    async leader() {
      for (const node of nodes) {
        const status = await patroniStatus(node).catch(() => null);
        if (status?.role === 'master' || status?.role === 'primary') return node;
      }
      return undefined;
    },
    /** Waits until a primary and a streaming synchronous standby are there; returns { primary, standby }. */
    async waitUntilReplicated(timeoutMs = 90_000) {
      return waitFor(
        'a primary with a streaming synchronous standby',
        async () => {
          const members = await cluster.members();
          const primary = members.find((member) => member.role === 'leader' && member.state === 'running');
          const standby = members.find((member) => member.role === 'sync_standby' && ['running', 'streaming'].includes(member.state));
          if (!primary || !standby) return undefined;
          const client = new pg.Client({ connectionString: cluster.serverUrl });
          await client.connect();
          try {
            const { rows } = await client.query(`SELECT sync_state FROM pg_stat_replication WHERE sync_state = 'sync'`);
            if (rows.length === 0) return undefined;
          } finally {
            await client.end();
          }
          return { primary: nodes.find((node) => node.name === primary.name), standby: nodes.find((node) => node.name === standby.name) };
        },
        timeoutMs,
        250,
      );
    },
    /**
     * The machine of `node` dies: SIGKILL to its Patroni, its postmaster and every backend, with no
     * chance to hand over the leader key or close a connection cleanly.
     */
    killNode(node) {
      patronis.get(node.name)?.child.kill('SIGKILL');
      killPostgres(path.join(dir, node.name, 'data'));
    },
    /** Starts `node` again after `killNode`: Patroni rejoins it as a standby (pg_rewind if needed). */
    restartNode(node) {
      return startPatroni(node);
    },
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: cluster.serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return cluster.databaseUrl(name);
    },
    /** Stops everything (Patroni stops its PostgreSQL), kills what lingers, and removes the directory. */
    async stop({ keepDir = false } = {}) {
      for (const node of nodes) {
        await patronis.get(node.name)?.stop('SIGTERM', 20_000);
        // A postmaster Patroni left behind (Patroni killed) must not outlive the cluster.
        const pid = postmasterPid(path.join(dir, node.name, 'data'));
        if (pid) {
          try {
            process.kill(pid, 'SIGQUIT');
          } catch {
            // Already gone.
          }
          await sleep(500);
          cluster.killNode(node);
        }
      }
      for (const daemon of daemons.reverse()) await daemon.stop();
      for (const node of nodes) live.dataDirs.delete(path.join(dir, node.name, 'data'));
      if (!keepDir) rmSync(dir, { recursive: true, force: true });
    },
    /** The last lines of every process's log, for a failure message. */
    logs(lines = 30) {
      return [etcd, haproxy, ...patronis.values()]
        .map((daemon) => `--- ${daemon.name}\n${daemon.log().split('\n').slice(-lines).join('\n')}`)
        .join('\n');
    },
  };

  try {
    await waitFor('etcd', async () => (await fetch(`http://127.0.0.1:${ports.etcdClient}/health`)).ok, 30_000);
    // The first node bootstraps the cluster; the second clones it with pg_basebackup once it is up.
    startPatroni(nodes[0]);
    await waitFor('the first node to become primary', async () => (await patroniStatus(nodes[0])).state === 'running', 90_000);
    startPatroni(nodes[1]);
    await cluster.waitUntilReplicated();
    await waitFor('HAProxy to route to the primary', async () => {
      const client = new pg.Client({ connectionString: cluster.serverUrl });
      await client.connect();
      try {
        return !(await client.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby;
      } finally {
        await client.end();
      }
    });
    await defineBuiltinCollation(cluster.serverUrl);
    return cluster;
  } catch (error) {
    const logs = cluster.logs();
    await cluster.stop();
    throw new Error(`${error.message}\n${logs}`);
  }
}

/**
 * The registry's schema uses PostgreSQL 17's built-in `pg_c_utf8` collation (Unicode case folding
 * under a C sort order). Debian 12's newest PostgreSQL is 15, which lacks it: on 15, every database
 * made from template1 gets `public.pg_c_utf8`, an ICU root-locale collation that folds case by
 * Unicode rules too. Sort order differs; nothing the failover measures depends on it.
 */
async function defineBuiltinCollation(serverUrl) {
  const url = new URL(serverUrl);
  url.pathname = '/template1';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS version`);
    if (rows[0].version < 170000) await client.query(`CREATE COLLATION IF NOT EXISTS public.pg_c_utf8 (provider = icu, locale = 'und')`);
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** SIGKILL to the postmaster of `dataDir` and to every one of its backends. */
function killPostgres(dataDir) {
  const postmaster = postmasterPid(dataDir);
  if (!postmaster) return;
  for (const pid of [postmaster, ...childrenOf(postmaster)]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return children;
}
