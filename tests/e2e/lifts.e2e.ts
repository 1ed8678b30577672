import { SCAM_WARNING, type AdminLift, type Lift, type LiftCreated } from '@qorgau/shared';
import { auditEventsOf, citizenToken, listQuery, newBin, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';
import { bankSees, createLender, restrictedPeople, type Lender } from '../harness/restricted-people';

/**
 * Lifts (SPEC §3.3, §5.3) through the HTTP API: the rules refuse what they must, in the person's
 * language; a lift takes effect after the cooling-off and frees only the lenders it names, as the
 * bank API shows; cancelling — by the person or by a reviewer — restores the restriction at once.
 */
const COOLING_OFF_SECONDS = 2;
const DAY = 86_400_000;

let testApp: TestApp;
let admin: string;
let reviewer: string;
let bank: Lender;
let otherBank: Lender;
let mfo: Lender;
let people: string[];


beforeAll(async () => {
  testApp = await startTestApp({ LIFT_COOLING_OFF_SECONDS: String(COOLING_OFF_SECONDS) });
  admin = await testApp.signInAs('admin');
  reviewer = await testApp.signInAs('reviewer');
  [bank, otherBank, mfo] = await Promise.all([createLender(testApp, admin, 'bank'), createLender(testApp, admin, 'bank'), createLender(testApp, admin, 'mfo')]);
  ({ iins: people } = await restrictedPeople(testApp, admin, 8));
});
afterAll(() => testApp.close());

const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function askForLift(token: string, body: Record<string, unknown>, language?: string) {
  return testApp.request('POST', '/api/v1/me/lifts', { token, body, headers: language ? { 'accept-language': language } : {} });
}

async function liftFor(iin: string, body: Record<string, unknown>): Promise<{ token: string; lift: LiftCreated }> {
  const token = await citizenToken(testApp, iin);
  const response = await askForLift(token, body);
  expect(response.status).toBe(201);
  return { token, lift: await response.json() };
}

/** Waits out the cooling-off of a lift. */
async function untilEffective(lift: LiftCreated) {
  await sleep(Math.max(0, Date.parse(lift.effectiveAt) - Date.now()) + 100);
}

describe('asking for a lift', () => {
  let token: string;
  beforeAll(async () => {
    token = await citizenToken(testApp, newIin());
  });

  it.each<[string, () => Record<string, unknown>, string, string]>([
    ['a window over 30 days', () => ({ kind: 'temporary', until: inFuture(31 * DAY) }), 'until', 'lift-window-too-long'],
    ['a window in the past', () => ({ kind: 'temporary', from: inFuture(-3 * DAY), until: inFuture(-DAY) }), 'from', 'lift-from-in-past'],
    ['an end in the past', () => ({ kind: 'temporary', until: inFuture(-DAY) }), 'until', 'lift-until-in-past'],
    ['an end before the cooling-off is over', () => ({ kind: 'temporary', until: inFuture(1000) }), 'until', 'lift-ends-before-effective'],
    ['an end before its start', () => ({ kind: 'temporary', from: inFuture(5 * DAY), until: inFuture(4 * DAY) }), 'until', 'lift-until-before-from'],
    ['a temporary lift without an end', () => ({ kind: 'temporary' }), 'until', 'lift-until-required'],
    ['a permanent lift with an end', () => ({ kind: 'permanent', until: inFuture(5 * DAY) }), 'until', 'lift-until-not-allowed'],
    ['an invalid lender BIN', () => ({ kind: 'permanent', lenderBin: '123456789012' }), 'lenderBin', 'lender-bin-invalid'],
    ['both a kind of lender and a BIN', () => ({ kind: 'permanent', lenderKind: 'bank', lenderBin: newBin() }), 'lenderBin', 'lift-scope-conflict'],
    ['an unknown kind', () => ({ kind: 'forever' }), 'kind', 'invalid-lift-kind'],
    ['a date without a time zone', () => ({ kind: 'temporary', until: '2030-01-01' }), 'until', 'invalid-date'],
  ])('refuses %s with a 400 naming the field', async (_name, body, field, code) => {
    const response = await askForLift(token, body(), 'en');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 400, code, type: `urn:qorgau:problem:${code}` });
    expect(Object.keys(problem.errors)).toContain(field);
    expect(problem.detail).toContain(problem.errors[field]);
  });

  it('explains a refusal in the language asked for, Kazakh by default, with the scam warning', async () => {
    const body = { kind: 'temporary', until: inFuture(40 * DAY) };
    const details: Record<string, string> = {};
    for (const [language, header] of [['kk', undefined], ['ru', 'ru-RU,ru;q=0.9,en;q=0.8'], ['en', 'en-GB'], ['kk', 'de-DE']] as const) {
      const problem = await (await askForLift(token, body, header)).json();
      expect(problem.code).toBe('lift-window-too-long');
      expect(problem.detail).toContain('30');
      expect(problem.detail).toContain(SCAM_WARNING[language]);
      details[header ?? 'none'] = problem.errors.until;
    }
    expect(details.none).toBe(details['de-DE']);
    expect(new Set(Object.values(details)).size).toBe(3);
    expect(details['ru-RU,ru;q=0.9,en;q=0.8']).toMatch(/дней/);
  });

  it('refuses a fourth request in 30 days, cancelled ones counting, and says from when the next is possible', async () => {
    const { token: own, lift: first } = await liftFor(newIin(), { kind: 'permanent' });
    expect((await testApp.request('DELETE', `/api/v1/me/lifts/${first.id}`, { token: own })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await askForLift(own, { kind: 'temporary', until: inFuture(3 * DAY) })).status).toBe(201);
    const response = await askForLift(own, { kind: 'permanent' }, 'ru');
    expect(response.status).toBe(429);
    const problem = await response.json();
    expect(problem.code).toBe('lift-quota-exceeded');
    expect(problem.detail).toMatch(/3/);
    expect(Date.parse(problem.nextAllowedAt)).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(await (await testApp.request('GET', '/api/v1/me/lifts', { token: own })).json()).toHaveLength(3);
  });

  it('lets only 3 of many simultaneous requests through', async () => {
    const own = await citizenToken(testApp, newIin());
    const statuses = await Promise.all(Array.from({ length: 6 }, () => askForLift(own, { kind: 'permanent' }).then((response) => response.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it('needs an identity token', async () => {
    expect((await testApp.request('POST', '/api/v1/me/lifts', { body: { kind: 'permanent' } })).status).toBe(401);
    expect((await testApp.request('GET', '/api/v1/me/lifts', { token: admin })).status).toBe(401);
  });
});

describe('a lift in force', () => {
  it('is pending during the cooling-off, frees the person for every lender once effective, and cancelling restricts again at once', async () => {
    const iin = people[0];
    expect(await bankSees(testApp, bank, iin)).toBe(true);
    const before = Date.now();
    const { token, lift } = await liftFor(iin, { kind: 'temporary', until: inFuture(10 * DAY) });
    expect(lift.status).toBe('pending');
    expect(Date.parse(lift.effectiveAt)).toBeGreaterThanOrEqual(before + COOLING_OFF_SECONDS * 1000);
    expect(Date.parse(lift.effectiveAt)).toBeLessThanOrEqual(Date.now() + COOLING_OFF_SECONDS * 1000);

    const [listed]: Lift[] = await (await testApp.request('GET', '/api/v1/me/lifts', { token })).json();
    expect(listed).toMatchObject({ id: lift.id, kind: 'temporary', status: 'pending', lenderKind: null, lenderBin: null, cancelledBy: null });
    // Pending: still restricted, whatever a caller on the phone says.
    expect(await bankSees(testApp, bank, iin)).toBe(true);

    await untilEffective(lift);
    expect(await bankSees(testApp, bank, iin)).toBe(false);
    expect(await bankSees(testApp, mfo, iin)).toBe(false);
    expect((await (await testApp.request('GET', '/api/v1/me/lifts', { token })).json())[0].status).toBe('effective');

    const cancelled = await testApp.request('DELETE', `/api/v1/me/lifts/${lift.id}`, { token });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ id: lift.id, status: 'cancelled', cancelledBy: 'citizen', cancelReason: null });
    expect(await bankSees(testApp, bank, iin)).toBe(true);
    // Cancelling again changes nothing.
    expect((await testApp.request('DELETE', `/api/v1/me/lifts/${lift.id}`, { token })).status).toBe(200);
  });

  it('for one lender by BIN frees only that lender', async () => {
    const iin = people[1];
    const { lift } = await liftFor(iin, { kind: 'permanent', lenderBin: bank.bin });
    await untilEffective(lift);
    expect(await bankSees(testApp, bank, iin)).toBe(false);
    expect(await bankSees(testApp, otherBank, iin)).toBe(true);
    expect(await bankSees(testApp, mfo, iin)).toBe(true);
  });

  it('for MFOs only frees MFOs only', async () => {
    const iin = people[2];
    const { lift } = await liftFor(iin, { kind: 'temporary', until: inFuture(DAY), lenderKind: 'mfo' });
    await untilEffective(lift);
    expect(await bankSees(testApp, mfo, iin)).toBe(false);
    expect(await bankSees(testApp, bank, iin)).toBe(true);
  });

  it('waits for its requested start, after the cooling-off', async () => {
    const iin = people[3];
    const from = inFuture(COOLING_OFF_SECONDS * 1000 + 1500);
    const { lift } = await liftFor(iin, { kind: 'temporary', from, until: inFuture(DAY) });
    expect(lift.effectiveAt).toBe(from);
    await sleep(COOLING_OFF_SECONDS * 1000 + 200);
    expect(await bankSees(testApp, bank, iin)).toBe(true);
    await untilEffective(lift);
    expect(await bankSees(testApp, bank, iin)).toBe(false);
  });

  it('is another person’s business: their lift is not found', async () => {
    const { lift } = await liftFor(people[4], { kind: 'permanent' });
    const stranger = await citizenToken(testApp, newIin());
    const response = await testApp.request('DELETE', `/api/v1/me/lifts/${lift.id}`, { token: stranger, headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'lift-not-found', detail: expect.stringContaining('You have no such lift') });
    expect((await testApp.request('DELETE', '/api/v1/me/lifts/not-a-uuid', { token: stranger })).status).toBe(404);
    expect(await (await testApp.request('GET', '/api/v1/me/lifts', { token: stranger })).json()).toEqual([]);
  });
});

describe('reviewers', () => {
  it('see lifts without identifiers, and cancel one suspected of coercion with a reason the person reads', async () => {
    const iin = people[5];
    const { token, lift } = await liftFor(iin, { kind: 'permanent' });
    await untilEffective(lift);
    expect(await bankSees(testApp, bank, iin)).toBe(false);

    const listResponse = await testApp.request('GET', `/api/v1/admin/lifts?${listQuery({ filter: { status: 'effective' }, sort: ['createdAt', 'DESC'], range: [0, 99] })}`, { token: reviewer });
    expect(listResponse.status).toBe(200);
    expect(listResponse.headers.get('content-range')).toMatch(/^lifts \d+-\d+\/\d+$/);
    const listed: AdminLift[] = await listResponse.json();
    const row = listed.find((candidate) => candidate.id === lift.id)!;
    expect(row).toMatchObject({ status: 'effective', kind: 'permanent', scope: 'all', personRef: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(JSON.stringify(listed)).not.toContain(iin);
    expect(listed.every((candidate) => candidate.status === 'effective')).toBe(true);
    const samePerson: AdminLift[] = await (await testApp.request('GET', `/api/v1/admin/lifts?${listQuery({ filter: { personRef: row.personRef } })}`, { token: reviewer })).json();
    expect(samePerson.map((candidate) => candidate.id)).toEqual([lift.id]);
    // As typed into the filter: the beginning of the reference is enough.
    const typed: AdminLift[] = await (await testApp.request('GET', `/api/v1/admin/lifts?${listQuery({ filter: { personRef: row.personRef.slice(0, 3) } })}`, { token: reviewer })).json();
    expect(typed.map((candidate) => candidate.id)).toContain(lift.id);
    expect(typed.every((candidate) => candidate.personRef.startsWith(row.personRef.slice(0, 3)))).toBe(true);

    expect((await testApp.request('POST', `/api/v1/admin/lifts/${lift.id}/cancel`, { token: reviewer, body: { reason: '  ' } })).status).toBe(400);
    const reason = 'The person called the hotline: someone posing as a bank employee dictated this request.';
    const cancel = await testApp.request('POST', `/api/v1/admin/lifts/${lift.id}/cancel`, { token: reviewer, body: { reason } });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toMatchObject({ id: lift.id, status: 'cancelled', cancelledBy: 'reviewer', cancelReason: reason });
    expect(await bankSees(testApp, bank, iin)).toBe(true);

    const [seen]: Lift[] = await (await testApp.request('GET', '/api/v1/me/lifts', { token })).json();
    expect(seen).toMatchObject({ status: 'cancelled', cancelledBy: 'reviewer', cancelReason: reason });
    expect((await testApp.request('POST', `/api/v1/admin/lifts/${lift.id}/cancel`, { token: reviewer, body: { reason } })).status).toBe(409);

    const [event] = (await auditEventsOf(testApp, admin, lift.id)).filter((candidate) => candidate.action === 'lift.cancelled');
    expect(event).toMatchObject({ entityType: 'lift', actorRole: 'reviewer', changes: { status: { before: 'effective', after: 'cancelled' } } });
  });

  it('filter and page the list, and refuse a bad filter', async () => {
    const page = await testApp.request('GET', `/api/v1/admin/lifts?${listQuery({ filter: { scope: 'lender' }, range: [0, 0] })}`, { token: reviewer });
    expect(page.headers.get('content-range')).toMatch(/^lifts 0-0\/\d+$/);
    expect((await page.json())[0].scope).toBe('lender');
    const bad = await testApp.request('GET', `/api/v1/admin/lifts?${listQuery({ filter: { status: 'asleep' } })}`, { token: reviewer });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toHaveProperty(['filter.status']);
    expect((await testApp.request('GET', '/api/v1/admin/lifts/00000000-0000-4000-8000-000000000000', { token: reviewer })).status).toBe(404);
  });
});
