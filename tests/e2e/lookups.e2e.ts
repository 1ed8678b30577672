import type { AdminNotification, AuditEvent, LookupAlert } from '@qorgau/shared';
import { listQuery, newIin } from '../harness/factories';
import { restrictedPeople } from '../harness/restricted-people';
import { startTestApp, type TestApp } from '../harness/test-app';

/** SPEC §3.9 and its default: more than 20 look-ups by one account within an hour raise an alert. */
const LIMIT = 20;
const REASON = 'The person called about a refused loan.';

let testApp: TestApp;
let admin: string;
let reviewer: string;
let person: string;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  reviewer = await testApp.signInAs('reviewer');
  person = (await restrictedPeople(testApp, admin, 1)).iins[0];
});
afterAll(() => testApp.close());

const lookUp = (token: string, filter: Record<string, unknown>) =>
  testApp.request('GET', `/api/v1/admin/restrictions?${listQuery({ filter })}`, { token });
const auditList = (token: string, query: Record<string, unknown>) => testApp.request('GET', `/api/v1/admin/audit-events?${listQuery(query)}`, { token });
const alerts = async (): Promise<LookupAlert[]> => (await testApp.request('GET', '/api/v1/admin/lookup-alerts', { token: admin })).json();
const emailOf = async (token: string): Promise<string> => ((await (await testApp.request('GET', '/api/v1/auth/me', { token })).json()) as { email: string }).email;

describe('a person look-up (SPEC §3.9)', () => {
  it('needs a reason of at least 10 characters, and says so without echoing the IIN', async () => {
    for (const filter of [{ iin: person }, { iin: person, reason: '' }, { iin: person, reason: '  too short ' }, { iin: person, reason: 42 }]) {
      const response = await lookUp(reviewer, filter);
      expect(response.status).toBe(400);
      const problem = await response.json();
      expect(problem.errors).toEqual({ 'filter.reason': expect.stringContaining('at least 10 characters') });
      expect(JSON.stringify(problem)).not.toContain(person);
    }
    // A bad IIN and a missing reason are named together.
    const both = await (await lookUp(reviewer, { iin: '123' })).json();
    expect(Object.keys(both.errors).sort()).toEqual(['filter.iin', 'filter.reason']);
    // Browsing a breach needs no reason: no one is looked up.
    expect((await lookUp(reviewer, {})).status).toBe(200);
  });

  it('is an audit event with who, why and the person’s hash prefix, never the IIN', async () => {
    const account = await testApp.signInAs('reviewer');
    const response = await lookUp(account, { iin: person, reason: `  ${REASON}  ` });
    expect(response.status).toBe(200);
    const [restriction] = await response.json();

    const email = await emailOf(account);
    const events: AuditEvent[] = await (await auditList(admin, { filter: { actorEmail: email.toUpperCase(), action: 'restriction.looked-up' } })).json();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorEmail: email,
      actorRole: 'reviewer',
      action: 'restriction.looked-up',
      entityType: 'person',
      entityId: restriction.personRef,
      changes: { personRef: { before: null, after: restriction.personRef }, reason: { before: null, after: REASON } },
    });
    expect(JSON.stringify(events)).not.toContain(person);
  });

  it('raises one alert for admins when one account makes more than LOOKUP_ALERT_PER_HOUR look-ups in an hour', async () => {
    const insider = await testApp.signInAs('reviewer');
    const bystander = await testApp.signInAs('reviewer');
    const before = (await alerts()).length;
    for (let index = 0; index < LIMIT; index++) expect((await lookUp(insider, { iin: newIin(), reason: `${REASON} #${index}` })).status).toBe(200);
    // Another account's look-ups count for that account only.
    expect((await lookUp(bystander, { iin: person, reason: REASON })).status).toBe(200);
    expect(await alerts()).toHaveLength(before);

    // The 21st look-up crosses the limit; more in the same hour raise no other alert.
    expect((await lookUp(insider, { iin: person, reason: REASON })).status).toBe(200);
    for (let index = 0; index < 4; index++) await lookUp(insider, { iin: newIin(), reason: REASON });
    const raised = await alerts();
    expect(raised).toHaveLength(before + 1);
    const email = await emailOf(insider);
    expect(raised[0]).toEqual({
      id: expect.any(String),
      actorId: expect.any(String),
      actorEmail: email,
      actorRole: 'reviewer',
      lookups: LIMIT + 1,
      limit: LIMIT,
      raisedAt: expect.any(String),
    });

    const audited: AuditEvent[] = await (await auditList(admin, { filter: { action: 'restriction.lookup-alert-raised' } })).json();
    expect(audited.filter((event) => event.actorEmail === email)).toHaveLength(1);
    expect(audited.find((event) => event.actorEmail === email)).toMatchObject({ entityType: 'lookup-alert', entityId: raised[0].id });

    // And a message to each active admin (this one and the bootstrap admin) in the outbox: with no
    // SMTP configured, written for channel `none`, never sent, shown as it would have gone.
    const outbox: AdminNotification[] = await (
      await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter: { type: 'lookup.alert' } })}`, { token: admin })
    ).json();
    expect(outbox).toHaveLength(2);
    for (const message of outbox) {
      expect(message).toMatchObject({ channel: 'none', channelConfigured: false, status: 'pending', personRef: null, to: { email: expect.stringContaining('***@') } });
      expect(message.text).toContain(`the reviewer account ${email} made ${LIMIT + 1} person look-ups`);
    }

    // Only administrators read the alerts.
    expect((await testApp.request('GET', '/api/v1/admin/lookup-alerts', { token: insider })).status).toBe(403);
    expect((await testApp.request('GET', '/api/v1/admin/lookup-alerts')).status).toBe(401);
  });
});

describe('the audit list’s filters', () => {
  it('filters by actor and by event kind', async () => {
    const account = await testApp.signInAs('reviewer');
    await lookUp(account, { iin: person, reason: REASON });
    const me: { id: string } = await (await testApp.request('GET', '/api/v1/auth/me', { token: account })).json();
    const byActor: AuditEvent[] = await (await auditList(admin, { filter: { actorId: me.id } })).json();
    expect(byActor.length).toBeGreaterThanOrEqual(1);
    expect(new Set(byActor.map((event) => event.actorId))).toEqual(new Set([me.id]));
    const kinds: AuditEvent[] = await (await auditList(admin, { filter: { action: ['restriction.looked-up', 'restriction.lookup-alert-raised'] }, range: [0, 999] })).json();
    expect(new Set(kinds.map((event) => event.action))).toEqual(new Set(['restriction.looked-up', 'restriction.lookup-alert-raised']));
    const today = new Date().toISOString().slice(0, 10);
    expect((await auditList(admin, { filter: { from: today, to: new Date(Date.now() + 60_000).toISOString(), actorId: me.id } })).status).toBe(200);
    const [first]: AuditEvent[] = await (await auditList(admin, { sort: ['id', 'ASC'], range: [0, 0] })).json();
    expect(((await (await auditList(admin, { filter: { id: [first.id] } })).json()) as AuditEvent[]).map((event) => event.id)).toEqual([first.id]);
  });

  it.each([
    ['from', 'yesterday'],
    ['to', '2025-02-30'],
    ['from', 42],
    ['id', ['1', 'x']],
    ['id', 'drop table'],
    ['actorId', 'not-a-uuid'],
    ['action', 7],
  ])('refuses a malformed %s (%p) with a 400 naming it', async (field, value) => {
    const response = await auditList(admin, { filter: { [field]: value } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toHaveProperty([`filter.${field}`]);
  });
});
