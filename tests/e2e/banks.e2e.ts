import type { Bank, BankKey } from '@qorgau/shared';
import { createHash } from 'node:crypto';
import { auditEventsOf, citizenToken, createBank as createBankFor, createBankKey, listQuery, newBin, newIin } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
beforeAll(async () => {
  testApp = await startTestApp({ BANK_RATE_LIMIT_PER_SECOND: '50' });
  admin = await testApp.signInAs('admin');
});
afterAll(() => testApp.close());

const BANKS = '/api/v1/admin/banks';
const createBank = (overrides: Record<string, unknown> = {}) => createBankFor(testApp, admin, overrides);
const newKey = async (bankId: string) => (await createBankKey(testApp, admin, bankId)).key;
const check = (key: string | undefined, iin = newIin()) =>
  testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=APP-1`, { token: key });
const keysOf = async (bankId: string): Promise<BankKey[]> => (await testApp.request('GET', `${BANKS}/${bankId}/keys`, { token: admin })).json();

/** Polls until `done` holds, and returns how long it took; fails after `limitMs`. */
async function timeUntil(done: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = Date.now();
  while (!(await done())) {
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('banks', () => {
  it('are registered by an admin with the configured rate limit, read by every role, and audited', async () => {
    const bin = newBin();
    const response = await testApp.request('POST', BANKS, { token: admin, body: { bin: ` ${bin} `, name: ' Qazaq Bank JSC ', kind: 'bank', licence: '1.2.34/56' } });
    expect(response.status).toBe(201);
    const bank: Bank = await response.json();
    expect(bank).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      bin,
      name: 'Qazaq Bank JSC',
      kind: 'bank',
      licence: '1.2.34/56',
      active: true,
      rateLimitPerSecond: 50,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    for (const role of ['analyst', 'reviewer', 'auditor'] as const) {
      const token = await testApp.signInAs(role);
      expect(await (await testApp.request('GET', `${BANKS}/${bank.id}`, { token })).json()).toEqual(bank);
      expect((await testApp.request('POST', BANKS, { token, body: { bin: newBin(), name: 'X', kind: 'mfo' } })).status).toBe(403);
      expect((await testApp.request('POST', `${BANKS}/${bank.id}/keys`, { token })).status).toBe(403);
    }
    const [event] = await auditEventsOf(testApp, admin, bank.id);
    expect(event).toMatchObject({ action: 'bank.created', actorRole: 'admin', changes: { bin: { before: null, after: bin }, rateLimitPerSecond: { before: null, after: 50 } } });
  });

  it('refuses bad input field by field, and a BIN already registered', async () => {
    const response = await testApp.request('POST', BANKS, { token: admin, body: { bin: '123456789012', name: '', kind: 'pawnshop', rateLimitPerSecond: 0 } });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(Object.keys(problem.errors).sort()).toEqual(['bin', 'kind', 'name', 'rateLimitPerSecond']);
    const bank = await createBank();
    const duplicate = await testApp.request('POST', BANKS, { token: admin, body: { bin: bank.bin, name: 'Other', kind: 'mfo' } });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).detail).toContain(bank.name);
  });

  it('are listed and filtered the simple-rest way, and edited with the version read', async () => {
    const mfo = await createBank({ kind: 'mfo', name: `Zaim MFO ${newBin()}` });
    const response = await testApp.request('GET', `${BANKS}?${listQuery({ filter: { kind: 'mfo', q: mfo.name }, range: [0, 9] })}`, { token: admin });
    expect(response.headers.get('content-range')).toBe('banks 0-0/1');
    expect(await response.json()).toEqual([mfo]);

    const edited = await testApp.request('PUT', `${BANKS}/${mfo.id}`, { token: admin, body: { ...mfo, name: 'Zaim MFO LLP', rateLimitPerSecond: 20 } });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ name: 'Zaim MFO LLP', rateLimitPerSecond: 20, version: 2, bin: mfo.bin });
    expect((await testApp.request('PUT', `${BANKS}/${mfo.id}`, { token: admin, body: { ...mfo, name: 'Stale' } })).status).toBe(409);
  });
});

describe('API keys', () => {
  it('are shown once, kept only as a SHA-256 with a visible prefix, and never audited in the clear', async () => {
    const bank = await createBank();
    const response = await testApp.request('POST', `${BANKS}/${bank.id}/keys`, { token: admin });
    expect(response.status).toBe(201);
    const { id, key } = await response.json();
    expect(key).toMatch(/^qk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);

    const keys = await keysOf(bank.id);
    expect(keys).toEqual([{ id, prefix: key.slice(3, 11), createdAt: expect.any(String), lastUsedAt: null, revokedAt: null, expiresAt: null }]);
    expect(JSON.stringify(keys)).not.toContain(key.slice(12));

    const rows = await sql<Record<string, unknown>>(testApp.databaseUrl, 'SELECT * FROM bank_api_keys WHERE id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect((rows[0].key_hash as Buffer).equals(createHash('sha256').update(key).digest())).toBe(true);
    const secret = key.slice(12);
    const dump = await sql<{ dump: string }>(testApp.databaseUrl, `SELECT (SELECT json_agg(k)::text FROM bank_api_keys k) || (SELECT json_agg(a)::text FROM audit_events a) AS dump`);
    expect(dump[0].dump).not.toContain(secret);
    expect(dump[0].dump).toContain(key.slice(3, 11));
  });

  it('let the lender check, note the last use a few seconds later, and stop working at once when revoked here', async () => {
    const bank = await createBank();
    const { id, key } = await createBankKey(testApp, admin, bank.id);
    expect((await check(key)).status).toBe(200);
    await timeUntil(async () => (await keysOf(bank.id))[0].lastUsedAt !== null, 8000);

    const revoked = await testApp.request('DELETE', `${BANKS}/${bank.id}/keys/${id}`, { token: admin });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ id, revokedAt: expect.any(String) });
    expect((await check(key)).status).toBe(401);
    const events = await auditEventsOf(testApp, admin, bank.id);
    expect(events.map((event) => event.action)).toEqual(['bank.created', 'bank-key.created', 'bank-key.revoked']);
  });

  it('revoked by another API process stop working here within 5 seconds', async () => {
    const bank = await createBank();
    const { id, key } = await createBankKey(testApp, admin, bank.id);
    const other = await newKey(bank.id);
    expect((await check(key)).status).toBe(200);
    // Another process revokes it: straight in the database, so this process's cache is not told.
    await sql(testApp.databaseUrl, 'UPDATE bank_api_keys SET revoked_at = now() WHERE id = $1', [id]);
    const elapsed = await timeUntil(async () => (await check(key)).status === 401, 5000);
    expect(elapsed).toBeLessThanOrEqual(5000);
    expect((await check(other)).status).toBe(200);
  });

  it('issued to expire work until then and are refused from that instant, cached or not; a past or malformed expiry is refused', async () => {
    const bank = await createBank();
    const issue = (body: unknown) => testApp.request('POST', `${BANKS}/${bank.id}/keys`, { token: admin, body });
    for (const expiresAt of [new Date(Date.now() - 60_000).toISOString(), '2030-02-30T10:00:00Z', 'tomorrow', 5]) {
      const refused = await issue({ expiresAt });
      expect(refused.status).toBe(400);
      expect((await refused.json()).errors).toEqual({ expiresAt: expect.any(String) });
    }
    expect(await keysOf(bank.id)).toEqual([]);

    const expiresAt = new Date(Date.now() + 2500).toISOString();
    const response = await issue({ expiresAt });
    expect(response.status).toBe(201);
    const { id, key, expiresAt: stored } = await response.json();
    expect(stored).toBe(expiresAt);
    expect(await keysOf(bank.id)).toEqual([expect.objectContaining({ id, expiresAt })]);
    const [created] = (await auditEventsOf(testApp, admin, bank.id)).filter((event) => event.action === 'bank-key.created');
    expect(created.changes.expiresAt).toEqual({ before: null, after: expiresAt });

    // Checked until the end: the answer is cached for two seconds, and it must not outlive the key.
    let status = 200;
    while (Date.now() < Date.parse(expiresAt) - 100) {
      expect((status = (await check(key)).status)).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(expiresAt) - Date.now())));
    expect((await check(key)).status).toBe(401);
    expect(status).toBe(200);
    expect((await issue({ expiresAt: null })).status).toBe(201);
  });

  it('of a deactivated lender are refused, and work again once it is active', async () => {
    const bank = await createBank();
    const key = await newKey(bank.id);
    expect((await check(key)).status).toBe(200);
    const off = await testApp.request('PUT', `${BANKS}/${bank.id}`, { token: admin, body: { ...bank, active: false } });
    expect(await off.json()).toMatchObject({ active: false, version: 2 });
    expect((await check(key)).status).toBe(401);
    await testApp.request('PUT', `${BANKS}/${bank.id}`, { token: admin, body: { ...bank, active: true, version: 2 } });
    expect((await check(key)).status).toBe(200);
  });
});

describe('the bank API', () => {
  it('refuses every other credential with 401 problem+json', async () => {
    const bank = await createBank();
    const key = await newKey(bank.id);
    const citizen = await citizenToken(testApp, newIin());
    const wrong = [undefined, 'qk_00000000_' + 'A'.repeat(43), key.slice(0, -1), `${key}x`, admin, await testApp.signInAs('reviewer'), citizen];
    for (const credential of wrong) {
      const response = await check(credential);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await testApp.request('POST', '/api/v1/restrictions/check', { token: citizen, body: { purpose: 'loan', reference: 'r', iins: [newIin()] } })).status).toBe(401);
  });

  it("limits each lender to its rate (bursts of twice that) with 429 and Retry-After; other lenders are not slowed", async () => {
    const slow = await createBank({ rateLimitPerSecond: 1 });
    const slowKey = await newKey(slow.id);
    const otherKey = await newKey((await createBank()).id);
    const batch = (key: string) => testApp.request('POST', '/api/v1/restrictions/check', { token: key, body: { purpose: 'loan', reference: 'r', iins: [newIin(), newIin()] } });
    const statuses: number[] = [];
    for (const ask of [check, batch]) statuses.push((await ask(slowKey)).status);
    expect(statuses).toEqual([200, 200]);
    const refused = await check(slowKey);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, type: 'urn:qorgau:problem:rate-limited' });
    expect((await batch(slowKey)).status).toBe(429);
    expect((await check(otherKey)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000));
    expect((await check(slowKey)).status).toBe(200);
  });
});
