import type { Company } from '@qorgau/shared';
import { auditEventsOf, createCompany as createCompanyFor, listQuery, newBin, warmUp as warmUpConnections } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
let analyst: string;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  analyst = await testApp.signInAs('analyst');
});
afterAll(() => testApp.close());

const COMPANIES = '/api/v1/admin/companies';

const createCompany = (overrides: Record<string, unknown> = {}, token = analyst) => createCompanyFor(testApp, token, overrides);

async function createBreach(companyId: string, overrides: Record<string, unknown> = {}) {
  const response = await testApp.request('POST', '/api/v1/admin/breaches', {
    token: analyst,
    body: {
      companyId,
      title: 'Customer table leaked',
      discoveredAt: '2025-11-24T04:00:00Z',
      reportedAt: '2025-11-25T10:00:00Z',
      dataClasses: ['iin', 'phone'],
      ...overrides,
    },
  });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

const auditEvents = (entityId: string) => auditEventsOf(testApp, admin, entityId);
const warmUp = (count: number) => warmUpConnections(testApp, count);
const list = (query: Record<string, unknown>, token = analyst) => testApp.request('GET', `${COMPANIES}?${listQuery(query)}`, { token });

describe('creating a company', () => {
  it('stores it with normalised contacts, answers 201 with the whole record, and audits it', async () => {
    const bin = newBin();
    const response = await testApp.request('POST', COMPANIES, {
      token: analyst,
      body: {
        bin: ` ${bin} `,
        name: '  Qazaq Delivery LLP ',
        sector: 'delivery',
        website: 'https://delivery.example.kz',
        contactName: 'Aigerim Nurlanovna',
        contactEmail: ' DPO@Delivery.Example.KZ ',
        contactPhone: '8 (701) 123-45-67',
      },
    });
    expect(response.status).toBe(201);
    const company = await response.json();
    expect(company).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      bin,
      name: 'Qazaq Delivery LLP',
      sector: 'delivery',
      website: 'https://delivery.example.kz',
      contactName: 'Aigerim Nurlanovna',
      contactEmail: 'dpo@delivery.example.kz',
      contactPhone: '+77011234567',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
      breachCount: 0,
      peopleExposed: 0,
      lateReports: 0,
    });
    expect((await (await testApp.request('GET', `${COMPANIES}/${company.id}`, { token: analyst })).json())).toEqual(company);

    const [event] = await auditEvents(company.id);
    expect(event).toMatchObject({
      action: 'company.created',
      entityType: 'company',
      actorRole: 'analyst',
      changes: { bin: { before: null, after: bin }, contactPhone: { before: null, after: '+77011234567' } },
    });
  });

  it('takes empty optional fields as none', async () => {
    const company = await createCompany({ website: '', contactName: ' ', contactEmail: null, contactPhone: '' });
    expect(company).toMatchObject({ website: null, contactName: null, contactEmail: null, contactPhone: null });
  });

  it.each([
    ['a BIN with a wrong check digit', { bin: '123456789014' }, 'bin', /last digit/],
    ['a BIN with letters', { bin: '12345678901a' }, 'bin', /only digits/],
    ['a short BIN', { bin: '1234' }, 'bin', /12 digits/],
    ['no BIN', { bin: undefined }, 'bin', /required/],
    ['no name', { name: '  ' }, 'name', /required/],
    ['a 301-character name', { name: 'n'.repeat(301) }, 'name', /at most 300/],
    ['an unknown sector', { sector: 'mining' }, 'sector', /one of: retail/],
    ['a website that is not http(s)', { website: 'ftp://example.kz' }, 'website', /http or https/],
    ['a website without a scheme', { website: 'example.kz' }, 'website', /http or https/],
    ['a Russian phone number', { contactPhone: '+7 916 123 4567' }, 'contactPhone', /Russian/],
    ['an invalid e-mail', { contactEmail: 'not-an-email' }, 'contactEmail', /./],
    ['an unknown field', { founded: 1999 }, 'founded', /unknown field/],
  ])('refuses %s with 400 naming the field', async (_label, change, field, message) => {
    const response = await testApp.request('POST', COMPANIES, { token: analyst, body: { bin: newBin(), name: 'Valid name', sector: 'retail', ...change } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = await response.json();
    expect(body.errors[field]).toMatch(message);
  });

  it('refuses a duplicate BIN with 409 naming the company that has it', async () => {
    const existing = await createCompany({ name: 'First Holder JSC' });
    const response = await testApp.request('POST', COMPANIES, { token: analyst, body: { bin: existing.bin, name: 'Second', sector: 'other' } });
    expect(response.status).toBe(409);
    const problem = await response.json();
    expect(problem.type).toBe('urn:qorgau:problem:duplicate-bin');
    expect(problem.detail).toBe(`A company with BIN ${existing.bin} is already registered: First Holder JSC.`);
  });

  it('lets only one of two simultaneous creations with the same BIN through', async () => {
    const bin = newBin();
    await warmUp(3);
    const statuses = await Promise.all(
      [1, 2, 3].map(async (n) => (await testApp.request('POST', COMPANIES, { token: analyst, body: { bin, name: `Racer ${n}`, sector: 'other' } })).status),
    );
    expect(statuses.sort()).toEqual([201, 409, 409]);
  });

  it('is refused to reviewers and auditors, who may still read', async () => {
    const company = await createCompany();
    for (const role of ['reviewer', 'auditor'] as const) {
      const token = await testApp.signInAs(role);
      expect((await testApp.request('POST', COMPANIES, { token, body: { bin: newBin(), name: 'X', sector: 'other' } })).status).toBe(403);
      expect((await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token, body: company })).status).toBe(403);
      expect((await testApp.request('DELETE', `${COMPANIES}/${company.id}`, { token })).status).toBe(403);
      expect((await testApp.request('GET', `${COMPANIES}/${company.id}`, { token })).status).toBe(200);
      expect((await list({}, token)).status).toBe(200);
    }
    expect((await testApp.request('GET', COMPANIES)).status).toBe(401);
  });
});

describe('reading a company', () => {
  it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1', "'; DROP TABLE companies; --"])('answers 404 for %j', async (id) => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await testApp.request(method, `${COMPANIES}/${encodeURIComponent(id)}`, {
        token: admin,
        body: method === 'PUT' ? { version: 1 } : undefined,
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });
});

describe('editing a company', () => {
  it('accepts the record as React-Admin sends it back, ignores read-only fields, raises the version and audits the change', async () => {
    const company = await createCompany({ name: 'Old Name LLP', contactPhone: '+77011234567' });
    const response = await testApp.request('PUT', `${COMPANIES}/${company.id}`, {
      token: analyst,
      body: { ...company, id: '11111111-1111-4111-8111-111111111111', createdAt: '2000-01-01T00:00:00Z', breachCount: 999, peopleExposed: 5, lateReports: 7, name: 'New Name LLP', contactPhone: '87021234567' },
    });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ id: company.id, name: 'New Name LLP', contactPhone: '+77021234567', version: 2, createdAt: company.createdAt, breachCount: 0, peopleExposed: 0, lateReports: 0 });
    expect(updated.updatedAt >= company.updatedAt).toBe(true);

    const events = await auditEvents(company.id);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['company.created', 'company.updated']);
    expect(events[1].changes).toEqual({
      name: { before: 'Old Name LLP', after: 'New Name LLP' },
      contactPhone: { before: '+77011234567', after: '+77021234567' },
    });
  });

  it('changes nothing, version and audit trail included, when nothing changed', async () => {
    const company = await createCompany();
    const response = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: company });
    expect(response.status).toBe(200);
    expect((await response.json()).version).toBe(1);
    expect(await auditEvents(company.id)).toHaveLength(1);
  });

  it('clears an optional field sent as null and keeps a field left out', async () => {
    const company = await createCompany({ website: 'http://shop.example.kz', contactName: 'Someone' });
    const response = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { version: 1, website: null } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ website: null, contactName: 'Someone', name: company.name, version: 2 });
  });

  it('needs the version read, and refuses a stale one with 409', async () => {
    const company = await createCompany();
    const { version: _version, ...withoutVersion } = company;
    const missing = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: withoutVersion });
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors.version).toMatch(/version you read/);

    expect((await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { ...company, name: 'First edit' } })).status).toBe(200);
    const stale = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { ...company, name: 'Second edit' } });
    expect(stale.status).toBe(409);
    const problem = await stale.json();
    expect(problem.type).toBe('urn:qorgau:problem:edit-conflict');
    expect(problem.detail).toMatch(/changed by someone else since you opened it/);
    expect((await (await testApp.request('GET', `${COMPANIES}/${company.id}`, { token: analyst })).json()).name).toBe('First edit');
  });

  it('lets exactly one of several simultaneous edits of the same version win', async () => {
    const company = await createCompany();
    await warmUp(4);
    const responses = await Promise.all(
      ['Edit A', 'Edit B', 'Edit C', 'Edit D'].map((name) => testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { ...company, name } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = await responses.find((response) => response.status === 200)!.json();
    const stored = await (await testApp.request('GET', `${COMPANIES}/${company.id}`, { token: analyst })).json();
    expect(stored).toMatchObject({ name: winner.name, version: 2 });
  });

  it('refuses to take another company’s BIN, and validates like creation', async () => {
    const holder = await createCompany({ name: 'BIN Holder' });
    const company = await createCompany();
    const taken = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { ...company, bin: holder.bin } });
    expect(taken.status).toBe(409);
    expect((await taken.json()).detail).toMatch(/BIN Holder/);
    const invalid = await testApp.request('PUT', `${COMPANIES}/${company.id}`, { token: analyst, body: { ...company, bin: '000000000001', name: null } });
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).errors).sort()).toEqual(['bin', 'name']);
  });
});

describe('a company’s figures', () => {
  it('counts its breaches, people exposed and late reports, leaving rejected breaches out of the last two', async () => {
    const company = await createCompany();
    const onTime = await createBreach(company.id);
    const late = await createBreach(company.id, { reportedAt: '2025-11-27T04:00:00Z' });
    const rejected = await createBreach(company.id, { reportedAt: '2025-11-27T04:00:00Z' });
    await testApp.request('POST', `/api/v1/admin/breaches/${rejected.id}/transitions`, { token: analyst, body: { to: 'rejected', reason: 'Not a breach' } });
    // Exposures are loaded by ingestion (a later issue): set here directly.
    await sql(testApp.databaseUrl, 'UPDATE breaches SET exposure_count = $2 WHERE id = $1', [onTime.id, 120]);
    await sql(testApp.databaseUrl, 'UPDATE breaches SET exposure_count = $2 WHERE id = $1', [late.id, 30]);
    await sql(testApp.databaseUrl, 'UPDATE breaches SET exposure_count = $2 WHERE id = $1', [rejected.id, 5000]);

    const figures = await (await testApp.request('GET', `${COMPANIES}/${company.id}`, { token: analyst })).json();
    expect(figures).toMatchObject({ breachCount: 3, peopleExposed: 150, lateReports: 1 });
    const [listed] = await (await list({ filter: { id: [company.id] } })).json();
    expect(listed).toMatchObject({ breachCount: 3, peopleExposed: 150, lateReports: 1 });
  });
});

describe('listing companies', () => {
  const sector = 'education';
  let schools: Company[];
  beforeAll(async () => {
    schools = [
      await createCompany({ name: 'Алматы Мектебі', sector }),
      await createCompany({ name: 'Astana School', sector }),
      await createCompany({ name: 'Казахстанский университет', sector }),
    ];
    await createBreach(schools[1].id);
    await createBreach(schools[1].id);
    await createBreach(schools[2].id);
  });

  it('filters by sector, sorts and pages with a Content-Range', async () => {
    const response = await list({ filter: { sector }, sort: ['name', 'ASC'], range: [0, 1] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('companies 0-1/3');
    expect((await response.json()).map((company: Company) => company.name)).toEqual(['Astana School', 'Алматы Мектебі']);
    const second = await list({ filter: { sector }, sort: ['name', 'ASC'], range: [2, 3] });
    expect(second.headers.get('content-range')).toBe('companies 2-2/3');
    const beyond = await list({ filter: { sector }, range: [10, 19] });
    expect(beyond.headers.get('content-range')).toBe('companies */3');
    expect(await beyond.json()).toEqual([]);
  });

  it('sorts by a computed figure', async () => {
    const names = async (order: 'ASC' | 'DESC') =>
      (await (await list({ filter: { sector }, sort: ['breachCount', order] })).json()).map((company: Company) => [company.name, company.breachCount]);
    expect((await names('DESC')).slice(0, 2)).toEqual([
      ['Astana School', 2],
      ['Казахстанский университет', 1],
    ]);
    expect((await names('ASC'))[0]).toEqual(['Алматы Мектебі', 0]);
  });

  it('searches the name in any case, Cyrillic included, and the BIN by its beginning', async () => {
    const found = async (q: string) => (await (await list({ filter: { q, sector } })).json()).map((company: Company) => company.name).sort();
    expect(await found('КАЗАХСТАН')).toEqual(['Казахстанский университет']);
    expect(await found('school')).toEqual(['Astana School']);
    expect(await found(schools[0].bin.slice(0, 8))).toEqual(['Алматы Мектебі']);
    expect(await found(schools[0].bin.slice(2, 10))).toEqual([]);
    expect(await found('100%_')).toEqual([]);
  });

  it('fetches several by id (getMany), ignoring malformed ids', async () => {
    const response = await list({ filter: { id: [schools[0].id, schools[2].id, 'nope'] } });
    expect((await response.json()).map((company: Company) => company.id).sort()).toEqual([schools[0].id, schools[2].id].sort());
  });

  it('refuses an unknown sort field, sector or a malformed range with 400', async () => {
    expect((await (await list({ sort: ['secret', 'ASC'] })).json()).errors.sort).toMatch(/cannot sort by secret/);
    expect((await (await list({ filter: { sector: 'mining' } })).json()).errors['filter.sector']).toMatch(/mining/);
    expect((await list({ range: [5, 1] })).status).toBe(400);
  });
});

describe('deleting a company', () => {
  it('refuses while breaches are recorded against it', async () => {
    const company = await createCompany();
    await createBreach(company.id);
    const response = await testApp.request('DELETE', `${COMPANIES}/${company.id}`, { token: analyst });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: 'urn:qorgau:problem:company-has-breaches', detail: expect.stringMatching(/1 breach is recorded/) });
  });

  it('deletes one without breaches, returns it and audits it', async () => {
    const company = await createCompany();
    const response = await testApp.request('DELETE', `${COMPANIES}/${company.id}`, { token: analyst });
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(company.id);
    expect((await testApp.request('GET', `${COMPANIES}/${company.id}`, { token: analyst })).status).toBe(404);
    const events = await auditEvents(company.id);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['company.created', 'company.deleted']);
    expect(events[1].changes.bin).toEqual({ before: company.bin, after: null });
  });
});
