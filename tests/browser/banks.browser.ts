import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import { newBin, newIin } from '../harness/factories';
import { inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let browser: Browser;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

const check = (key: string) => testApp.request('GET', `/api/v1/restrictions/${newIin()}?purpose=loan&reference=UI`, { token: key });

it('registers a lender, issues a key shown once that works, and revokes it', () =>
  inPage(browser, 'banks', async (page) => {
    await signInToBackOffice(page, testApp.baseUrl);

    await page.goto(`${testApp.baseUrl}/admin/#/banks/create`);
    const bin = newBin();
    await page.getByRole('textbox', { name: 'BIN' }).fill(bin);
    await page.getByRole('textbox', { name: 'Name' }).fill('Steppe Microfinance LLP');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Microfinance organisation' }).click();
    await page.getByRole('textbox', { name: 'Licence number' }).fill('MFO-0042');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('No key issued yet.').waitFor();
    const [bank] = await sql<{ id: string; kind: string }>(testApp.databaseUrl, 'SELECT id, kind FROM banks WHERE bin = $1', [bin]);
    expect(bank.kind).toBe('mfo');

    await page.getByRole('button', { name: 'New key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByText('This key is shown only now.').waitFor();
    const key = await dialog.getByTestId('new-key-value').inputValue();
    expect(key).toMatch(/^qk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByText(key).count()).toBe(0);
    const row = page.getByTestId(`bank-key-${key.slice(3, 11)}`);
    await row.getByText('Never').waitFor();
    const [stored] = await sql<{ key_hash: Buffer }>(testApp.databaseUrl, 'SELECT key_hash FROM bank_api_keys WHERE bank_id = $1', [bank.id]);
    expect(stored.key_hash.equals(createHash('sha256').update(key).digest())).toBe(true);
    expect((await check(key)).status).toBe(200);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Key revoked').waitFor();
    await row.getByRole('button', { name: 'Revoke' }).waitFor({ state: 'detached' });
    expect((await check(key)).status).toBe(401);
  }));
