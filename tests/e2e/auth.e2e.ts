import { ROLES } from '@qorgau/shared';
import { sql as query } from '../harness/sql';
import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const login = (email: string, password: string) => testApp.request('POST', '/api/v1/auth/login', { body: { email, password } });

const sql = (statement: string, parameters: unknown[] = []) => query<Record<string, any>>(testApp.databaseUrl, statement, parameters);

describe('POST /api/v1/auth/login', () => {
  it('signs in the bootstrap admin with a short-lived token', async () => {
    const response = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresIn: 900,
      user: { id: expect.any(String), email: TEST_ADMIN.email, role: 'admin' },
    });
    const payload = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(900);
    expect(JSON.stringify(payload)).not.toContain(TEST_ADMIN.password);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login(TEST_ADMIN.email.toUpperCase(), TEST_ADMIN.password)).status).toBe(200);
  });

  it('gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await login(TEST_ADMIN.email, 'not the password');
    const unknownEmail = await login('nobody@test.qorgau.kz', 'not the password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const [a, b] = [await wrongPassword.json(), await unknownEmail.json()];
    expect(a.detail).toBe(b.detail);
    expect(a.type).toBe('urn:qorgau:problem:invalid-credentials');
  });

  it('names missing fields', async () => {
    const response = await testApp.request('POST', '/api/v1/auth/login', { body: {} });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).errors).sort()).toEqual(['email', 'password']);
  });

  it('locks an account for 15 minutes after ten failures in a row, whatever password comes next', async () => {
    await testApp.signInAs('analyst');
    const [{ email }] = await sql(`SELECT email FROM regulator_users WHERE role = 'analyst' LIMIT 1`);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await login(email, `wrong-${attempt}`)).status);
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses[9]).toBe(423);
    const [{ locked_until }] = await sql('SELECT locked_until FROM regulator_users WHERE email = $1', [email]);
    const minutes = (new Date(locked_until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const [{ password_hash }] = await sql('SELECT password_hash FROM regulator_users WHERE email = $1', [email]);
    expect(password_hash).toMatch(/^scrypt\$/);
    // Whatever password comes next, even a right one, is refused while locked.
    await sql(`UPDATE regulator_users SET password_hash = (SELECT password_hash FROM regulator_users WHERE email = $1) WHERE email = $2`, [
      TEST_ADMIN.email,
      email,
    ]);
    const locked = await login(email, TEST_ADMIN.password);
    expect(locked.status).toBe(423);
    expect((await locked.json()).detail).toMatch(/locked until/);

    await sql(`UPDATE regulator_users SET locked_until = now() - interval '1 second' WHERE email = $1`, [email]);
    expect((await login(email, TEST_ADMIN.password)).status).toBe(200);
  });

  it('counts failures only in a row: a success starts the count again', async () => {
    const token = await testApp.signInAs('auditor');
    const me = await (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
    await sql(`UPDATE regulator_users SET password_hash = (SELECT password_hash FROM regulator_users WHERE email = $1) WHERE id = $2`, [
      TEST_ADMIN.email,
      me.id,
    ]);
    for (let attempt = 0; attempt < 9; attempt++) expect((await login(me.email, 'wrong')).status).toBe(401);
    expect((await login(me.email, TEST_ADMIN.password)).status).toBe(200);
    for (let attempt = 0; attempt < 9; attempt++) expect((await login(me.email, 'wrong')).status).toBe(401);
    expect((await login(me.email, TEST_ADMIN.password)).status).toBe(200);
  });
});

describe('bearer tokens and roles', () => {
  it('answers 401 problem+json without a token, with a malformed one and with a forged one', async () => {
    const admin = await testApp.signInAs('admin');
    const [header, payload] = admin.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
    for (const token of [undefined, 'garbage', `${header}.${forgedPayload}.invalidsignature`]) {
      const response = await testApp.request('GET', '/api/v1/auth/me', { token });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const admin = await testApp.signInAs('admin');
    const payload = admin.split('.')[1];
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect((await testApp.request('GET', '/api/v1/auth/me', { token: unsigned })).status).toBe(401);
  });

  it('tells each role who it is', async () => {
    for (const role of ROLES) {
      const response = await testApp.request('GET', '/api/v1/auth/me', { token: await testApp.signInAs(role) });
      expect(response.status).toBe(200);
      expect((await response.json()).role).toBe(role);
    }
  });

  it('stops honouring the token of an account disabled after sign-in', async () => {
    const token = await testApp.signInAs('reviewer');
    const me = await (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
    await sql('UPDATE regulator_users SET active = false WHERE id = $1', [me.id]);
    expect((await testApp.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('lets only admins list users (403 for every other role), with a Content-Range', async () => {
    for (const role of ROLES.filter((role) => role !== 'admin')) {
      const response = await testApp.request('GET', '/api/v1/admin/users', { token: await testApp.signInAs(role) });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect((await testApp.request('GET', '/api/v1/admin/users')).status).toBe(401);
    const response = await testApp.request('GET', '/api/v1/admin/users?sort=["email","ASC"]&range=[0,1]', {
      token: await testApp.signInAs('admin'),
    });
    expect(response.status).toBe(200);
    const users = await response.json();
    expect(users).toHaveLength(2);
    expect(users[0].email < users[1].email).toBe(true);
    expect(users[0]).not.toHaveProperty('passwordHash');
    expect(response.headers.get('content-range')).toMatch(/^users 0-1\/\d+$/);
  });
});

describe('GET /api/v1/admin/stats', () => {
  it('counts users by role, for every role, and follows changes', async () => {
    const token = await testApp.signInAs('auditor');
    const before = await (await testApp.request('GET', '/api/v1/admin/stats', { token })).json();
    await testApp.signInAs('analyst');
    const after = await (await testApp.request('GET', '/api/v1/admin/stats', { token })).json();
    expect(after.users.byRole.analyst).toBe(before.users.byRole.analyst + 1);
    expect(after.users.total).toBe(before.users.total + 1);
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM regulator_users');
    expect(after.users.total).toBe(count);
    expect((await testApp.request('GET', '/api/v1/admin/stats')).status).toBe(401);
  });
});
