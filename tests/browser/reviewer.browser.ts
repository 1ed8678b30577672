import type { Dispute, Lift, LiftCreated } from '@qorgau/shared';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { inPage, launchBrowser, submitBackOfficeSignIn } from '../harness/browser';
import { citizenToken } from '../harness/factories';
import { bankSees, createLender, restrictedPeople, type Lender } from '../harness/restricted-people';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * A reviewer in the back office (SPEC §3.3, §3.4): starts at the dispute queue, accepts a dispute
 * with a reason — the person is no longer restricted — and cancels a lift suspected of coercion with
 * a reason the person reads — the person is restricted again.
 */
const COOLING_OFF_SECONDS = 1;

let testApp: TestApp;
let browser: Browser;
let bank: Lender;
const reviewer = { email: `reviewer-${randomBytes(3).toString('hex')}@test.qorgau.kz`, password: `reviewer-password-${randomBytes(6).toString('hex')}` };

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp({ LIFT_COOLING_OFF_SECONDS: String(COOLING_OFF_SECONDS) }), launchBrowser()]);
  const admin = await testApp.signInAs('admin');
  const created = await testApp.request('POST', '/api/v1/admin/users', { token: admin, body: { email: reviewer.email, role: 'reviewer', password: reviewer.password } });
  if (created.status !== 201) throw new Error(`${created.status} ${await created.text()}`);
  bank = await createLender(testApp, admin, 'bank');
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

it('a reviewer decides a dispute and cancels a lift, each with a reason the citizen reads', async () => {
  const admin = await testApp.signInAs('admin');
  const {
    breach,
    iins: [disputer, lifter],
  } = await restrictedPeople(testApp, admin, 2);
  const disputerToken = await citizenToken(testApp, disputer);
  const filed = await testApp.request('POST', '/api/v1/me/disputes', {
    token: disputerToken,
    body: { breachId: breach.id, reason: 'never_customer', text: 'I have never bought anything from this shop.' },
  });
  expect(filed.status).toBe(201);
  const lifterToken = await citizenToken(testApp, lifter);
  const lift: LiftCreated = await (await testApp.request('POST', '/api/v1/me/lifts', { token: lifterToken, body: { kind: 'permanent' } })).json();
  await new Promise((resolve) => setTimeout(resolve, Date.parse(lift.effectiveAt) - Date.now() + 100));
  expect(await bankSees(testApp, bank, lifter)).toBe(false);

  const acceptance = 'The shop confirmed the record was entered with a mistyped IIN.';
  const coercion = 'The person called the hotline: a "bank security officer" dictated this request to them.';

  await inPage(browser, 'reviewer', async (page) => {
    await submitBackOfficeSignIn(page, testApp.baseUrl, reviewer);

    // A reviewer starts at the queue; the open dispute is there, with the breach's title.
    await page.getByRole('heading', { name: 'Disputes' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: breach.title });
    await row.getByText('Open', { exact: true }).waitFor();
    await row.click();

    await page.getByText('I have never bought anything from this shop.').waitFor();
    await page.getByRole('button', { name: 'Decide' }).click();
    const decision = page.getByRole('dialog', { name: 'Decide the dispute' });
    // Nothing is decided before an outcome is chosen.
    expect(await decision.getByRole('button', { name: 'Decide' }).isDisabled()).toBe(true);
    await decision.getByRole('radio', { name: /^Accept/ }).check();
    await decision.getByText('cannot be undone', { exact: false }).waitFor();
    await decision.getByRole('textbox', { name: 'Reason' }).fill(acceptance);
    await decision.getByRole('button', { name: 'Decide' }).click();
    await decision.waitFor({ state: 'detached' });
    await page.getByText('Accepted', { exact: true }).waitFor();
    await page.getByText(acceptance).waitFor();
    expect(await page.getByRole('button', { name: 'Decide' }).count()).toBe(0);

    // The lifts: the effective one, its person shown by a hash prefix, never the IIN.
    await page.getByRole('menuitem', { name: 'Lifts' }).click();
    const liftRow = page.getByRole('row').filter({ hasText: 'In force' });
    await liftRow.first().waitFor();
    expect(await page.getByText(lifter).count()).toBe(0);
    await liftRow.first().click();
    await page.getByRole('button', { name: 'Cancel the lift' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel a lift suspected of coercion' });
    // The reason is required.
    await cancel.getByRole('button', { name: 'Cancel the lift' }).click();
    await cancel.getByText('Give a reason', { exact: false }).waitFor();
    await cancel.getByRole('textbox', { name: 'Reason' }).fill(coercion);
    await cancel.getByRole('button', { name: 'Cancel the lift' }).click();
    await cancel.waitFor({ state: 'detached' });
    await page.getByText(coercion).waitFor();
    await page.getByText('A reviewer', { exact: true }).waitFor();
  });

  // The accepted dispute freed its person; the cancelled lift restricts its person again.
  expect(await bankSees(testApp, bank, disputer)).toBe(false);
  const [dispute]: Dispute[] = await (await testApp.request('GET', '/api/v1/me/disputes', { token: disputerToken })).json();
  expect(dispute).toMatchObject({ status: 'accepted', decisionReason: acceptance });
  expect(await bankSees(testApp, bank, lifter)).toBe(true);
  const [cancelled]: Lift[] = await (await testApp.request('GET', '/api/v1/me/lifts', { token: lifterToken })).json();
  expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'reviewer', cancelReason: coercion });
});
