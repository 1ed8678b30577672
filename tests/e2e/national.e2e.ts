import type { Breach, BreachTransition, Company, ConfirmationImpact } from '@qorgau/shared';
import { auditEventsOf, citizenToken, createBreach, createCompany, loadExposures, moveBreach, newIin, waitForRestrictionJobs } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

const DAY = 86_400_000;

let testApp: TestApp;
let admin: string;
let analyst: string;
let company: Company;
beforeAll(async () => {
  testApp = await startTestApp();
  analyst = await testApp.signInAs('analyst');
  admin = await testApp.signInAs('admin');
  company = await createCompany(testApp, admin, { name: 'Whole Country Telecom JSC', sector: 'telecom' });
});
afterAll(() => testApp.close());

const transition = (breachId: string, body: Record<string, unknown>, token = analyst) =>
  testApp.request('POST', `/api/v1/admin/breaches/${breachId}/transitions`, { token, body });
const csvOf = (iins: string[], phones: string[] = []) => `iin,phone\n${iins.map((iin) => `${iin},`).join('\n')}\n${phones.map((phone) => `,${phone}`).join('\n')}\n`;
const timelineOf = async (breachId: string): Promise<BreachTransition[]> =>
  (await testApp.request('GET', `/api/v1/admin/breaches/${breachId}/transitions`, { token: analyst })).json();

describe('the dry run of a confirmation', () => {
  it('counts the people it would restrict, those already restricted elsewhere, and the end it would give, and changes nothing', async () => {
    const people = Array.from({ length: 6 }, () => newIin());
    const [inConfirmedBreach, protectedByChoice, inInvestigatedBreach] = people;

    const other = await createBreach(testApp, analyst, company.id);
    await loadExposures(testApp, analyst, other.id, csvOf([inConfirmedBreach]));
    await moveBreach(testApp, analyst, other.id, ['investigating', 'confirmed']);
    await waitForRestrictionJobs(testApp, analyst, other.id);
    const stillInvestigated = await createBreach(testApp, analyst, company.id);
    await loadExposures(testApp, analyst, stillInvestigated.id, csvOf([inInvestigatedBreach]));
    await moveBreach(testApp, analyst, stillInvestigated.id, ['investigating']);
    const until = new Date(Date.now() + 30 * DAY).toISOString();
    expect((await testApp.request('POST', '/api/v1/me/protection', { token: await citizenToken(testApp, protectedByChoice), body: { until } })).status).toBe(201);

    const breach = await createBreach(testApp, analyst, company.id, { restrictionDays: 45 });
    // Phones restrict no one; a duplicate IIN is one person.
    await loadExposures(testApp, analyst, breach.id, csvOf([...people, people[3]], ['+77010000001', '+77010000002']));
    await moveBreach(testApp, analyst, breach.id, ['investigating']);
    const before = { breach: await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: analyst })).json(), audit: await auditEventsOf(testApp, admin, breach.id) };

    const askedAt = Date.now();
    const response = await transition(breach.id, { to: 'confirmed', dryRun: true });
    expect(response.status).toBe(200);
    const impact: ConfirmationImpact = await response.json();
    expect(impact).toMatchObject({ wouldRestrict: 6, alreadyRestricted: 2 });
    const restrictedUntil = Date.parse(impact.restrictedUntil);
    expect(restrictedUntil).toBeGreaterThanOrEqual(askedAt + 45 * DAY);
    expect(restrictedUntil).toBeLessThanOrEqual(Date.now() + 45 * DAY);

    const after: Breach = await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: analyst })).json();
    expect(after).toEqual(before.breach);
    expect(after.status).toBe('investigating');
    expect(await auditEventsOf(testApp, admin, breach.id)).toEqual(before.audit);
    expect((await timelineOf(breach.id)).map((move) => move.to)).toEqual(['investigating']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sql(testApp.databaseUrl, 'SELECT 1 FROM restriction_jobs WHERE breach_id = $1', [breach.id])).toEqual([]);
  });

  it('is refused as the confirmation would be, and only confirmations have one', async () => {
    const draft = await createBreach(testApp, analyst, company.id);
    const fromDraft = await transition(draft.id, { to: 'confirmed', dryRun: true });
    expect(fromDraft.status).toBe(409);

    const notConfirmation = await transition(draft.id, { to: 'investigating', dryRun: true });
    expect(notConfirmation.status).toBe(400);
    expect((await notConfirmation.json()).errors).toHaveProperty('dryRun');

    const notBoolean = await transition(draft.id, { to: 'confirmed', dryRun: 'yes', reason: 'why not' });
    expect(notBoolean.status).toBe(400);
    expect((await notBoolean.json()).errors).toHaveProperty('dryRun');

    // Without dryRun a reason is still required.
    const withoutReason = await transition(draft.id, { to: 'investigating' });
    expect(withoutReason.status).toBe(400);
    expect((await withoutReason.json()).errors).toHaveProperty('reason');
  });
});
