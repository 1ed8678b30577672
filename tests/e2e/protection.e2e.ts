import type { LiftCreated, MeRestriction } from '@qorgau/shared';
import { citizenToken, newIin } from '../harness/factories';
import { bankSees, createLender, type Lender } from '../harness/restricted-people';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Protection by choice (SPEC §3.4): a person restricts themselves, at once, for up to a year; it is
 * lifted by the same rules as any restriction.
 */
const COOLING_OFF_SECONDS = 1;
const DAY = 86_400_000;

let testApp: TestApp;
let bank: Lender;
beforeAll(async () => {
  testApp = await startTestApp({ LIFT_COOLING_OFF_SECONDS: String(COOLING_OFF_SECONDS) });
  bank = await createLender(testApp, await testApp.signInAs('admin'), 'bank');
});
afterAll(() => testApp.close());

const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();
const protect = (token: string, body: Record<string, unknown>, language = 'en') =>
  testApp.request('POST', '/api/v1/me/protection', { token, body, headers: { 'accept-language': language } });

it('restricts a person with no breach at once, until the time they chose', async () => {
  const iin = newIin();
  const token = await citizenToken(testApp, iin);
  expect(await bankSees(testApp, bank, iin)).toBe(false);
  const until = inFuture(180 * DAY);
  const response = await protect(token, { until });
  expect(response.status).toBe(201);
  const restriction: MeRestriction = await response.json();
  expect(restriction).toEqual({ id: expect.any(String), breachId: null, startsAt: expect.any(String), endsAt: until });
  expect(await bankSees(testApp, bank, iin)).toBe(true);
  const answer = await (await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=p-1`, { token: bank.key })).json();
  expect(answer.restrictedUntil).toBe(until);
  expect(await (await testApp.request('GET', '/api/v1/me/protection', { token })).json()).toEqual([restriction]);
});

it('is lifted by the lift rules, and placed again it restricts again at once', async () => {
  const iin = newIin();
  const token = await citizenToken(testApp, iin);
  await protect(token, { until: inFuture(30 * DAY) });
  const lift: LiftCreated = await (await testApp.request('POST', '/api/v1/me/lifts', { token, body: { kind: 'permanent' } })).json();
  expect(await bankSees(testApp, bank, iin)).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, Date.parse(lift.effectiveAt) - Date.now() + 100));
  expect(await bankSees(testApp, bank, iin)).toBe(false);

  // Choosing protection again restricts at once, though the permanent lift is in force.
  expect((await protect(token, { until: inFuture(60 * DAY) })).status).toBe(201);
  expect(await bankSees(testApp, bank, iin)).toBe(true);
});

it.each<[string, () => Record<string, unknown>, string]>([
  ['an end in the past', () => ({ until: inFuture(-DAY) }), 'protection-until-in-past'],
  ['more than a year ahead', () => ({ until: inFuture(366 * DAY) }), 'protection-too-long'],
  ['a date that is not a date', () => ({ until: 'next spring' }), 'invalid-date'],
  ['no date at all', () => ({}), 'invalid-date'],
])('refuses %s, in the person’s language', async (_name, body, code) => {
  const token = await citizenToken(testApp, newIin());
  const response = await protect(token, body(), 'ru');
  expect(response.status).toBe(400);
  const problem = await response.json();
  expect(problem).toMatchObject({ code, errors: { until: expect.stringMatching(/[а-яё]/i) } });
});
