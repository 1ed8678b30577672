import type { Browser } from 'playwright-core';
import { lockAndReadUnlockToken, newAccountWithPassword } from '../harness/account-lock';
import { inPage, launchBrowser } from '../harness/browser';
import { emailTo, startSmtpReceiver } from '../harness/notification-receivers';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  [testApp, browser] = await Promise.all([startTestApp(emailTo(smtp)), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
  await smtp?.close();
});

describe('the back office’s sign-in page opened from the lock e-mail', () => {
  it('sends the token with the password, signs in despite the lock, and leaves no token in the address bar', () =>
    inPage(browser, 'back-office-unlock', async (page) => {
      const account = await newAccountWithPassword(testApp, await testApp.signInAs('admin'));
      const token = await lockAndReadUnlockToken(testApp, smtp, account.email);

      // The path the e-mail gives, on this back office.
      await page.goto(`${testApp.baseUrl}/admin/?unlock=${token}`);
      await page.getByRole('button', { name: 'Қазақша' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('unlock-notice').filter({ hasText: 'Your account is locked' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Unlock code from the e-mail' }).inputValue()).toBe(token);
      await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(account.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.getByRole('heading', { name: 'Registry overview' }).waitFor();
      expect(page.url()).not.toContain(token);
      expect((await testApp.request('POST', '/api/v1/auth/login', { body: { email: account.email, password: account.password } })).status).toBe(200);
    }));

  it('without the token, the right password still meets the lock', () =>
    inPage(browser, 'back-office-locked', async (page) => {
      const account = await newAccountWithPassword(testApp, await testApp.signInAs('admin'));
      await lockAndReadUnlockToken(testApp, smtp, account.email);
      await page.goto(`${testApp.baseUrl}/admin/`);
      await page.getByRole('button', { name: 'Қазақша' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      expect(await page.getByTestId('unlock-notice').count()).toBe(0);
      await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(account.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(/locked until/).waitFor();
      expect(await page.getByRole('heading', { name: 'Registry overview' }).count()).toBe(0);
    }));
});
