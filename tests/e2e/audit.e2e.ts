import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
// The tests package does not depend on TypeORM: the API's own copy, whose DataSource the app holds.
import { DataSource } from '../../api/node_modules/typeorm';
import { AuditHeadSigner } from '../../api/src/audit-head/audit-head-signer';
import { eventHash, type ChainedContent } from '../../api/src/audit/audit.rules';
import { REPO_ROOT } from '../../api/src/config/paths';
import { HotPathPool } from '../../api/src/database/hot-path-pool';
import { apiRoleOf, sql } from '../harness/sql';
import { TEST_ADMIN, createTestDatabase, startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const events = async (token: string, filter: object = {}) =>
  (await testApp.request('GET', `/api/v1/admin/audit-events?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`, { token })).json();
const verification = async (token: string) => (await testApp.request('GET', '/api/v1/admin/audit-events/verification', { token })).json();

describe('the audit trail', () => {
  it('records a user created by an admin, with actor, role, changed fields and request id', async () => {
    const admin = await testApp.signInAs('admin');
    const response = await testApp.request('POST', '/api/v1/admin/users', {
      token: admin,
      body: { email: 'new.analyst@test.qorgau.kz', role: 'analyst', password: 'a long passphrase for tests' },
      headers: { 'x-request-id': 'create-analyst-1' },
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    const auditor = await testApp.signInAs('auditor');
    const [event] = await events(auditor, { entityId: created.id, action: 'user.created' });
    expect(event).toMatchObject({
      actorRole: 'admin',
      action: 'user.created',
      entityType: 'user',
      entityId: created.id,
      requestId: 'create-analyst-1',
      changes: {
        email: { before: null, after: 'new.analyst@test.qorgau.kz' },
        role: { before: null, after: 'analyst' },
        passwordHash: { before: null, after: '[redacted]' },
      },
    });
    expect(event.actorEmail).toMatch(/^admin-/);
    expect(JSON.stringify(await events(auditor))).not.toContain('a long passphrase');
  });

  it('records sign-ins, failed ones included', async () => {
    await testApp.request('POST', '/api/v1/auth/login', { body: { email: TEST_ADMIN.email, password: 'wrong one' } });
    const auditor = await testApp.signInAs('auditor');
    const actions = (await events(auditor, { action: 'auth.sign-in-failed' })).map((event: { actorEmail: string }) => event.actorEmail);
    expect(actions).toContain(TEST_ADMIN.email);
    expect((await events(auditor, { action: 'auth.signed-in' })).length).toBeGreaterThan(0);
  });

  it('is readable by auditors and admins only', async () => {
    for (const role of ['analyst', 'reviewer'] as const) {
      const token = await testApp.signInAs(role);
      expect((await testApp.request('GET', '/api/v1/admin/audit-events', { token })).status).toBe(403);
      expect((await testApp.request('GET', '/api/v1/admin/audit-events/verification', { token })).status).toBe(403);
    }
    const response = await testApp.request('GET', '/api/v1/admin/audit-events?range=[0,4]', { token: await testApp.signInAs('admin') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toMatch(/^audit-events 0-4\/\d+$/);
    const page = await response.json();
    expect(Number(page[0].id)).toBeGreaterThan(Number(page[4].id));
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await expect(sql(testApp.databaseUrl, `UPDATE audit_events SET action = 'forged' WHERE id = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(testApp.databaseUrl, 'DELETE FROM audit_events WHERE id = 1')).rejects.toThrow(/append-only/);
    await expect(sql(testApp.databaseUrl, 'TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect(await sql(testApp.databaseUrl, `SELECT 1 FROM audit_events WHERE action = 'forged'`)).toHaveLength(0);
  });

  it('serves requests as a role that may only append to and read the trail', async () => {
    const apiRole = apiRoleOf(testApp.databaseUrl);
    expect(await testApp.app.get(DataSource).query('SELECT current_user AS role')).toEqual([{ role: apiRole }]);
    expect((await testApp.app.get(HotPathPool).query('SELECT current_user AS role')).rows).toEqual([{ role: apiRole }]);
    const asApiRole = (statement: string) => sql(testApp.databaseUrl, `SET ROLE "${apiRole}"; ${statement}`);
    for (const statement of [
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
      'ALTER TABLE audit_events DISABLE TRIGGER ALL',
      `UPDATE audit_events SET action = 'forged' WHERE id = 1`,
      'DELETE FROM audit_events WHERE id = 1',
      'TRUNCATE audit_events',
      'DROP TABLE audit_events',
    ]) {
      await expect(asApiRole(statement)).rejects.toThrow(/permission denied|must be owner/);
    }
    // Reading is what it may do (this throws if it could not).
    await asApiRole('SELECT count(*) FROM audit_events');
  });

  it('reports an intact chain, then the exact event a superuser altered behind the trigger’s back', async () => {
    // Each sign-in appends an event: enough links whatever ran before.
    for (let signIn = 0; signIn < 4; signIn++) await testApp.signInAs('analyst');
    const auditor = await testApp.signInAs('auditor');
    const intact = await verification(auditor);
    expect(intact).toMatchObject({ intact: true, firstBrokenId: null });
    expect(intact.checked).toBeGreaterThanOrEqual(5);

    await sql(
      testApp.databaseUrl,
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
       UPDATE audit_events SET actor_email = 'someone.else@test.qorgau.kz' WHERE id = 3;
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`,
    );
    const broken = await verification(auditor);
    expect(broken).toMatchObject({ intact: false, firstBrokenId: '3', checked: 2 });
    expect(broken.reason).toMatch(/altered/);

    const command = spawnSync(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'audit-head', 'verify-audit-chain.js')], {
      env: { PATH: process.env.PATH, DATABASE_URL: testApp.databaseUrl },
      encoding: 'utf8',
    });
    expect(command.stdout).toContain('Audit chain BROKEN at event 3');
    expect(command.status).toBe(2);
  });
});

type AuditRow = Record<'id' | 'actor_id' | 'actor_email' | 'actor_role' | 'action' | 'entity_type' | 'entity_id' | 'request_id' | 'hash', string> & {
  at: Date;
  changes: ChainedContent['changes'];
};

describe('the signed chain head', () => {
  let registry: TestApp;
  beforeAll(async () => {
    registry = await startTestApp();
  });
  afterAll(() => registry.close());

  const verify = async () => (await registry.request('GET', '/api/v1/admin/audit-events/verification', { token: await registry.signInAs('auditor') })).json();
  // Not spawnSync: the command fetches the JWKS from this very process, which must keep serving.
  const verifierCommand = () =>
    new Promise<{ stdout: string; status: number }>((resolve) => {
      execFile(
        process.execPath,
        [path.join(REPO_ROOT, 'api', 'dist', 'audit-head', 'verify-audit-chain.js'), '--jwks', `${registry.baseUrl}/api/v1/.well-known/jwks.json`],
        { env: { PATH: process.env.PATH, DATABASE_URL: registry.databaseUrl }, encoding: 'utf8' },
        (error, stdout) => resolve({ stdout, status: error ? Number(error.code) : 0 }),
      );
    });

  it('is signed at start and whenever it moved, once per head, and verifies against the JWKS', async () => {
    const [startHead] = await sql<{ entity_id: string }>(registry.databaseUrl, `SELECT entity_id FROM audit_events WHERE action = 'audit.head-signed'`);
    expect(startHead).toBeDefined();
    for (let signIn = 0; signIn < 3; signIn++) await registry.signInAs('analyst');
    const signer = registry.app.get(AuditHeadSigner);
    expect(await signer.signHead()).toBe(true);
    expect(await signer.signHead()).toBe(false);
    const [head] = await sql<{ id: string; hash: string }>(
      registry.databaseUrl,
      `SELECT id::text, hash FROM audit_events WHERE id = (SELECT max(id) - 1 FROM audit_events)`,
    );
    const report = await verify();
    expect(report).toMatchObject({ intact: true, firstBrokenId: null, signedHeadsChecked: 2 });
    expect(report.latestSignedHead).toMatchObject({ headId: head.id, headHash: head.hash, verified: true, problem: null });
    expect(report.latestSignedHead.jws.split('.')).toHaveLength(3);

    const command = await verifierCommand();
    expect(command.stdout).toContain('Audit chain intact');
    expect(command.stdout).toContain(`Latest signed head: event ${head.id}`);
    expect(command.status).toBe(0);
  });

  it('shows a rewrite before a signed head even when every later hash was recomputed, as the table’s owner could', async () => {
    const latest = (await verify()).latestSignedHead;
    // The owner's rewrite: event 3 changed, then every hash from it to the end made to match again.
    const rows = await sql<AuditRow>(registry.databaseUrl, 'SELECT *, id::text AS id FROM audit_events ORDER BY audit_events.id');
    const rewritten: { id: string; prevHash: string; hash: string; actorEmail: string | null }[] = [];
    let previousHash = rows[1].hash;
    for (const row of rows.slice(2)) {
      const content: ChainedContent = {
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actorEmail: row.id === '3' ? 'someone.else@test.qorgau.kz' : row.actor_email,
        actorRole: row.actor_role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        changes: row.changes,
        requestId: row.request_id,
        prevHash: previousHash,
      };
      previousHash = eventHash(content);
      rewritten.push({ id: row.id, prevHash: content.prevHash, hash: previousHash, actorEmail: content.actorEmail });
    }
    await sql(registry.databaseUrl, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await sql(
      registry.databaseUrl,
      `UPDATE audit_events e SET prev_hash = r."prevHash", hash = r.hash, actor_email = r."actorEmail"
         FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, "prevHash" text, hash text, "actorEmail" text)
        WHERE e.id = r.id`,
      [JSON.stringify(rewritten)],
    );
    await sql(registry.databaseUrl, 'ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');

    const report = await verify();
    expect(report).toMatchObject({ intact: false, firstBrokenId: expect.any(String) });
    // The chain itself links up again: only the signed head gives the rewrite away.
    expect(report.checked).toBeGreaterThanOrEqual(rows.length);
    expect(report.reason).toMatch(/rewritten/);
    expect(report.latestSignedHead).toMatchObject({ headId: latest.headId, verified: false });

    const command = await verifierCommand();
    expect(command.stdout).toContain('Audit chain BROKEN');
    expect(command.stdout).toMatch(/rewritten/);
    expect(command.status).toBe(2);
  });
});

describe('DATABASE_APP_URL', () => {
  it('serves requests through a login of their own, as the API’s role', async () => {
    const database = await createTestDatabase();
    const apiRole = apiRoleOf(database.databaseUrl);
    const login = `${apiRole.slice(0, 55)}_login`;
    // The role made ahead of the migration (as an operator may): the migration takes it as it is.
    await sql(database.databaseUrl, `CREATE ROLE "${apiRole}" NOLOGIN; CREATE ROLE "${login}" LOGIN PASSWORD 'app-login-password'; GRANT "${apiRole}" TO "${login}"`);
    const appUrl = new URL(database.databaseUrl);
    appUrl.username = login;
    appUrl.password = 'app-login-password';
    const registry = await startTestApp({ DATABASE_APP_URL: appUrl.toString() }, database);
    try {
      const roles = 'SELECT session_user AS login, current_user AS role';
      expect(await registry.app.get(DataSource).query(roles)).toEqual([{ login, role: apiRole }]);
      expect((await registry.app.get(HotPathPool).query(roles)).rows).toEqual([{ login, role: apiRole }]);
      const report = await (await registry.request('GET', '/api/v1/admin/audit-events/verification', { token: await registry.signInAs('auditor') })).json();
      expect(report).toMatchObject({ intact: true, latestSignedHead: { verified: true } });
    } finally {
      await registry.close();
      await database.drop();
      await sql(database.databaseUrl.replace(/\/[^/]*$/, '/postgres'), `DROP ROLE IF EXISTS "${login}"`);
    }
  });
});
