import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createBreach, createCompany, loadExposures, moveBreach, newIin, waitForRestrictionJobs } from '../harness/factories';
import { ARTIFACTS_DIR, inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
let analyst: string;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  analyst = await testApp.signInAs('analyst');
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('restrictions in the back office', () => {
  it('shows a confirmed breach’s restriction job and count, and lists its restrictions by person without an IIN', () =>
    inPage(browser, 'restrictions', async (page) => {
      const company = await createCompany(testApp, analyst);
      const breach = await createBreach(testApp, analyst, company.id);
      const people = Array.from({ length: 5 }, () => newIin());
      await loadExposures(testApp, analyst, breach.id, `iin\n${people.join('\n')}\n`);
      await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
      await waitForRestrictionJobs(testApp, analyst, breach.id);
      const other = await createBreach(testApp, analyst, company.id);
      await loadExposures(testApp, analyst, other.id, `iin\n${newIin()}\n${newIin()}\n`);
      await moveBreach(testApp, analyst, other.id, ['investigating', 'confirmed']);
      await waitForRestrictionJobs(testApp, analyst, other.id);

      await signInToBackOffice(page, testApp.baseUrl);
      await page.goto(`${testApp.baseUrl}/admin/#/breaches/${breach.id}/show`);
      const panel = page.getByTestId('breach-restrictions');
      await panel.getByRole('heading', { name: 'Restrictions' }).waitFor();
      await panel.getByTestId('restricted-count').getByText('5', { exact: true }).waitFor();
      const progress = panel.getByTestId('restriction-job-progress');
      expect(await progress.getAttribute('data-status')).toBe('done');
      await progress.getByText('Confirmation').waitFor();
      await progress.getByRole('status').getByText(/5 of 5 IINs · Restrictions placed: 5/).waitFor();
      expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'restrictions-breach.png'), fullPage: true });

      await panel.getByRole('link', { name: 'Show the restrictions' }).click();
      const rows = page.locator('tbody tr');
      await rows.nth(4).waitFor();
      // This breach's five, not the other's two.
      await page.getByText('1-5 of 5').waitFor();
      expect(await rows.count()).toBe(5);
      const listed = await page.locator('body').innerText();
      for (const iin of people) expect(listed).not.toContain(iin);

      // A reviewer answering a call types the person's IIN and why (SPEC §3.9): one row, and the IIN stays out of the address.
      await page.getByRole('textbox', { name: 'IIN' }).fill(people[2]);
      await page.getByRole('button', { name: 'Look up' }).click();
      await page.getByText('At least 10 characters').waitFor();
      await page.getByRole('textbox', { name: 'Reason for the look-up' }).fill('The person called about a refused loan.');
      await page.getByRole('button', { name: 'Look up' }).click();
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
      expect(page.url()).not.toContain(people[2]);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'restrictions-list.png'), fullPage: true });
    }));
});
