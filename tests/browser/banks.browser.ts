import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import type { BankKey } from '@qorgau/shared';
import { createBank, newBin, newIin } from '../harness/factories';
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

/** `YYYY-MM-DD` in Almaty (UTC+05:00) `days` from now, as the back office's date input holds it. */
const almatyDay = (days: number) => new Date(Date.now() + (days * 24 + 5) * 3_600_000).toISOString().slice(0, 10);
/** A day as the English back office writes it. */
const englishDate = (day: string) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

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
    await page.getByRole('dialog', { name: 'Issue an API key' }).getByRole('button', { name: 'Issue' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByText('This key is shown only now.').waitFor();
    await dialog.getByText('This key never expires.').waitFor();
    const key = await dialog.getByTestId('new-key-value').inputValue();
    expect(key).toMatch(/^qk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByText(key).count()).toBe(0);
    const row = page.getByTestId(`bank-key-${key.slice(3, 11)}`);
    await row.getByText('Never').waitFor();
    await row.getByText('No expiry').waitFor();
    const [stored] = await sql<{ key_hash: Buffer }>(testApp.databaseUrl, 'SELECT key_hash FROM bank_api_keys WHERE bank_id = $1', [bank.id]);
    expect(stored.key_hash.equals(createHash('sha256').update(key).digest())).toBe(true);
    expect((await check(key)).status).toBe(200);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Key revoked').waitFor();
    await row.getByRole('button', { name: 'Revoke' }).waitFor({ state: 'detached' });
    expect((await check(key)).status).toBe(401);
  }));

it('issues a key valid until a day, refusing a day already past, and shows when it has expired', async () => {
  const adminToken = await testApp.signInAs('admin');
  const bank = await createBank(testApp, adminToken);
  const lastDay = almatyDay(30);
  await inPage(browser, 'bank-key-expiry', async (page) => {
    await signInToBackOffice(page, testApp.baseUrl);
    await page.goto(`${testApp.baseUrl}/admin/#/banks/${bank.id}/show`);
    await page.getByText('No key issued yet.').waitFor();

    await page.getByRole('button', { name: 'New key' }).click();
    const issue = page.getByRole('dialog', { name: 'Issue an API key' });
    const validUntil = issue.getByLabel('Valid until');
    await validUntil.fill(almatyDay(-1));
    await issue.getByText('This day has already passed').waitFor();
    expect(await issue.getByRole('button', { name: 'Issue' }).isDisabled()).toBe(true);
    await validUntil.fill(lastDay);
    await issue.getByRole('button', { name: 'Issue' }).click();

    const created = page.getByRole('dialog', { name: 'New API key' });
    await created.getByText(`Valid until ${englishDate(lastDay)} inclusive`).waitFor();
    const key = await created.getByTestId('new-key-value').inputValue();
    await created.getByRole('button', { name: 'I have saved it' }).click();
    const row = page.getByTestId(`bank-key-${key.slice(3, 11)}`);
    await row.getByText(englishDate(lastDay)).waitFor();
    await row.getByRole('button', { name: 'Revoke' }).waitFor();
    expect((await check(key)).status).toBe(200);

    const keys = (await (await testApp.request('GET', `/api/v1/admin/banks/${bank.id}/keys`, { token: adminToken })).json()) as BankKey[];
    expect(keys).toHaveLength(1);
    // The whole last day counts, Almaty time.
    expect(Date.parse(keys[0].expiresAt ?? '')).toBe(Date.parse(`${lastDay}T23:59:59+05:00`));

    // A key cannot be issued already expired, so one is made so by moving its dates back.
    await sql(
      testApp.databaseUrl,
      "UPDATE bank_api_keys SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1",
      [keys[0].id],
    );
    await page.reload();
    await row.getByText('Expired').waitFor();
    expect(await row.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
  });
});
