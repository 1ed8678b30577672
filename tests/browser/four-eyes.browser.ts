import type { Breach } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createBreach, createCompany, loadExposures, moveBreach, newIin } from '../harness/factories';
import { inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

/** SPEC §3.9 with a low threshold: three people need a second regulator. */
const THRESHOLD = 2;

let testApp: TestApp;
let browser: Browser;
let requester: { email: string; password: string };
let approver: { email: string; password: string };
let breach: Breach;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp({ CONFIRM_APPROVAL_THRESHOLD: String(THRESHOLD) }), launchBrowser()]);
  const admin = await signIn(TEST_ADMIN);
  requester = await createAnalyst(admin, 'requester');
  approver = await createAnalyst(admin, 'approver');
  const token = await signIn(requester);
  const company = await createCompany(testApp, token, { name: `Kazakh Telecom ${randomInt(1e6)} JSC`, sector: 'telecom' });
  const draft = await createBreach(testApp, token, company.id, { title: 'Subscriber register of the whole country' });
  await loadExposures(testApp, token, draft.id, `iin\n${Array.from({ length: THRESHOLD + 1 }, () => newIin()).join('\n')}\n`);
  breach = await moveBreach(testApp, token, draft.id, ['investigating']);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('a confirmation that needs a second regulator (SPEC §3.9)', () => {
  it('shows its impact before it is asked for, waits for another regulator, who approves it from the breach page', async () => {
    const asking = 'The operator confirmed the register is theirs.';
    await inPage(browser, 'four-eyes-request', async (page) => {
      await openBreach(page, requester);
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirm' });
      // The dry run's figures: three people, and the warning that a second regulator must approve.
      await dialog.getByTestId('impact-would-restrict').filter({ hasText: '3 people will be restricted until' }).waitFor();
      await dialog.getByTestId('impact-needs-approval').filter({ hasText: 'more than 2 people' }).waitFor();
      await dialog.getByRole('textbox', { name: 'Reason' }).fill(asking);
      await dialog.getByRole('button', { name: 'Move', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      // Awaiting approval, on the timeline too; the requester is told someone else must approve.
      await page.getByTestId('timeline-entry').filter({ hasText: asking }).filter({ hasText: 'Awaiting approval' }).waitFor();
      await page.getByText('You asked for this confirmation', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Approve the confirmation' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Decline' }).waitFor();

      // The dashboard counts it among the confirmations awaiting a second approval.
      await page.goto(`${testApp.baseUrl}/admin/#/`);
      await page.getByRole('region', { name: 'Awaiting a second approval' }).getByTestId('stat-awaiting-approval-value').filter({ hasText: /^1$/ }).waitFor();
    });

    const approving = 'Second look: the register is genuine.';
    await inPage(browser, 'four-eyes-approve', async (page) => {
      await openBreach(page, approver);
      await page.getByTestId('awaiting-approval').filter({ hasText: `Confirmation asked for by ${requester.email}` }).waitFor();
      await page.getByRole('button', { name: 'Approve the confirmation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Approve the confirmation' });
      await dialog.getByTestId('impact-would-restrict').filter({ hasText: '3 people will be restricted' }).waitFor();
      expect(await dialog.getByTestId('impact-needs-approval').count()).toBe(0);
      await dialog.getByRole('textbox', { name: 'Reason' }).fill(approving);
      await dialog.getByRole('button', { name: 'Move', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('timeline-entry').filter({ hasText: approving }).waitFor();
      // Confirmed: only closing and retracting remain, and the panel is gone.
      await page.getByRole('button', { name: 'Retract' }).waitFor();
      expect(await page.getByTestId('awaiting-approval').count()).toBe(0);
    });

    const confirmed: Breach = await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: await signIn(approver) })).json();
    expect(confirmed.status).toBe('confirmed');
  });
});

async function openBreach(page: Page, account: { email: string; password: string }) {
  await signInToBackOffice(page, testApp.baseUrl, account);
  await page.goto(`${testApp.baseUrl}/admin/#/breaches/${breach.id}/show`);
  await page.getByRole('heading', { name: 'Lifecycle' }).waitFor();
}

async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await testApp.request('POST', '/api/v1/auth/login', { body: account });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function createAnalyst(adminToken: string, name: string): Promise<{ email: string; password: string }> {
  const account = { email: `${name}-${randomInt(1e9)}@test.qorgau.kz`, password: `a long passphrase for ${name}` };
  const response = await testApp.request('POST', '/api/v1/admin/users', { token: adminToken, body: { ...account, role: 'analyst' } });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return account;
}
