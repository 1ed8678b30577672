import { computeIinCheckDigit } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
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

describe('a regulator in the back office', () => {
  it('registers a company, logs its breach, confirms it with reasons, finds it all in the audit trail, and exports the list', () =>
    inPage(browser, 'regulator-flow', async (page) => {
      const suffix = String(randomInt(100_000, 999_999));
      const bin = validBin();
      const companyName = `Dala Market ${suffix} LLP`;
      // Markup in a title is stored as text and shown as text, never run.
      const title = `Customer base of Dala Market ${suffix} <script>window.__pwned=1</script>`;
      const toInvestigating = `The company's notice of ${suffix} arrived; checking the sample.`;
      const toConfirmed = `Sample ${suffix} matches real customers: confirmed.`;
      const discovered = hoursAgo(75);
      const reported = hoursAgo(50);

      await signInToBackOffice(page, testApp.baseUrl);

      // ── a company, with a BIN that passes the shared check-digit rule ──
      await page.getByRole('menuitem', { name: 'Companies' }).click();
      await page.getByRole('link', { name: 'Create' }).click();
      await page.getByRole('textbox', { name: /^BIN\b/ }).fill(bin);
      await page.getByRole('textbox', { name: /^Name\b/ }).fill(companyName);
      await page.getByRole('combobox', { name: 'Sector' }).click();
      await page.getByRole('option', { name: 'Retail' }).click();
      await page.getByRole('textbox', { name: 'Contact e-mail' }).fill(`dpo-${suffix}@dala.kz`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(bin, { exact: true }).waitFor();

      // ── its breach ──
      await page.getByRole('menuitem', { name: 'Breaches' }).click();
      await page.getByRole('link', { name: 'Create' }).click();
      await page.getByRole('combobox', { name: 'Company' }).fill(suffix);
      await page.getByRole('option', { name: new RegExp(companyName) }).click();
      await page.getByRole('textbox', { name: /^Title\b/ }).fill(title);
      await page.getByRole('textbox', { name: 'Description' }).fill('Names and phone numbers of loyalty-card holders were posted on a forum.');
      await page.getByLabel(/^Discovered\b/).fill(localDateTime(discovered));
      await page.getByLabel(/^Reported\b/).fill(localDateTime(reported));
      await page.getByRole('combobox', { name: 'Data leaked' }).click();
      await page.getByRole('option', { name: 'Full name' }).click();
      await page.getByRole('option', { name: 'Phone number' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Save' }).click();

      // The breach's page: the title as text, a draft, nothing on the timeline yet.
      await page.getByRole('heading', { name: 'Lifecycle' }).waitFor();
      await page.getByText(title, { exact: true }).waitFor();
      expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
      await page.getByText('No move yet', { exact: false }).waitFor();

      // ── the lifecycle: draft → investigating → confirmed, each with a reason ──
      await move(page, 'Start investigation', toInvestigating);
      await page.getByRole('button', { name: 'Confirm', exact: true }).waitFor();
      await move(page, 'Confirm', toConfirmed);
      // From confirmed only closing and retracting remain.
      await page.getByRole('button', { name: 'Retract' }).waitFor();
      expect(await page.getByRole('button', { name: 'Confirm', exact: true }).count()).toBe(0);

      // Both moves on the timeline, oldest first, with who made them and why.
      const entries = page.getByTestId('timeline-entry');
      await entries.filter({ hasText: toConfirmed }).waitFor();
      expect(await entries.count()).toBe(2);
      const [first, second] = await entries.allInnerTexts();
      expect(first).toContain('Draft');
      expect(first).toContain('Investigating');
      expect(first).toContain(toInvestigating);
      expect(first).toContain(TEST_ADMIN.email);
      expect(second).toContain('Investigating');
      expect(second).toContain('Confirmed');
      expect(second).toContain(toConfirmed);
      const breachId = /#\/breaches\/([^/]+)\/show/.exec(page.url())?.[1];
      expect(breachId).toBeDefined();

      // ── the audit trail: an intact chain, and this session's writes in it ──
      await page.getByRole('menuitem', { name: 'Audit events' }).click();
      await page.getByText(/Hash chain intact: \d+ events checked/).waitFor();
      await page.getByRole('cell', { name: 'company.created' }).first().waitFor();
      await page.getByRole('cell', { name: 'breach.created' }).first().waitFor();
      expect(await page.getByRole('cell', { name: 'breach.transitioned' }).count()).toBe(2);
      // The newest event is the confirmation: opened, it shows the status before and after.
      const confirmation = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'breach.transitioned' }) }).first();
      await confirmation.getByRole('cell', { name: 'breach.transitioned' }).click();
      const changes = page.getByRole('table', { name: 'Changed fields' });
      await changes.waitFor();
      const statusChange = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'status' }) });
      expect(await statusChange.innerText()).toMatch(/investigating\s+confirmed/);

      // ── the breaches list as CSV ──
      await page.getByRole('menuitem', { name: 'Breaches' }).click();
      await page.getByRole('cell', { name: title }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
      expect(download.suggestedFilename()).toBe('breaches.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain(title);
      expect(csv).toContain(breachId as string);
    }));
});

/** One lifecycle move through its reason dialog; waits for the page to show the new status. */
async function move(page: Page, button: string, reason: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('timeline-entry').filter({ hasText: reason }).waitFor();
}

/** A BIN of a legal entity registered in 2024 (YYMM, then 4 for a legal entity), with its check digit. */
function validBin(): string {
  for (;;) {
    const first11 = `24054${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

function hoursAgo(hours: number): Date {
  const date = new Date(Date.now() - hours * 3_600_000);
  date.setSeconds(0, 0);
  return date;
}

/** The value a datetime-local input takes: the browser's (this machine's) local time, to the minute. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
