import type { AdminDispute, Breach, Dispute, DisputeCreated } from '@qorgau/shared';
import { auditEventsOf, citizenToken, createBreach, createCompany, listQuery, loadExposures, newIin } from '../harness/factories';
import { bankSees, createLender, restrictedPeople, type Lender } from '../harness/restricted-people';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Disputes (SPEC §3.4, §5.3): a person disputes their exposure in a breach; a reviewer accepts —
 * the exposure and the restriction it caused are gone, the breach's counts follow, all audited —
 * or rejects with a reason; the person reads the outcome.
 */
let testApp: TestApp;
let admin: string;
let reviewer: string;
let bank: Lender;
let breach: Breach;
let people: string[];

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  reviewer = await testApp.signInAs('reviewer');
  bank = await createLender(testApp, admin, 'bank');
  ({ breach, iins: people } = await restrictedPeople(testApp, admin, 5));
});
afterAll(() => testApp.close());

const dispute = (token: string, body: Record<string, unknown>, language = 'en') =>
  testApp.request('POST', '/api/v1/me/disputes', { token, body, headers: { 'accept-language': language } });
const decide = (id: string, body: Record<string, unknown>, token = reviewer) => testApp.request('POST', `/api/v1/admin/disputes/${id}/decision`, { token, body });
const breachCounts = async (id: string) => (await (await testApp.request('GET', `/api/v1/admin/breaches/${id}`, { token: admin })).json()) as Breach;

describe('a citizen', () => {
  it('disputes an exposure, once at a time, and sees it open', async () => {
    const token = await citizenToken(testApp, people[0]);
    const response = await dispute(token, { breachId: breach.id, reason: 'never_customer', text: 'I never shopped there.' });
    expect(response.status).toBe(201);
    const created: DisputeCreated = await response.json();
    expect(created).toEqual({ id: expect.any(String), status: 'open' });

    const again = await dispute(token, { breachId: breach.id, reason: 'not_mine', text: '' }, 'ru');
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'dispute-already-open', detail: expect.stringMatching(/спор/) });

    const listed: Dispute[] = await (await testApp.request('GET', '/api/v1/me/disputes', { token })).json();
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, breachId: breach.id, breachTitle: breach.title, reason: 'never_customer', status: 'open', decisionReason: null }),
    ]);
  });

  it('cannot dispute a breach they are not in (404), nor one they are not shown', async () => {
    const stranger = await citizenToken(testApp, newIin());
    const response = await dispute(stranger, { breachId: breach.id, reason: 'not_mine' }, 'kk');
    expect(response.status).toBe(404);
    const problem = await response.json();
    expect(problem).toMatchObject({ code: 'dispute-breach-not-found', errors: { breachId: expect.any(String) } });
    expect(problem.detail).toMatch(/[әғқңөұүһі]/);

    // In a draft breach: not shown to the person, so not disputable either.
    const company = await createCompany(testApp, admin);
    const draft = await createBreach(testApp, admin, company.id);
    const iin = newIin();
    await loadExposures(testApp, admin, draft.id, `iin\n${iin}\n`);
    expect((await dispute(await citizenToken(testApp, iin), { breachId: draft.id, reason: 'not_mine' })).status).toBe(404);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown reason', { breachId: '00000000-0000-4000-8000-000000000000', reason: 'bored' }, 'reason', 'invalid-dispute-reason'],
    ['a malformed breach id', { breachId: 'breach-1', reason: 'not_mine' }, 'breachId', 'invalid-id'],
    ['"other" without a word of explanation', { breachId: '00000000-0000-4000-8000-000000000000', reason: 'other', text: '  ' }, 'text', 'field-required'],
    ['a text over 2000 characters', { breachId: '00000000-0000-4000-8000-000000000000', reason: 'other', text: 'x'.repeat(2001) }, 'text', 'text-too-long'],
  ])('is refused %s (400, the field named)', async (_name, body, field, code) => {
    const response = await dispute(await citizenToken(testApp, people[4]), body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code, errors: { [field]: expect.any(String) } });
  });
});

describe('a reviewer', () => {
  it('sees the queue open first, and a decided dispute never twice', async () => {
    const token = await citizenToken(testApp, people[1]);
    const { id } = await (await dispute(token, { breachId: breach.id, reason: 'not_mine', text: 'Not my number.' })).json();
    const reason = 'The company’s records show a purchase in this person’s name with their document.';
    const rejected = await decide(id, { outcome: 'rejected', reason });
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({ id, status: 'rejected', decisionReason: reason, decidedByEmail: expect.stringContaining('reviewer') });
    expect((await decide(id, { outcome: 'accepted', reason: 'changed my mind' })).status).toBe(409);

    const queue: AdminDispute[] = await (await testApp.request('GET', `/api/v1/admin/disputes?${listQuery({ sort: ['queue', 'ASC'] })}`, { token: reviewer })).json();
    const statuses = queue.map((item) => item.status);
    expect(statuses.indexOf('rejected')).toBeGreaterThan(statuses.lastIndexOf('open'));
    expect(JSON.stringify(queue)).not.toContain(people[1]);
    expect(queue[0].personRef).toMatch(/^[0-9a-f]{8}$/);

    // The person reads the outcome and the reason, still restricted.
    const [seen]: Dispute[] = await (await testApp.request('GET', '/api/v1/me/disputes', { token })).json();
    expect(seen).toMatchObject({ status: 'rejected', decisionReason: reason, decidedAt: expect.any(String) });
    expect(await bankSees(testApp, bank, people[1])).toBe(true);
  });

  it('accepting removes the exposure and the restriction it caused, in the counts and the audit trail', async () => {
    const iin = people[2];
    const token = await citizenToken(testApp, iin);
    expect(await bankSees(testApp, bank, iin)).toBe(true);
    const before = await breachCounts(breach.id);
    const { id } = await (await dispute(token, { breachId: breach.id, reason: 'not_mine', text: 'That IIN was mistyped in their database.' })).json();

    const reason = 'The company confirmed the record belongs to someone else.';
    const accepted = await decide(id, { outcome: 'accepted', reason });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ status: 'accepted', decisionReason: reason });

    expect(await bankSees(testApp, bank, iin)).toBe(false);
    const me = await (await testApp.request('GET', '/api/v1/me', { token })).json();
    expect(me).toMatchObject({ restricted: false, exposures: [] });
    const after = await breachCounts(breach.id);
    expect(after.exposureCount).toBe(before.exposureCount - 1);
    expect(after.restrictedCount).toBe(before.restrictedCount - 1);
    const [{ restrictions }] = await sql<{ restrictions: number }>(testApp.databaseUrl, `SELECT count(*)::int AS restrictions FROM restrictions WHERE breach_id = $1`, [breach.id]);
    expect(restrictions).toBe(after.restrictedCount);
    // Everyone else in the breach stays restricted.
    expect(await bankSees(testApp, bank, people[3])).toBe(true);

    const [seen]: Dispute[] = await (await testApp.request('GET', '/api/v1/me/disputes', { token })).json();
    expect(seen).toMatchObject({ id, status: 'accepted', decisionReason: reason, breachTitle: breach.title });
    // With the exposure gone, there is nothing left to dispute.
    expect((await dispute(token, { breachId: breach.id, reason: 'not_mine' })).status).toBe(404);

    expect((await auditEventsOf(testApp, admin, id)).map((event) => event.action)).toEqual(['dispute.accepted']);
    const [removal] = (await auditEventsOf(testApp, admin, breach.id)).filter((event) => event.action === 'breach.exposure-removed');
    expect(removal).toMatchObject({ actorRole: 'reviewer', changes: { exposureCount: { before: before.exposureCount, after: before.exposureCount - 1 } } });
  });

  it('must give a reason and an outcome; an auditor may read but not decide', async () => {
    const token = await citizenToken(testApp, people[3]);
    const { id } = await (await dispute(token, { breachId: breach.id, reason: 'never_customer' })).json();
    expect((await decide(id, { outcome: 'accepted' })).status).toBe(400);
    expect((await decide(id, { outcome: 'maybe', reason: 'unsure' })).status).toBe(400);
    const auditor = await testApp.signInAs('auditor');
    expect((await decide(id, { outcome: 'rejected', reason: 'no' }, auditor)).status).toBe(403);
    expect((await testApp.request('GET', `/api/v1/admin/disputes/${id}`, { token: auditor })).status).toBe(200);
    expect((await testApp.request('GET', '/api/v1/admin/disputes/00000000-0000-4000-8000-000000000000', { token: reviewer })).status).toBe(404);
  });
});
