import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { haToolsMissing, REPO_ROOT } from '../harness/ha-tools';

/**
 * docker/compose.ha.yaml cannot be run here (no Docker engine, TOOLING.md): each of its pieces is
 * validated offline by its own tool instead — the compose file by docker-compose, HAProxy's
 * configuration by `haproxy -c`, Patroni's by `patroni --validate-config`.
 */
const COMPOSE = path.join(REPO_ROOT, 'docker', 'compose.ha.yaml');
const HA_DIR = path.join(REPO_ROOT, 'docker', 'ha');
const SECRETS = {
  POSTGRES_PASSWORD: 'superuser-secret',
  REPLICATION_PASSWORD: 'replication-secret',
  QORGAU_DB_PASSWORD: 'registry-secret',
  REGISTRY_PEPPER: 'p'.repeat(32),
  JWT_SECRET: 'j'.repeat(32),
  ADMIN_EMAIL: 'admin@example.kz',
  ADMIN_PASSWORD: 'an admin passphrase',
};

const compose = (args: string[], env: Record<string, string>) =>
  spawnSync('docker-compose', ['-f', COMPOSE, ...args], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

const missing = haToolsMissing();
if (missing) console.warn(`Skipping the validation of docker/compose.ha.yaml: ${missing}`);
const describeIfTools = missing ? describe.skip : describe;

describeIfTools('docker/compose.ha.yaml', () => {
  it('is a valid compose file: etcd, two Patroni nodes, HAProxy and two API replicas', () => {
    const services = compose(['config', '--services'], SECRETS);
    expect(services.stderr).toBe('');
    expect(services.stdout.trim().split('\n').sort()).toEqual(['api1', 'api2', 'etcd', 'haproxy', 'pg1', 'pg2']);
  });

  it('sends both replicas to the database through HAProxy, with the same secrets', () => {
    const { stdout, status } = compose(['config'], SECRETS);
    expect(status).toBe(0);
    const url = `DATABASE_URL: postgresql://qorgau:${SECRETS.QORGAU_DB_PASSWORD}@haproxy:5432/qorgau`;
    expect(stdout.split(url).length - 1).toBe(2);
    expect(stdout.split(`REGISTRY_PEPPER: ${SECRETS.REGISTRY_PEPPER}`).length - 1).toBe(2);
  });

  it('refuses to start without its secrets', () => {
    const { status, stderr } = compose(['config', '-q'], {});
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/set [A-Z_]+/);
  });

  it("has an HAProxy configuration HAProxy accepts", () => {
    // The container names do not resolve here; `init-addr none` lets HAProxy start without them.
    const output = execFileSync('haproxy', ['-c', '-f', path.join(HA_DIR, 'haproxy.cfg')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toContain('Configuration file is valid');
  });

  it("has a Patroni configuration Patroni's validator accepts, but for what exists only in the containers", () => {
    const { stdout, stderr } = spawnSync('patroni', ['--validate-config', path.join(HA_DIR, 'patroni.yml')], {
      env: {
        PATH: process.env.PATH,
        PATRONI_NAME: 'pg1',
        PATRONI_RESTAPI_CONNECT_ADDRESS: 'pg1:8008',
        PATRONI_POSTGRESQL_CONNECT_ADDRESS: 'pg1:5432',
        PATRONI_SUPERUSER_PASSWORD: SECRETS.POSTGRES_PASSWORD,
        PATRONI_REPLICATION_PASSWORD: SECRETS.REPLICATION_PASSWORD,
      },
      encoding: 'utf8',
    });
    const complaints = `${stdout}${stderr}`.trim().split('\n').filter(Boolean);
    // The etcd container's name, and PostgreSQL 18's binaries (the test machine has Debian's 15).
    expect(complaints.filter((line) => !line.startsWith('etcd3.hosts etcd:2379') && !line.includes("'/usr/lib/postgresql/18/bin' does not exist"))).toEqual([]);
  });

  it('keeps a synchronous standby and waits for it on every commit', () => {
    const patroni = readFileSync(path.join(HA_DIR, 'patroni.yml'), 'utf8');
    expect(patroni).toMatch(/^ {4}synchronous_mode: true$/m);
    expect(patroni).toMatch(/^ {8}synchronous_commit: "on"$/m);
  });
});
