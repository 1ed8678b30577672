import { randomInt } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { listQuery } from '../harness/factories';
import { inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { restrictedPeople } from '../harness/restricted-people';
import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
beforeAll(async () => {
  // SPEC §3.9 with a low limit: a second look-up within the hour raises the alert.
  [testApp, browser] = await Promise.all([startTestApp({ LOOKUP_ALERT_PER_HOUR: '1' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('insider safeguards in the back office (SPEC §3.9)', () => {
  it('shows an administrator the alert over too many look-ups, and that account’s look-ups in the audit trail', async () => {
    const admin = await signIn(TEST_ADMIN);
    const { iins } = await restrictedPeople(testApp, admin, 2);
    const insider = { email: `insider-${randomInt(1e9)}@test.qorgau.kz`, password: 'a long passphrase for the insider' };
    const created = await testApp.request('POST', '/api/v1/admin/users', { token: admin, body: { ...insider, role: 'reviewer' } });
    expect(created.status).toBe(201);
    const token = await signIn(insider);
    for (const iin of iins) {
      const response = await testApp.request('GET', `/api/v1/admin/restrictions?${listQuery({ filter: { iin, reason: 'Curious about this person.' } })}`, { token });
      expect(response.status).toBe(200);
    }

    await inPage(browser, 'lookup-alerts', async (page) => {
      await signInToBackOffice(page, testApp.baseUrl);
      const card = page.getByRole('region', { name: 'Alerts: too many person look-ups' });
      await card.getByText(`${insider.email}: 2 look-ups within an hour (limit 1)`).waitFor();
      await card.getByRole('link', { name: 'Review the look-ups' }).click();
      // The audit trail, filtered to that account's look-ups: both of them, with their reason.
      await page.getByText('1-2 of 2').waitFor();
      const rows = page.locator('tbody tr').filter({ hasText: insider.email });
      expect(await rows.count()).toBe(2);
      for (const text of await rows.allInnerTexts()) expect(text).toMatch(/restriction\.looked-\s*up/);
      await rows.first().click();
      await page.getByText('Curious about this person.').first().waitFor();
      for (const iin of iins) expect(await page.locator('body').innerText()).not.toContain(iin);
    });
  });
});

async function signIn(account: { email: string; password: string }): Promise<string> {
  const response = await testApp.request('POST', '/api/v1/auth/login', { body: account });
  return ((await response.json()) as { accessToken: string }).accessToken;
}
