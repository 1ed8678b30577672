import { type AdminStats, type Breach, type BreachTransition, type Company } from '@qorgau/shared';
// The application's own event bus, as the restrictions issue will listen to it.
import { EventEmitter2 } from '@nestjs/event-emitter';
import { BreachConfirmedEvent, BreachRetractedEvent } from '../../api/src/breaches/breach.events';
import { auditEventsOf, createCompany as createCompanyFor, listQuery, warmUp as warmUpConnections } from '../harness/factories';
import { eventually } from '../harness/notification-receivers';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
let analyst: string;
let company: Company;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  analyst = await testApp.signInAs('analyst');
  company = await createCompany('Kaspi Delivery LLP');
});
afterAll(() => testApp.close());

const BREACHES = '/api/v1/admin/breaches';

const createCompany = (name: string) => createCompanyFor(testApp, admin, { name, sector: 'delivery' });

/** Monday 24 November 2025, 09:00 in Almaty; reported Tuesday 15:00: on time, 30 hours. */
const VALID = {
  title: 'Customer table of a delivery service leaked',
  description: 'A dump of the customer table was offered on a forum.',
  occurredAt: '2025-11-20T00:00:00Z',
  discoveredAt: '2025-11-24T04:00:00Z',
  reportedAt: '2025-11-25T10:00:00Z',
  dataClasses: ['iin', 'phone', 'full_name'],
  recordsClaimed: 1200,
};

const post = (body: Record<string, unknown>, token = analyst) => testApp.request('POST', BREACHES, { token, body: { companyId: company.id, ...VALID, ...body } });

async function createBreach(body: Record<string, unknown> = {}): Promise<Breach> {
  const response = await post(body);
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

const move = (id: string, to: string, reason: unknown = `Moving to ${to}`, token = analyst) =>
  testApp.request('POST', `${BREACHES}/${id}/transitions`, { token, body: { to, reason } });

const auditEvents = (entityId: string) => auditEventsOf(testApp, admin, entityId);
const warmUp = (count: number) => warmUpConnections(testApp, count);
const list = (query: Record<string, unknown>, token = analyst) => testApp.request('GET', `${BREACHES}?${listQuery(query)}`, { token });

describe('logging a breach', () => {
  it('creates a draft with its reporting delay and lateness computed, and audits it', async () => {
    const response = await post({ dataClasses: ['phone', 'iin', 'phone', 'full_name'] });
    expect(response.status).toBe(201);
    const breach = await response.json();
    expect(breach).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      companyId: company.id,
      title: VALID.title,
      description: VALID.description,
      occurredAt: '2025-11-20T00:00:00.000Z',
      discoveredAt: '2025-11-24T04:00:00.000Z',
      reportedAt: '2025-11-25T10:00:00.000Z',
      dataClasses: ['iin', 'full_name', 'phone'],
      recordsClaimed: 1200,
      exposureCount: 0,
      restrictedCount: 0,
      restrictionDays: 90,
      status: 'draft',
      published: false,
      sensitive: false,
      reportingDelayHours: 30,
      reportedLate: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect(await (await testApp.request('GET', `${BREACHES}/${breach.id}`, { token: analyst })).json()).toEqual(breach);
    const [event] = await auditEvents(breach.id);
    expect(event).toMatchObject({
      action: 'breach.created',
      entityType: 'breach',
      actorRole: 'analyst',
      changes: { title: { before: null, after: VALID.title }, reportedLate: { before: null, after: false } },
    });
  });

  it('flags a report after the end of the next business day as late (Friday discovery, Tuesday report)', async () => {
    // Friday 28 November 2025 18:00 Almaty → due by the end of Monday 1 December.
    const late = await createBreach({ occurredAt: null, discoveredAt: '2025-11-28T13:00:00Z', reportedAt: '2025-12-01T19:00:00Z' });
    expect(late).toMatchObject({ reportedLate: true, reportingDelayHours: 78, occurredAt: null });
    const onTime = await createBreach({ occurredAt: null, discoveredAt: '2025-11-28T13:00:00Z', reportedAt: '2025-12-01T18:59:59.999Z' });
    expect(onTime).toMatchObject({ reportedLate: false, reportingDelayHours: 78 });
  });

  it('makes a breach of health or biometric data sensitive whatever was asked, and keeps other defaults', async () => {
    expect(await createBreach({ dataClasses: ['iin', 'health'], sensitive: false })).toMatchObject({ sensitive: true });
    expect(await createBreach({ dataClasses: ['biometric'] })).toMatchObject({ sensitive: true });
    expect(await createBreach({ sensitive: true })).toMatchObject({ sensitive: true });
    expect(await createBreach({ restrictionDays: 30, published: true, recordsClaimed: null, description: null })).toMatchObject({
      sensitive: false,
      restrictionDays: 30,
      published: true,
      recordsClaimed: null,
      description: '',
    });
  });

  it('stores HTML and script as the text it is, unchanged', async () => {
    const title = `<script>alert("x")</script><img src=x onerror=alert(1)> & 'quotes'`;
    const description = `<b>bold</b>\n<iframe src="javascript:alert(1)"></iframe>\r\n  ${'«Қазақ» '.repeat(3)}  `;
    const breach = await createBreach({ title, description });
    expect(breach.title).toBe(title);
    expect(breach.description).toBe(description);
    const response = await testApp.request('GET', `${BREACHES}/${breach.id}`, { token: analyst });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ title, description });
  });

  it('takes a description of exactly 10,000 characters and a title of 300', async () => {
    const breach = await createBreach({ title: 't'.repeat(300), description: 'd'.repeat(10_000) });
    expect(breach.description).toHaveLength(10_000);
    expect(breach.title).toHaveLength(300);
  });

  it.each([
    ['an unknown company', { companyId: '00000000-0000-4000-8000-000000000000' }, 'companyId', /^unknown company$/],
    ['a malformed company id', { companyId: 'kaspi' }, 'companyId', /^unknown company$/],
    ['no title', { title: '   ' }, 'title', /required/],
    ['a 10,000-character title', { title: 'x'.repeat(10_000) }, 'title', /at most 300/],
    ['a 10,001-character description', { description: 'x'.repeat(10_001) }, 'description', /at most 10000/],
    ['no data classes', { dataClasses: [] }, 'dataClasses', /at least one/],
    ['unknown data classes', { dataClasses: ['iin', 'dna', 'shoe_size'] }, 'dataClasses', /unknown data class "dna", "shoe_size"/],
    ['data classes that are not a list', { dataClasses: 'iin' }, 'dataClasses', /list/],
    ['negative records claimed', { recordsClaimed: -1 }, 'recordsClaimed', /0 or more/],
    ['fractional records claimed', { recordsClaimed: 1.5 }, 'recordsClaimed', /whole number/],
    ['records claimed as text', { recordsClaimed: '100' }, 'recordsClaimed', /whole number/],
    ['a restriction of 0 days', { restrictionDays: 0 }, 'restrictionDays', /between 1 and 365/],
    ['a restriction of 366 days', { restrictionDays: 366 }, 'restrictionDays', /between 1 and 365/],
    ['a discovery in the future', { discoveredAt: '2999-01-01T00:00:00Z', reportedAt: '2999-01-02T00:00:00Z' }, 'discoveredAt', /future/],
    ['a report in the future', { reportedAt: new Date(Date.now() + 3600_000).toISOString() }, 'reportedAt', /future/],
    ['a discovery before the breach occurred', { occurredAt: '2025-11-24T05:00:00Z' }, 'discoveredAt', /before occurredAt/],
    ['a report before the discovery', { reportedAt: '2025-11-24T03:59:59Z' }, 'reportedAt', /before discoveredAt/],
    ['a date without a time zone', { discoveredAt: '2025-11-24T09:00:00' }, 'discoveredAt', /time zone/],
    ['a date only', { reportedAt: '2025-11-25' }, 'reportedAt', /ISO 8601/],
    ['an impossible date', { occurredAt: '2025-02-30T00:00:00Z' }, 'occurredAt', /ISO 8601/],
    ['a date before 2000', { occurredAt: '1999-12-31T00:00:00Z' }, 'occurredAt', /before 2000/],
    ['no discovery date', { discoveredAt: undefined }, 'discoveredAt', /ISO 8601/],
    ['a status', { status: 'confirmed', sneaky: true }, 'sneaky', /unknown field/],
  ])('refuses %s with 400 naming the field', async (_label, change, field, message) => {
    const response = await post(change);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await response.json();
    expect(problem.errors[field]).toMatch(message);
  });

  it('names every wrong field at once', async () => {
    const response = await post({ companyId: '00000000-0000-4000-8000-000000000000', reportedAt: '2025-11-23T00:00:00Z' });
    expect((await response.json()).errors).toEqual({ companyId: 'unknown company', reportedAt: expect.stringMatching(/before discoveredAt/) });
  });

  it('ignores read-only fields of a cloned record: a new breach is always a draft', async () => {
    const breach = await createBreach({ status: 'confirmed', exposureCount: 10, reportedLate: true, id: 'x', version: 7 });
    expect(breach).toMatchObject({ status: 'draft', exposureCount: 0, reportedLate: false, version: 1 });
  });

  it('lets reviewers and auditors read but not write; analysts write', async () => {
    const breach = await createBreach();
    for (const role of ['reviewer', 'auditor'] as const) {
      const token = await testApp.signInAs(role);
      expect((await post({}, token)).status).toBe(403);
      expect((await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token, body: breach })).status).toBe(403);
      expect((await move(breach.id, 'investigating', 'reason', token)).status).toBe(403);
      expect((await testApp.request('DELETE', `${BREACHES}/${breach.id}`, { token })).status).toBe(403);
      expect((await testApp.request('GET', `${BREACHES}/${breach.id}`, { token })).status).toBe(200);
      expect((await testApp.request('GET', `${BREACHES}/${breach.id}/transitions`, { token })).status).toBe(200);
      expect((await list({}, token)).status).toBe(200);
    }
  });
});

describe('unknown breaches', () => {
  it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '42'])('answer 404 for %j on every route', async (id) => {
    const calls = [
      testApp.request('GET', `${BREACHES}/${id}`, { token: analyst }),
      testApp.request('PUT', `${BREACHES}/${id}`, { token: analyst, body: { version: 1 } }),
      testApp.request('DELETE', `${BREACHES}/${id}`, { token: analyst }),
      testApp.request('GET', `${BREACHES}/${id}/transitions`, { token: analyst }),
      move(id, 'investigating'),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(404);
      expect((await response.json()).detail).toBe(`There is no breach with id ${id}.`);
    }
  });
});

describe('editing a breach', () => {
  it('accepts the record as React-Admin sends it back, ignores status and counts, recomputes lateness, audits the change', async () => {
    const breach = await createBreach();
    const response = await testApp.request('PUT', `${BREACHES}/${breach.id}`, {
      token: analyst,
      body: { ...breach, status: 'confirmed', exposureCount: 999, reportingDelayHours: 1, reportedLate: false, reportedAt: '2025-11-27T04:00:00Z', title: 'Renamed' },
    });
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ status: 'draft', exposureCount: 0, reportedAt: '2025-11-27T04:00:00.000Z', reportingDelayHours: 72, reportedLate: true, title: 'Renamed', version: 2 });
    const events = await auditEvents(breach.id);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['breach.created', 'breach.updated']);
    expect(events[1].changes).toEqual({
      title: { before: VALID.title, after: 'Renamed' },
      reportedAt: { before: '2025-11-25T10:00:00.000Z', after: '2025-11-27T04:00:00.000Z' },
      reportingDelayHours: { before: 30, after: 72 },
      reportedLate: { before: false, after: true },
    });
  });

  it('validates the dates as they would be after the change', async () => {
    const breach = await createBreach();
    const response = await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: { version: 1, discoveredAt: '2025-11-26T00:00:00Z' } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual({ reportedAt: expect.stringMatching(/before discoveredAt/) });
  });

  it('refuses a move to an unknown company and keeps sensitivity for health data', async () => {
    const breach = await createBreach({ dataClasses: ['health'] });
    const unknown = await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: { ...breach, companyId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors.companyId).toBe('unknown company');
    const unticked = await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: { ...breach, sensitive: false } });
    expect((await unticked.json()).sensitive).toBe(true);
  });

  it('changes nothing when nothing changed', async () => {
    const breach = await createBreach();
    const response = await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: { ...breach, dataClasses: [...breach.dataClasses].reverse() } });
    expect(await response.json()).toMatchObject({ version: 1 });
    expect(await auditEvents(breach.id)).toHaveLength(1);
  });

  it('lets exactly one of several simultaneous edits of the same version win; the others get 409', async () => {
    const breach = await createBreach();
    await warmUp(4);
    const responses = await Promise.all(
      ['Edit A', 'Edit B', 'Edit C', 'Edit D'].map((title) => testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: { ...breach, title } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const conflict = await responses.find((response) => response.status === 409)!.json();
    expect(conflict).toMatchObject({ type: 'urn:qorgau:problem:edit-conflict', detail: expect.stringMatching(/changed by someone else since you opened it/) });
    expect((await responses.find((response) => response.status === 200)!.json()).version).toBe(2);
  });

  it('needs the version read', async () => {
    const breach = await createBreach();
    const { version: _version, ...withoutVersion } = breach;
    const response = await testApp.request('PUT', `${BREACHES}/${breach.id}`, { token: analyst, body: withoutVersion });
    expect(response.status).toBe(400);
    expect((await response.json()).errors.version).toMatch(/version you read/);
  });
});

describe('the lifecycle', () => {
  it('moves a breach draft → investigating → confirmed → closed with reasons, and shows the timeline oldest first', async () => {
    const breach = await createBreach();
    const investigating = await move(breach.id, 'investigating', '  The company was asked for details.  ');
    expect(investigating.status).toBe(200);
    expect(await investigating.json()).toMatchObject({ id: breach.id, status: 'investigating', version: 2 });
    expect((await move(breach.id, 'confirmed', 'The company confirmed the leak in writing.')).status).toBe(200);
    const closed = await move(breach.id, 'closed', 'Restrictions applied; case closed.', admin);
    expect(await closed.json()).toMatchObject({ status: 'closed', version: 4 });

    const timeline: BreachTransition[] = await (await testApp.request('GET', `${BREACHES}/${breach.id}/transitions`, { token: analyst })).json();
    expect(timeline.map(({ from, to, reason, actorRole }) => ({ from, to, reason, actorRole }))).toEqual([
      { from: 'draft', to: 'investigating', reason: 'The company was asked for details.', actorRole: 'analyst' },
      { from: 'investigating', to: 'confirmed', reason: 'The company confirmed the leak in writing.', actorRole: 'analyst' },
      { from: 'confirmed', to: 'closed', reason: 'Restrictions applied; case closed.', actorRole: 'admin' },
    ]);
    expect(timeline[0]).toEqual({
      id: expect.any(String),
      breachId: breach.id,
      from: 'draft',
      to: 'investigating',
      reason: 'The company was asked for details.',
      actorId: expect.any(String),
      actorEmail: expect.stringMatching(/^analyst-/),
      actorRole: 'analyst',
      at: expect.any(String),
    });
    expect(timeline[0].at <= timeline[1].at && timeline[1].at <= timeline[2].at).toBe(true);

    const transitioned = (await auditEvents(breach.id)).filter((event: { action: string }) => event.action === 'breach.transitioned');
    expect(transitioned.map((event: { changes: unknown }) => event.changes)).toEqual([
      { status: { before: 'draft', after: 'investigating' }, reason: { before: null, after: 'The company was asked for details.' } },
      { status: { before: 'investigating', after: 'confirmed' }, reason: { before: null, after: 'The company confirmed the leak in writing.' } },
      { status: { before: 'confirmed', after: 'closed' }, reason: { before: null, after: 'Restrictions applied; case closed.' } },
    ]);
  });

  it('refuses an illegal move with 409 naming the allowed ones', async () => {
    const breach = await createBreach();
    const response = await move(breach.id, 'confirmed');
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({
      type: 'urn:qorgau:problem:illegal-transition',
      status: 409,
      detail: 'A draft breach cannot move to confirmed; it can move only to investigating or rejected.',
      allowed: ['investigating', 'rejected'],
    });
    expect((await move(breach.id, 'draft')).status).toBe(409);
    expect(await (await testApp.request('GET', `${BREACHES}/${breach.id}/transitions`, { token: analyst })).json()).toEqual([]);
  });

  it('allows nothing from a final state', async () => {
    const breach = await createBreach();
    expect((await move(breach.id, 'rejected', 'Not personal data')).status).toBe(200);
    const response = await move(breach.id, 'investigating');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ allowed: [], detail: expect.stringMatching(/rejected is final/) });
  });

  it.each([
    ['a missing reason', { to: 'investigating' }, 'reason', /required/],
    ['a blank reason', { to: 'investigating', reason: ' \n ' }, 'reason', /required/],
    ['a reason of 2001 characters', { to: 'investigating', reason: 'r'.repeat(2001) }, 'reason', /at most 2000/],
    ['an unknown status', { to: 'published', reason: 'why not' }, 'to', /one of: draft/],
  ])('refuses %s with 400', async (_label, body, field, message) => {
    const breach = await createBreach();
    const response = await testApp.request('POST', `${BREACHES}/${breach.id}/transitions`, { token: analyst, body });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[field]).toMatch(message);
    expect((await (await testApp.request('GET', `${BREACHES}/${breach.id}`, { token: analyst })).json()).status).toBe('draft');
  });

  it('applies only one of two simultaneous moves from the same state', async () => {
    const breach = await createBreach();
    await warmUp(3);
    const responses = await Promise.all(['first', 'second', 'third'].map((reason) => move(breach.id, 'investigating', reason)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    expect(await (await testApp.request('GET', `${BREACHES}/${breach.id}/transitions`, { token: analyst })).json()).toHaveLength(1);
  });

  it('announces confirmation and retraction after they commit, and nothing else', async () => {
    const bus = testApp.app.get(EventEmitter2);
    const heard: { name: string; event: unknown; statusThen: string }[] = [];
    const listen = (name: string) => async (event: { breachId: string }) => {
      // Heard in the order the events come (the lookups below may end in another order).
      const entry = { name, event, statusThen: '' };
      heard.push(entry);
      // The move has committed when the event comes: a separate connection already sees it.
      const [row] = await sql<{ status: string }>(testApp.databaseUrl, 'SELECT status FROM breaches WHERE id = $1', [event.breachId]);
      entry.statusThen = row.status;
    };
    const onConfirmed = listen(BreachConfirmedEvent.eventName);
    const onRetracted = listen(BreachRetractedEvent.eventName);
    bus.on(BreachConfirmedEvent.eventName, onConfirmed);
    bus.on(BreachRetractedEvent.eventName, onRetracted);
    try {
      const breach = await createBreach({ restrictionDays: 45 });
      await move(breach.id, 'investigating');
      const before = Date.now();
      await move(breach.id, 'confirmed');
      await move(breach.id, 'retracted', 'The leak was a fake.');
      await eventually(() => (heard.length >= 2 && heard.every((entry) => entry.statusThen !== '')) || undefined, 'both events looked up');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const timeline: BreachTransition[] = await (await testApp.request('GET', `${BREACHES}/${breach.id}/transitions`, { token: analyst })).json();

      expect(heard.map(({ name }) => name)).toEqual(['breach.confirmed', 'breach.retracted']);
      const [confirmed, retracted] = heard;
      expect(confirmed.event).toBeInstanceOf(BreachConfirmedEvent);
      expect(confirmed.event).toEqual(new BreachConfirmedEvent(breach.id, new Date(timeline[1].at), 45));
      expect((confirmed.event as BreachConfirmedEvent).confirmedAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(confirmed.statusThen).not.toBe('investigating');
      expect(retracted.event).toBeInstanceOf(BreachRetractedEvent);
      expect(retracted.event).toEqual(new BreachRetractedEvent(breach.id, new Date(timeline[2].at)));
      expect(retracted.statusThen).toBe('retracted');
    } finally {
      bus.off(BreachConfirmedEvent.eventName, onConfirmed);
      bus.off(BreachRetractedEvent.eventName, onRetracted);
    }
  });

  it('announces nothing for a move refused', async () => {
    const bus = testApp.app.get(EventEmitter2);
    const heard: unknown[] = [];
    const listener = (event: unknown) => heard.push(event);
    bus.on(BreachConfirmedEvent.eventName, listener);
    try {
      const breach = await createBreach();
      expect((await move(breach.id, 'confirmed')).status).toBe(409);
      expect(heard).toEqual([]);
    } finally {
      bus.off(BreachConfirmedEvent.eventName, listener);
    }
  });
});

describe('deleting a breach', () => {
  it('deletes a draft, returns it and audits it', async () => {
    const breach = await createBreach();
    const response = await testApp.request('DELETE', `${BREACHES}/${breach.id}`, { token: analyst });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(breach);
    expect((await testApp.request('GET', `${BREACHES}/${breach.id}`, { token: analyst })).status).toBe(404);
    const events = await auditEvents(breach.id);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['breach.created', 'breach.deleted']);
    expect(events[1].changes.title).toEqual({ before: VALID.title, after: null });
  });

  it('refuses anything but a draft with 409', async () => {
    const breach = await createBreach();
    await move(breach.id, 'investigating');
    const response = await testApp.request('DELETE', `${BREACHES}/${breach.id}`, { token: analyst });
    expect(response.status).toBe(409);
    expect((await response.json()).detail).toMatch(/Only a draft breach can be deleted; this one is investigating/);
  });
});

describe('listing breaches', () => {
  let listed: Company;
  let other: Company;
  const byTitle: Record<string, Breach> = {};
  const titles = (breaches: Breach[]) => breaches.map((breach) => breach.title);
  const inCompany = (filter: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) =>
    list({ filter: { companyId: listed.id, ...filter }, sort: ['title', 'ASC'], ...rest });

  beforeAll(async () => {
    listed = await createCompany('Listing Test JSC');
    other = await createCompany('Other Company');
    const specs = [
      { title: 'Alpha: утечка базы Kaspi.kz клиентов', dataClasses: ['iin', 'phone'], discoveredAt: '2025-01-06T04:00:00Z', reportedAt: '2025-01-06T10:00:00Z' },
      { title: 'Bravo e-mail list', description: 'Marketing list with <b>e-mails</b>', dataClasses: ['email'], discoveredAt: '2025-03-03T04:00:00Z', reportedAt: '2025-03-10T04:00:00Z', published: true },
      { title: 'Charlie clinic records', dataClasses: ['iin', 'health'], discoveredAt: '2025-06-02T04:00:00Z', reportedAt: '2025-06-02T05:00:00Z' },
      { title: 'Delta passwords', description: 'Қазақстан пайдаланушылары', dataClasses: ['email', 'password'], discoveredAt: '2025-09-01T04:00:00Z', reportedAt: '2025-09-30T04:00:00Z' },
    ];
    for (const spec of specs) {
      const response = await post({ companyId: listed.id, occurredAt: null, ...spec });
      byTitle[spec.title.split(' ')[0].replace(':', '')] = await response.json();
    }
    await post({ companyId: other.id, title: 'Echo elsewhere' });
    await move(byTitle.Bravo.id, 'investigating');
  });

  it('pages with a Content-Range and sorts by any column', async () => {
    const first = await inCompany({}, { range: [0, 2] });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-range')).toBe('breaches 0-2/4');
    expect(titles(await first.json())).toEqual(['Alpha: утечка базы Kaspi.kz клиентов', 'Bravo e-mail list', 'Charlie clinic records']);
    const last = await inCompany({}, { range: [3, 5] });
    expect(last.headers.get('content-range')).toBe('breaches 3-3/4');
    const byDelay = await (await inCompany({}, { sort: ['reportingDelayHours', 'DESC'] })).json();
    expect(byDelay.map((breach: Breach) => breach.reportingDelayHours)).toEqual([696, 168, 6, 1]);
    const defaultOrder = await (await list({ filter: { companyId: listed.id } })).json();
    expect(defaultOrder.map((breach: Breach) => breach.reportedAt)).toEqual(['2025-09-30T04:00:00.000Z', '2025-06-02T05:00:00.000Z', '2025-03-10T04:00:00.000Z', '2025-01-06T10:00:00.000Z']);
    for (const field of ['occurredAt', 'recordsClaimed', 'status', 'dataClasses', 'sensitive', 'companyId', 'version', 'updatedAt']) {
      expect((await inCompany({}, { sort: [field, 'DESC'] })).status).toBe(200);
    }
  });

  it('filters by status, company, data class, lateness, publication and sensitivity', async () => {
    const names = async (filter: Record<string, unknown>) => titles(await (await inCompany(filter)).json()).map((title) => title.split(/[: ]/)[0]);
    expect(await names({ status: 'investigating' })).toEqual(['Bravo']);
    expect(await names({ status: ['draft', 'investigating'] })).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(await names({ dataClass: 'iin' })).toEqual(['Alpha', 'Charlie']);
    expect(await names({ dataClass: ['email', 'password'] })).toEqual(['Delta']);
    expect(await names({ late: true })).toEqual(['Bravo', 'Delta']);
    expect(await names({ late: false })).toEqual(['Alpha', 'Charlie']);
    expect(await names({ published: true })).toEqual(['Bravo']);
    expect(await names({ sensitive: true })).toEqual(['Charlie']);
    expect(await names({ late: 'false', published: 'false', sensitive: false })).toEqual(['Alpha']);
    expect(await names({ late: null, published: '' })).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    const elsewhere = await (await list({ filter: { companyId: other.id } })).json();
    expect(titles(elsewhere)).toEqual(['Echo elsewhere']);
    expect(await (await list({ filter: { companyId: 'not-a-uuid' } })).json()).toEqual([]);
  });

  it('filters by report date, a bare date meaning the whole day in Almaty', async () => {
    const names = async (filter: Record<string, unknown>) => titles(await (await inCompany(filter)).json()).map((title) => title.split(/[: ]/)[0]);
    expect(await names({ reportedFrom: '2025-03-10', reportedTo: '2025-06-02' })).toEqual(['Bravo', 'Charlie']);
    expect(await names({ reportedTo: '2025-03-09' })).toEqual(['Alpha']);
    expect(await names({ reportedFrom: '2025-06-02T05:00:00.001Z' })).toEqual(['Delta']);
    // 2025-01-06T10:00Z is 15:00 in Almaty: inside that Almaty day.
    expect(await names({ reportedFrom: '2025-01-06', reportedTo: '2025-01-06' })).toEqual(['Alpha']);
  });

  it('searches title and description by word beginnings, in any case and script', async () => {
    const names = async (q: string) => titles(await (await inCompany({ q })).json()).map((title) => title.split(/[: ]/)[0]);
    expect(await names('kaspi')).toEqual(['Alpha']);
    expect(await names('УТЕЧКА КЛИЕНТ')).toEqual(['Alpha']);
    expect(await names('қазақ')).toEqual(['Delta']);
    expect(await names('e-mail')).toEqual(['Bravo']);
    expect(await names('mail')).toEqual(['Bravo']);
    expect(await names('clinic passwords')).toEqual([]);
    expect(await names("o'brien & | ! (:*) \\")).toEqual([]);
    expect(await names('   ')).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
  });

  it('fetches several by id (getMany)', async () => {
    const response = await list({ filter: { id: [byTitle.Alpha.id, byTitle.Delta.id, 'nonsense'] } });
    expect(titles(await response.json()).sort()).toEqual(['Alpha: утечка базы Kaspi.kz клиентов', 'Delta passwords']);
  });

  it('refuses unknown filter values and sort fields with 400', async () => {
    const errors = async (query: Record<string, unknown>) => (await (await list(query)).json()).errors;
    expect(await errors({ filter: { status: 'published' } })).toEqual({ 'filter.status': 'unknown status "published"' });
    expect(await errors({ filter: { dataClass: 'dna' } })).toEqual({ 'filter.dataClass': 'unknown data class "dna"' });
    expect(await errors({ filter: { late: 'maybe' } })).toEqual({ 'filter.late': 'must be true or false' });
    expect(await errors({ filter: { reportedFrom: 'yesterday' } })).toEqual({ 'filter.reportedFrom': expect.stringMatching(/date/) });
    expect((await errors({ sort: ['search', 'ASC'] })).sort).toMatch(/cannot sort by search/);
  });
});

describe('dashboard figures', () => {
  it('counts breaches by status and month, late and on-time reports, data classes and top companies', async () => {
    const fresh = await createCompany('Dashboard Top Co');
    const now = new Date();
    const recent = new Date(now.getTime() - 3 * 24 * 3600_000);
    await post({ companyId: fresh.id, discoveredAt: recent.toISOString(), reportedAt: recent.toISOString(), occurredAt: null, dataClasses: ['biometric'], recordsClaimed: 10_000_000 });
    const stats: AdminStats = await (await testApp.request('GET', '/api/v1/admin/stats', { token: await testApp.signInAs('auditor') })).json();

    const [{ total, late, rejected }] = await sql<{ total: number; late: number; rejected: number }>(
      testApp.databaseUrl,
      `SELECT count(*)::int AS total,
              (count(*) FILTER (WHERE reported_late AND status NOT IN ('rejected', 'retracted')))::int AS late,
              (count(*) FILTER (WHERE status IN ('rejected', 'retracted')))::int AS rejected
         FROM breaches`,
    );
    expect(stats.breaches.total).toBe(total);
    expect(Object.values(stats.breaches.byStatus).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(stats.breaches.late).toBe(late);
    expect(stats.breaches.late + stats.breaches.onTime).toBe(total - rejected);

    expect(stats.breaches.perMonth).toHaveLength(12);
    expect(stats.breaches.perMonth[11].month).toBe(now.toISOString().slice(0, 7));
    const thisMonth = stats.breaches.perMonth.find((month) => month.month === recent.toISOString().slice(0, 7))!;
    expect(thisMonth.draft).toBeGreaterThanOrEqual(1);
    expect(Object.keys(thisMonth).sort()).toEqual(['awaiting-approval', 'closed', 'confirmed', 'draft', 'investigating', 'month', 'rejected', 'retracted']);

    expect(stats.exposuresByDataClass).toHaveLength(15);
    expect(stats.exposuresByDataClass.find((row) => row.dataClass === 'biometric')!.recordsClaimed).toBeGreaterThanOrEqual(10_000_000);
    expect(stats.exposuresByDataClass.find((row) => row.dataClass === 'vehicle_plate')).toEqual({ dataClass: 'vehicle_plate', recordsClaimed: 0, exposures: 0 });

    expect(stats.topCompanies[0]).toEqual({ companyId: fresh.id, name: 'Dashboard Top Co', peopleExposed: 10_000_000 });
    expect(stats.topCompanies.length).toBeLessThanOrEqual(10);
  });
});
