import type { Browser } from 'playwright-core';
import { inPage, launchBrowser, submitBackOfficeSignIn } from '../harness/browser';
import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('the back office in Chromium', () => {
  it('signs in, shows the dashboard with real counts, and switches language', () =>
    inPage(browser, 'back-office-sign-in', async (page) => {
      await page.goto(`${testApp.baseUrl}/admin/`);
      // Kazakh is the default language.
      await page.getByRole('textbox', { name: 'Электрондық пошта', exact: true }).fill(TEST_ADMIN.email);
      await page.getByRole('textbox', { name: 'Құпиясөз', exact: true }).fill(TEST_ADMIN.password);
      await page.getByRole('button', { name: 'Кіру' }).click();

      await page.getByRole('heading', { name: 'Тізілім шолуы' }).waitFor();
      const stats = await (await testApp.request('GET', '/api/v1/admin/stats', { token: await testApp.signInAs('auditor') })).json();
      // The auditor just created is counted after the page loaded: the page shows what the database held then.
      await page.reload();
      await page.getByRole('heading', { name: 'Тізілім шолуы' }).waitFor();
      await expectText(page, 'stat-users-total-value', String(stats.users.total));
      await expectText(page, 'stat-role-admin-value', String(stats.users.byRole.admin));
      await expectText(page, 'stat-role-auditor-value', String(stats.users.byRole.auditor));

      await page.getByRole('button', { name: 'Қазақша' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Registry overview' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { name: 'Обзор реестра' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Обзор реестра' }).waitFor();
    }));

  it('shows the server’s reason when the password is wrong, and stays on the sign-in page', () =>
    inPage(browser, 'back-office-wrong-password', async (page) => {
      await submitBackOfficeSignIn(page, testApp.baseUrl, { email: TEST_ADMIN.email, password: 'certainly not the password' });
      await page.getByText('The e-mail or password is wrong.').waitFor();
      expect(await page.getByRole('heading', { name: 'Registry overview' }).count()).toBe(0);
    }));
});

describe('the citizen portal in Chromium', () => {
  it('explains the registry in Kazakh by default and switches to Russian and English', () =>
    inPage(browser, 'portal-languages', async (page) => {
      await page.goto(`${testApp.baseUrl}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('kk');
      const heading = page.getByRole('heading', { level: 1 });
      const kazakh = await heading.textContent();
      await page.locator('button[lang="ru"]').click();
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      const russian = await heading.textContent();
      await page.locator('button[lang="en"]').click();
      const english = await heading.textContent();
      expect(new Set([kazakh, russian, english]).size).toBe(3);
      await page.reload();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }));
});

async function expectText(page: import('playwright-core').Page, testId: string, text: string) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor({ timeout: 5000 });
}
