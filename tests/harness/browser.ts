import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_ADMIN } from './test-app';

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches outside this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs a browser scenario in a fresh context; when it fails, a full-page screenshot is saved in
 * tests/artifacts/<name>.png before the error is rethrown.
 */
export async function inPage(browser: Browser, name: string, scenario: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Fail (and screenshot) well before jest's own timeout would cut the scenario short.
  page.setDefaultTimeout(10_000);
  try {
    await scenario(page);
  } catch (error) {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w-]+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    (error as Error).message += `\n(screenshot: ${file})`;
    throw error;
  } finally {
    await context.close();
  }
}

/** Opens the back office's sign-in page, switches it to English (Kazakh is the default) and signs in as `account`. */
export async function submitBackOfficeSignIn(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(account.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in to the back office in English, as the test administrator unless told, and waits for the dashboard. */
export async function signInToBackOffice(page: Page, baseUrl: string, account = TEST_ADMIN): Promise<void> {
  await submitBackOfficeSignIn(page, baseUrl, account);
  await page.getByRole('heading', { name: 'Registry overview' }).waitFor();
}
