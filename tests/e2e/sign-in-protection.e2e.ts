import { randomBytes } from 'node:crypto';
import { sql as query } from '../harness/sql';
import { TEST_ADMIN, createTestDatabase, startTestApp, type TestApp } from '../harness/test-app';

// Apps of one jest file share Passport's strategies, so every app here signs with the same secrets.
const SECRETS = { JWT_SECRET: randomBytes(32).toString('hex'), REGISTRY_PEPPER: randomBytes(32).toString('hex') };
const start = (env: Record<string, string> = {}, database?: { databaseUrl: string }) => startTestApp({ ...SECRETS, ...env }, database);

describe('sign-in as a denial of service', () => {
  const loginTo = (app: TestApp, email: string, password: string) => app.request('POST', '/api/v1/auth/login', { body: { email, password } });
  const auditRows = (app: TestApp, action: string) =>
    query<{ entity_id: string | null; changes: Record<string, { after: unknown }> }>(app.databaseUrl, 'SELECT entity_id, changes FROM audit_events WHERE action = $1', [action]);

  it('answers 429 with Retry-After past the failures an address may make in a minute, even for the right password, writing nothing', async () => {
    const throttled = await start({ SIGN_IN_FAILURES_PER_ADDRESS_PER_MINUTE: '3' });
    try {
      const before = (await auditRows(throttled, 'auth.sign-in-failed')).length;
      for (let attempt = 0; attempt < 3; attempt++) expect((await loginTo(throttled, TEST_ADMIN.email, `wrong-${attempt}`)).status).toBe(401);
      const refused = await loginTo(throttled, TEST_ADMIN.email, TEST_ADMIN.password);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toMatchObject({ type: 'urn:qorgau:problem:too-many-sign-ins', status: 429 });
      expect((await auditRows(throttled, 'auth.sign-in-failed')).length).toBe(before + 3);
      const [{ failed_sign_ins }] = await query<{ failed_sign_ins: number }>(throttled.databaseUrl, 'SELECT failed_sign_ins FROM regulator_users WHERE email = $1', [
        TEST_ADMIN.email,
      ]);
      expect(failed_sign_ins).toBe(3);
    } finally {
      await throttled.close();
    }
  });

  it('audits guesses at unknown e-mails as one event with their count, not one row each', async () => {
    const database = await createTestDatabase();
    try {
      const first = await start({}, database);
      for (let attempt = 0; attempt < 7; attempt++) expect((await loginTo(first, `nobody-${attempt % 3}@test.qorgau.kz`, 'guess')).status).toBe(401);
      await first.close();
      const events = (await auditRows(first, 'auth.sign-in-failed')).filter((event) => event.entity_id === null);
      expect(events).toHaveLength(1);
      expect(events[0].changes).toMatchObject({ reason: { after: 'unknown e-mail' }, attempts: { after: 7 }, distinctEmails: { after: 3 } });
    } finally {
      await database.drop();
    }
  });

  it('lets the operator lift the bootstrap admin’s lockout by starting with ADMIN_PASSWORD, and an admin’s password reset lift another’s', async () => {
    const database = await createTestDatabase();
    try {
      const first = await start({}, database);
      for (let attempt = 0; attempt < 10; attempt++) await loginTo(first, TEST_ADMIN.email, `guess-${attempt}`);
      expect((await loginTo(first, TEST_ADMIN.email, TEST_ADMIN.password)).status).toBe(423);

      const analyst = await first.signInAs('analyst');
      const me = await (await first.request('GET', '/api/v1/auth/me', { token: analyst })).json();
      for (let attempt = 0; attempt < 10; attempt++) await loginTo(first, me.email, `guess-${attempt}`);
      await first.close();

      const restarted = await start({}, database);
      try {
        const signedIn = await loginTo(restarted, TEST_ADMIN.email, TEST_ADMIN.password);
        expect(signedIn.status).toBe(200);
        const admin = (await signedIn.json()).accessToken;
        const newPassword = 'a fresh passphrase for the analyst';
        expect((await loginTo(restarted, me.email, newPassword)).status).toBe(423);
        const reset = await restarted.request('PUT', `/api/v1/admin/users/${me.id}`, { token: admin, body: { role: 'analyst', active: true, password: newPassword } });
        expect(reset.status).toBe(200);
        expect((await loginTo(restarted, me.email, newPassword)).status).toBe(200);
      } finally {
        await restarted.close();
      }
    } finally {
      await database.drop();
    }
  });
});

