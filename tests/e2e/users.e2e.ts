import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const login = (email: string, password: string) => testApp.request('POST', '/api/v1/auth/login', { body: { email, password } });

async function adminToken(): Promise<string> {
  return (await (await login(TEST_ADMIN.email, TEST_ADMIN.password)).json()).accessToken;
}

describe('the last active admin', () => {
  // Runs first, while the bootstrap admin is the only admin of this database.
  it('cannot be disabled or demoted, even by themselves', async () => {
    const token = await adminToken();
    const me = await (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
    const record = await (await testApp.request('GET', `/api/v1/admin/users/${me.id}`, { token })).json();
    for (const change of [{ active: false }, { role: 'auditor' }]) {
      const response = await testApp.request('PUT', `/api/v1/admin/users/${me.id}`, { token, body: { ...record, ...change } });
      expect(response.status).toBe(409);
      expect((await response.json()).detail).toMatch(/last active admin/);
    }
  });

  it('can step down once another admin exists', async () => {
    const token = await adminToken();
    const created = await testApp.request('POST', '/api/v1/admin/users', {
      token,
      body: { email: 'second.admin@test.qorgau.kz', role: 'admin', password: 'another long passphrase' },
    });
    expect(created.status).toBe(201);
    const me = await (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
    const record = await (await testApp.request('GET', `/api/v1/admin/users/${me.id}`, { token })).json();
    const demoted = await testApp.request('PUT', `/api/v1/admin/users/${me.id}`, { token, body: { ...record, role: 'auditor' } });
    expect(demoted.status).toBe(200);
    expect((await demoted.json()).role).toBe('auditor');
    // The role is read on every request: the old token is now an auditor's.
    expect((await testApp.request('GET', '/api/v1/admin/users', { token })).status).toBe(403);
  });
});

describe('managing accounts', () => {
  let token: string;
  beforeAll(async () => {
    token = await testApp.signInAs('admin');
  });

  const create = (body: object) => testApp.request('POST', '/api/v1/admin/users', { token, body });

  it('creates an account that can sign in, and refuses the same e-mail twice', async () => {
    const response = await create({ email: 'Reviewer.One@test.qorgau.kz', role: 'reviewer', password: 'reviewing all day long' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ email: 'reviewer.one@test.qorgau.kz', role: 'reviewer', active: true });
    expect((await login('reviewer.one@test.qorgau.kz', 'reviewing all day long')).status).toBe(200);
    const duplicate = await create({ email: 'REVIEWER.ONE@test.qorgau.kz', role: 'auditor', password: 'another long passphrase' });
    expect(duplicate.status).toBe(409);
  });

  it.each([
    [{ email: 'x@test.qorgau.kz', role: 'analyst', password: 'short' }, 'password'],
    [{ email: 'jamilya@test.qorgau.kz', role: 'analyst', password: 'i am jamilya, hello' }, 'password'],
    [{ email: 'y@test.qorgau.kz', role: 'superuser', password: 'a long passphrase here' }, 'role'],
    [{ email: 'not-an-email', role: 'analyst', password: 'a long passphrase here' }, 'email'],
    [{ email: 'z@test.qorgau.kz', role: 'analyst', password: 'a long passphrase here', admin: true }, 'admin'],
  ])('refuses %j naming %s', async (body, field) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).errors)).toContain(field);
  });

  it('takes back the whole record React-Admin sends, changing role and active, ignoring read-only fields', async () => {
    const created = await (await create({ email: 'editable@test.qorgau.kz', role: 'analyst', password: 'some passphrase 1' })).json();
    const response = await testApp.request('PUT', `/api/v1/admin/users/${created.id}`, {
      token,
      body: { ...created, role: 'auditor', email: 'hijacked@test.qorgau.kz', createdAt: '2000-01-01T00:00:00Z' },
    });
    const updated = await response.json();
    expect([response.status, updated.errors]).toEqual([200, undefined]);
    expect(updated).toMatchObject({ id: created.id, role: 'auditor', email: 'editable@test.qorgau.kz', createdAt: created.createdAt });
  });

  it('disables an account: its sign-in and its existing token stop working', async () => {
    const created = await (await create({ email: 'leaving@test.qorgau.kz', role: 'analyst', password: 'departure passphrase 1' })).json();
    const theirToken = (await (await login('leaving@test.qorgau.kz', 'departure passphrase 1')).json()).accessToken;
    await testApp.request('PUT', `/api/v1/admin/users/${created.id}`, { token, body: { ...created, active: false } });
    expect((await testApp.request('GET', '/api/v1/auth/me', { token: theirToken })).status).toBe(401);
    expect((await login('leaving@test.qorgau.kz', 'departure passphrase 1')).status).toBe(401);
  });

  it('resets a password under the same policy', async () => {
    const created = await (await create({ email: 'forgetful@test.qorgau.kz', role: 'analyst', password: 'first secret phrase 11' })).json();
    const weak = await testApp.request('PUT', `/api/v1/admin/users/${created.id}`, { token, body: { ...created, password: 'forgetful-again!!' } });
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors.password).toMatch(/e-mail/);
    const reset = await testApp.request('PUT', `/api/v1/admin/users/${created.id}`, { token, body: { ...created, password: 'second passphrase 22' } });
    expect(reset.status).toBe(200);
    expect((await login('forgetful@test.qorgau.kz', 'first secret phrase 11')).status).toBe(401);
    expect((await login('forgetful@test.qorgau.kz', 'second passphrase 22')).status).toBe(200);
    const kept = await testApp.request('PUT', `/api/v1/admin/users/${created.id}`, { token, body: { ...created, password: '' } });
    expect(kept.status).toBe(200);
    expect((await login('forgetful@test.qorgau.kz', 'second passphrase 22')).status).toBe(200);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expect((await testApp.request('GET', '/api/v1/admin/users/00000000-0000-4000-8000-000000000000', { token })).status).toBe(404);
    expect((await testApp.request('GET', '/api/v1/admin/users/not-a-uuid', { token })).status).toBe(404);
  });

  it('fetches several by id, as React-Admin’s getMany does', async () => {
    const list = await (await testApp.request('GET', '/api/v1/admin/users?range=[0,1]', { token })).json();
    const ids = list.map((user: { id: string }) => user.id);
    const response = await testApp.request('GET', `/api/v1/admin/users?filter=${encodeURIComponent(JSON.stringify({ id: [...ids, 'junk'] }))}`, { token });
    expect((await response.json()).map((user: { id: string }) => user.id).sort()).toEqual(ids.sort());
  });
});
