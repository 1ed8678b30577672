import type { Breach, BreachTransition, Company, ConfirmationImpact, PublicBreach } from '@qorgau/shared';
import { auditEventsOf, createBreach, createCompany, loadExposures, moveBreach, newIin, waitForRestrictionJobs } from '../harness/factories';
import { bankSees, createLender, type Lender } from '../harness/restricted-people';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/** SPEC §3.9, with the threshold set low: more than 3 people need a second regulator. */
const THRESHOLD = 3;

let testApp: TestApp;
let admin: string;
let requester: string;
let approver: string;
let reviewer: string;
let lender: Lender;
let company: Company;
beforeAll(async () => {
  testApp = await startTestApp({ CONFIRM_APPROVAL_THRESHOLD: String(THRESHOLD) });
  admin = await testApp.signInAs('admin');
  requester = await testApp.signInAs('analyst');
  approver = await testApp.signInAs('analyst');
  reviewer = await testApp.signInAs('reviewer');
  lender = await createLender(testApp, admin, 'bank');
  company = await createCompany(testApp, admin, { name: 'Whole Country Registry JSC', sector: 'government' });
});
afterAll(() => testApp.close());

const transition = (breachId: string, body: Record<string, unknown>, token: string) =>
  testApp.request('POST', `/api/v1/admin/breaches/${breachId}/transitions`, { token, body });
const timelineOf = async (breachId: string): Promise<BreachTransition[]> =>
  (await testApp.request('GET', `/api/v1/admin/breaches/${breachId}/transitions`, { token: admin })).json();
const restrictionRows = async (breachId: string) =>
  (await sql<{ count: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS count FROM restrictions WHERE breach_id = $1', [breachId]))[0].count;
const publicTitles = async () => ((await (await testApp.request('GET', '/api/v1/public/breaches')).json()) as PublicBreach[]).map((breach) => breach.title);

/** An investigated, published breach of `people` fresh IINs. */
async function investigatedBreach(people: number, title: string): Promise<{ breach: Breach; iins: string[] }> {
  const iins = Array.from({ length: people }, () => newIin());
  const draft = await createBreach(testApp, requester, company.id, { published: true, title });
  await loadExposures(testApp, requester, draft.id, `iin\n${iins.join('\n')}\n`);
  return { breach: await moveBreach(testApp, requester, draft.id, ['investigating']), iins };
}

describe('a confirmation over CONFIRM_APPROVAL_THRESHOLD needs a second regulator', () => {
  it('waits in awaiting-approval restricting no one, the requester cannot approve it, and another regulator’s approval restricts from then on', async () => {
    const { breach, iins } = await investigatedBreach(THRESHOLD + 2, 'National subscriber database');

    const dryRun = await transition(breach.id, { to: 'confirmed', dryRun: true }, requester);
    expect(dryRun.status).toBe(200);
    expect((await dryRun.json()) as ConfirmationImpact).toMatchObject({ wouldRestrict: THRESHOLD + 2, alreadyRestricted: 0, needsApproval: true, approvalThreshold: THRESHOLD });

    const asked = await transition(breach.id, { to: 'confirmed', reason: 'Samples match the operator’s records.' }, requester);
    expect(asked.status).toBe(200);
    expect(((await asked.json()) as Breach).status).toBe('awaiting-approval');

    // Nobody is restricted yet: no job, no row, the bank sees everyone unrestricted, the wall shows nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await sql(testApp.databaseUrl, 'SELECT 1 FROM restriction_jobs WHERE breach_id = $1', [breach.id])).toEqual([]);
    expect(await restrictionRows(breach.id)).toBe(0);
    for (const iin of iins) expect(await bankSees(testApp, lender, iin)).toBe(false);
    expect(await publicTitles()).not.toContain('National subscriber database');
    expect((await testApp.request('GET', `/api/v1/public/breaches/${breach.id}`)).status).toBe(404);

    // The dry run from awaiting-approval still answers; this confirmation would be the approval.
    const pending = await transition(breach.id, { to: 'confirmed', dryRun: true }, approver);
    expect((await pending.json()) as ConfirmationImpact).toMatchObject({ wouldRestrict: THRESHOLD + 2, needsApproval: false });

    const ownApproval = await transition(breach.id, { to: 'confirmed', reason: 'I checked it myself twice.' }, requester);
    expect(ownApproval.status).toBe(403);
    const problem = await ownApproval.json();
    expect(ownApproval.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem).toMatchObject({ type: 'urn:qorgau:problem:approval-by-requester', status: 403 });
    expect(problem.detail).toMatch(/another admin or analyst/);
    expect(((await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: admin })).json()) as Breach).status).toBe('awaiting-approval');

    // Reviewers do not move breaches at all.
    expect((await transition(breach.id, { to: 'confirmed', reason: 'Looks right to me.' }, reviewer)).status).toBe(403);
    // awaiting-approval is never asked for by name.
    const byName = await transition(breach.id, { to: 'awaiting-approval', reason: 'Asking by name.' }, approver);
    expect(byName.status).toBe(400);
    expect((await byName.json()).errors).toHaveProperty('to');

    const approvedAt = Date.now();
    const approved = await transition(breach.id, { to: 'confirmed', reason: 'Second look: the samples are genuine.' }, approver);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as Breach).status).toBe('confirmed');
    await waitForRestrictionJobs(testApp, admin, breach.id);
    expect(await restrictionRows(breach.id)).toBe(iins.length);
    for (const iin of iins) expect(await bankSees(testApp, lender, iin)).toBe(true);
    const [{ starts_at: startsAt }] = await sql<{ starts_at: Date }>(testApp.databaseUrl, 'SELECT min(starts_at) AS starts_at FROM restrictions WHERE breach_id = $1', [breach.id]);
    // Restricted from the approval, not from the request.
    expect(startsAt.getTime()).toBeGreaterThanOrEqual(approvedAt - 1000);
    expect(await publicTitles()).toContain('National subscriber database');

    const timeline = await timelineOf(breach.id);
    expect(timeline.map((move) => [move.from, move.to])).toEqual([
      ['draft', 'investigating'],
      ['investigating', 'awaiting-approval'],
      ['awaiting-approval', 'confirmed'],
    ]);
    expect(timeline[1].actorId).not.toBe(timeline[2].actorId);

    const audit = await auditEventsOf(testApp, admin, breach.id);
    const requested = audit.find((event) => event.action === 'breach.approval-requested');
    expect(requested?.changes).toMatchObject({ status: { before: 'investigating', after: 'awaiting-approval' }, wouldRestrict: { after: THRESHOLD + 2 } });
    const approval = audit.find((event) => event.action === 'breach.approved');
    expect(approval?.changes).toMatchObject({ status: { before: 'awaiting-approval', after: 'confirmed' } });
    expect(approval?.actorEmail).not.toBe(requested?.actorEmail);
  });

  it('confirms at once at or below the threshold', async () => {
    const { breach } = await investigatedBreach(THRESHOLD, 'Small loyalty export');
    const confirmed = await transition(breach.id, { to: 'confirmed', reason: 'Small and certain.' }, requester);
    expect(((await confirmed.json()) as Breach).status).toBe('confirmed');
    await waitForRestrictionJobs(testApp, admin, breach.id);
    expect(await restrictionRows(breach.id)).toBe(THRESHOLD);
  });

  it('a decline sends it back to investigating with its reason on the timeline, and it can be asked for again', async () => {
    const { breach, iins } = await investigatedBreach(THRESHOLD + 1, 'Unverified forum dump');
    await transition(breach.id, { to: 'confirmed', reason: 'Forum post looks real.' }, requester);

    const tooShort = await transition(breach.id, { to: 'investigating', reason: 'No.' }, approver);
    expect(tooShort.status).toBe(400);
    expect((await tooShort.json()).errors).toHaveProperty('reason');

    const reason = 'The sample holds IINs that fail the operator’s own records: verify first.';
    const declined = await transition(breach.id, { to: 'investigating', reason }, approver);
    expect(declined.status).toBe(200);
    expect(((await declined.json()) as Breach).status).toBe('investigating');
    const timeline = await timelineOf(breach.id);
    expect(timeline.at(-1)).toMatchObject({ from: 'awaiting-approval', to: 'investigating', reason });
    expect((await auditEventsOf(testApp, admin, breach.id)).at(-1)).toMatchObject({ action: 'breach.declined', changes: { reason: { after: reason } } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await restrictionRows(breach.id)).toBe(0);
    expect(await bankSees(testApp, lender, iins[0])).toBe(false);

    // Asked again, and this time the requester of the first round approves the second one's request.
    const again = await transition(breach.id, { to: 'confirmed', reason: 'Verified against the operator records.' }, approver);
    expect(((await again.json()) as Breach).status).toBe('awaiting-approval');
    expect((await transition(breach.id, { to: 'confirmed', reason: 'Mine again? No.' }, approver)).status).toBe(403);
    const approved = await transition(breach.id, { to: 'confirmed', reason: 'Agreed after the verification.' }, requester);
    expect(((await approved.json()) as Breach).status).toBe('confirmed');
  });

  it('refuses a move the lifecycle does not allow from awaiting-approval, naming the allowed ones', async () => {
    const { breach } = await investigatedBreach(THRESHOLD + 1, 'Another large dump');
    await transition(breach.id, { to: 'confirmed', reason: 'Looks real to me.' }, requester);
    const rejected = await transition(breach.id, { to: 'rejected', reason: 'Not a breach after all.' }, approver);
    expect(rejected.status).toBe(409);
    expect(await rejected.json()).toMatchObject({ allowed: ['confirmed', 'investigating'] });
  });

  it('counts breaches awaiting approval on the dashboard', async () => {
    const stats = await (await testApp.request('GET', '/api/v1/admin/stats', { token: reviewer })).json();
    expect(stats.breaches.byStatus['awaiting-approval']).toBe(1);
  });
});
