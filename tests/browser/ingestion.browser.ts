import { computeIinCheckDigit, type Breach } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createBreach, createCompany, moveBreach } from '../harness/factories';
import { inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
let token: string;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  token = await testApp.signInAs('analyst');
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('loading a leak in the back office', () => {
  it('uploads a CSV into a breach, follows it to done, and shows the counts and the masked rejects', () =>
    inPage(browser, 'ingestion', async (page) => {
      const breach = await newBreach();
      const iins = distinctIins(5);
      // An IIN whose check digit is wrong: rejected, and shown only masked.
      const invalid = `${iins[0].slice(0, 11)}${(Number(iins[0][11]) + 1) % 10}`;
      const csv = ['IIN', ...iins, iins[2], invalid, ''].join('\r\n');

      await signInToBackOffice(page, testApp.baseUrl);
      await page.goto(`${testApp.baseUrl}/admin/#/breaches/${breach.id}/show`);
      await page.getByRole('heading', { name: 'Uploads' }).waitFor();
      await page.getByText('No file has been loaded into this breach yet.').waitFor();

      // ── the dialog: the format in a line or two, the promise that nothing raw is kept ──
      await page.getByRole('button', { name: 'Upload identifiers' }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload leaked identifiers' });
      await dialog.getByText(/columns iin, phone and email/).waitFor();
      await dialog.getByText(/Raw identifiers are never stored/).waitFor();
      expect(await dialog.getByRole('button', { name: 'Upload', exact: true }).isDisabled()).toBe(true);
      await dialog.locator('input[type="file"]').setInputFiles({ name: 'leak.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await dialog.getByText(/^leak\.csv · /).waitFor();
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();

      // ── sent, processed, done: the counts per value (SPEC §5.1) ──
      const job = dialog.getByTestId('ingest-job');
      await job.getByText('Done', { exact: true }).waitFor({ timeout: 20_000 });
      expect(await count(job, 'rowsRead')).toBe('7');
      expect(await count(job, 'accepted')).toBe('5');
      expect(await count(job, 'duplicates')).toBe('1');
      expect(await count(job, 'rejected')).toBe('1');
      // finished: nothing left to cancel
      expect(await dialog.getByRole('button', { name: 'Cancel the load' }).count()).toBe(0);

      // ── the job's page: the same counts, the reject sample masked, never the raw value ──
      await dialog.getByRole('link', { name: 'Open the job' }).click();
      await page.waitForURL(/#\/ingest-jobs\/[^/]+\/show/);
      const sample = page.getByTestId('reject-sample');
      await sample.waitFor();
      const rows = sample.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      const cells = await rows.first().locator('td').allInnerTexts();
      expect(cells[0]).toBe('8');
      // masked as the API masks it: a few digits at each end, never more than `8701***4567`
      expect(cells[1]).toMatch(/^\d{1,4}\*\*\*\d{1,4}$/);
      const [head, tail] = cells[1].split('***');
      expect(invalid.startsWith(head) && invalid.endsWith(tail)).toBe(true);
      expect(cells[2]).toMatch(/IIN/);
      expect(await count(page, 'accepted')).toBe('5');
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(invalid);
      for (const iin of iins) expect(text).not.toContain(iin);
      await page.getByRole('link', { name: breach.title }).waitFor();

      // ── the breach: its exposures counted, the upload in its list ──
      await page.getByRole('link', { name: breach.title }).click();
      await page.getByRole('heading', { name: 'Uploads' }).waitFor();
      const upload = page.locator('section[aria-labelledby="breach-uploads-heading"] tbody tr');
      await upload.first().waitFor();
      expect(await upload.count()).toBe(1);
      expect(await upload.first().innerText()).toMatch(/Done\s+7\s+5\s+1\s+1/);

      // ── the job list: exported as CSV (figures, never the sample), then filtered by status ──
      await page.getByRole('menuitem', { name: 'Uploads' }).click();
      await page.getByRole('cell', { name: breach.title }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
      expect(download.suggestedFilename()).toBe('ingest-jobs.csv');
      const exported = readFileSync(await download.path(), 'utf8');
      expect(exported.split('\n')[0]).toContain('accepted');
      expect(exported).toContain(breach.title);
      expect(exported).not.toContain('rejectSample');
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Failed' }).click();
      await page.getByText('No Uploads found').or(page.getByText(/No results found/)).first().waitFor();
      expect(await page.getByRole('cell', { name: breach.title }).count()).toBe(0);
    }));

  it('shows the server’s own sentence when a breach refuses the load, and offers no upload into a breach found false', () =>
    inPage(browser, 'ingestion-refused', async (page) => {
      const breach = await newBreach();
      await signInToBackOffice(page, testApp.baseUrl);
      await page.goto(`${testApp.baseUrl}/admin/#/breaches/${breach.id}/show`);
      await page.getByRole('button', { name: 'Upload identifiers' }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload leaked identifiers' });
      await dialog.locator('input[type="file"]').setInputFiles({ name: 'leak.csv', mimeType: 'text/csv', buffer: Buffer.from(distinctIins(2).join('\n')) });
      // Meanwhile someone finds the breach false: the API answers 409 with a sentence of its own.
      await moveBreach(testApp, token, breach.id, ['rejected']);
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
      await dialog.getByRole('alert').filter({ hasText: /rejected breach/ }).waitFor();
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

      // Once the page knows, the button is gone.
      await page.reload();
      await page.getByRole('heading', { name: 'Uploads' }).waitFor();
      await page.getByText('Rejected', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Upload identifiers' }).count()).toBe(0);
    }));
});

async function newBreach(): Promise<Breach> {
  const company = await createCompany(testApp, token);
  return createBreach(testApp, token, company.id, { title: `Loyalty base ${randomInt(1e9)} on a forum`, dataClasses: ['iin'] });
}

/** `n` distinct valid IINs of people born in the 1980s. */
function distinctIins(n: number): string[] {
  const found = new Set<string>();
  while (found.size < n) {
    const first11 = `8${randomInt(0, 10)}0${randomInt(1, 10)}1${randomInt(0, 3)}3${String(randomInt(0, 10_000)).padStart(4, '0')}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) found.add(`${first11}${check}`);
  }
  return [...found];
}

/** One count of the job's figures, as shown (digits only). */
async function count(scope: Page | ReturnType<Page['locator']>, name: string): Promise<string> {
  return (await scope.getByTestId(`count-${name}`).locator('dd').innerText()).replace(/\D/g, '');
}
