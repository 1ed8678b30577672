import type { AdminNotification } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS_DIR, inPage, launchBrowser, signInToBackOffice } from '../harness/browser';
import { citizenToken, listQuery, newIin } from '../harness/factories';
import { eventually } from '../harness/notification-receivers';
import { createLender, type Lender } from '../harness/restricted-people';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Notifications in the browser (SPEC §3.8, §5.5), with no delivery channel configured, as a
 * developer runs it: a citizen confirms how to be reached on the portal and sees each check's
 * alert; an admin reads the outbox (what would have been sent), opens a parked message and retries it.
 */

let testApp: TestApp;
let browser: Browser;
let admin: string;
let lender: Lender;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  admin = await testApp.signInAs('admin');
  lender = await createLender(testApp, admin, 'bank');
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

const newPhone = () => `+7701${String(randomInt(1e7)).padStart(7, '0')}`;
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });

async function check(iin: string): Promise<string> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=APP-${randomInt(1e6)}`, { token: lender.key });
  expect(response.status).toBe(200);
  return ((await response.json()) as { inquiryId: string }).inquiryId;
}

async function outbox(filter: Record<string, unknown>): Promise<AdminNotification[]> {
  const response = await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter })}`, { token: admin });
  expect(response.status).toBe(200);
  return response.json();
}

/** A check of a reachable person, once its alert has left the queue for the outbox (the dispatcher's next poll). */
async function checkAlerted(iin: string): Promise<{ inquiryId: string; alert: AdminNotification }> {
  const inquiryId = await check(iin);
  const [alert] = await eventually(async () => ((await outbox({ subjectId: inquiryId })).length > 0 ? outbox({ subjectId: inquiryId }) : undefined), 'the alert in the outbox');
  return { inquiryId, alert };
}

/** Signs in on the development identity provider's page, typing the e-mail and phone its token will claim. */
async function signIn(page: Page, iin: string, claims: { email: string; phone: string }) {
  await page.goto(`${testApp.baseUrl}/me`);
  await page.getByRole('button', { name: 'eGov арқылы кіру' }).click();
  await page.getByLabel(/ЖСН/).fill(iin);
  await page.getByLabel(/Электрондық пошта/).fill(claims.email);
  await page.getByLabel(/^Телефон/).fill(claims.phone);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.getByRole('heading', { name: 'Менің жағдайым', level: 1 }).waitFor();
}

describe('a citizen on “How we reach you”', () => {
  it('confirms the e-mail and phone offered from eGov, edits them, picks a language, sees them after a reload, then sees each check’s alert', () =>
    inPage(browser, 'notifications-citizen', async (page) => {
      const iin = newIin();
      const offered = { email: `aigerim.${randomInt(1e6)}@mail.kz`, phone: newPhone() };
      await signIn(page, iin, offered);

      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Сізбен байланыс' }).click();
      await page.getByRole('heading', { name: 'Сізбен қалай байланысамыз', level: 1 }).waitFor();
      await page.getByText('Qorgau ешқашан сілтеме жібермейді және код сұрамайды', { exact: false }).waitFor();
      await page.getByText('Әзірге ештеңе сақталмаған', { exact: false }).waitFor();
      // The token's claims are offered, for the person to confirm.
      const phone = page.getByLabel('Телефон нөмірі');
      const email = page.getByLabel('Электрондық пошта');
      expect(await phone.inputValue()).toBe(offered.phone);
      expect(await email.inputValue()).toBe(offered.email);
      await page.getByText('eGov профиліңізден ұсынылды', { exact: false }).first().waitFor();
      await screenshot(page, 'notifications-contacts-offered');

      // Edited before saving: another phone, spelled the way people do; messages in Russian.
      await phone.fill('8 (707) 555-12-34');
      await page.getByRole('radio', { name: 'Русский' }).check();
      await page.getByRole('button', { name: 'Сақтау' }).click();
      await page.getByText('Сақталды.', { exact: false }).waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'Сізбен қалай байланысамыз', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Байланыс деректерін жою' }).waitFor();
      expect(await phone.inputValue()).toBe('+77075551234');
      expect(await email.inputValue()).toBe(offered.email);
      expect(await page.getByRole('radio', { name: 'Русский' }).isChecked()).toBe(true);
      await screenshot(page, 'notifications-contacts-saved');

      // An invalid phone: the API's sentence beside the phone field, nothing beside the e-mail.
      await phone.fill('+7 901 123 4567');
      await page.getByRole('button', { name: 'Сақтау' }).click();
      const phoneField = phone.locator('xpath=..');
      await phoneField.getByRole('alert').waitFor();
      expect((await phoneField.getByRole('alert').textContent())?.length).toBeGreaterThan(5);
      expect(await email.locator('xpath=..').getByRole('alert').count()).toBe(0);
      expect(await phone.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'notifications-contacts-invalid-phone');

      // A lender checks the person: the check lists its alert, in Russian, with what it said.
      await checkAlerted(iin);
      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Кім тексерді' }).click();
      const alert = page.getByRole('region', { name: 'Хабарлама' }).first();
      await alert.getByText('Жіберілмеді: жеткізу арнасы бапталмаған', { exact: false }).waitFor();
      await alert.getByText('Хабарламаның мәтіні').click();
      await alert.getByText(/проверил вас \(кредит, .+Qorgau не шлёт ссылок и не просит кодов\./).waitFor();
      await screenshot(page, 'notifications-citizen-inquiries');

      // Removed on request: the next check tells nobody, and says how to be told.
      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Сізбен байланыс' }).click();
      await page.getByRole('button', { name: 'Байланыс деректерін жою' }).click();
      await page.getByText('Жойылды.', { exact: false }).waitFor();
      await check(iin);
      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Кім тексерді' }).click();
      await page.getByRole('link', { name: 'Байланыс деректерін қосу' }).first().waitFor();
    }));
});

describe('an admin in the outbox', () => {
  it('sees what would have been sent, opens a parked message and retries it; the dashboard counts alerts sent today', async () => {
    const iin = newIin();
    const phone = newPhone();
    const token = await citizenToken(testApp, iin);
    expect((await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { phone, email: 'dana@mail.kz', language: 'en' } })).status).toBe(200);
    const { alert: parked } = await checkAlerted(iin);
    const { alert: delivered } = await checkAlerted(iin);
    // As the dispatcher leaves them: one given up after its tries, one taken by a receiver.
    await sql(testApp.databaseUrl, `UPDATE notifications SET status = 'parked', tries = 5, last_error = 'HTTP 503 from the SMS gateway' WHERE id = $1`, [parked.id]);
    await sql(testApp.databaseUrl, `UPDATE notifications SET status = 'delivered', tries = 1, delivered_at = now() WHERE id = $1`, [delivered.id]);

    await inPage(browser, 'notifications-admin', async (page) => {
      await signInToBackOffice(page, testApp.baseUrl);
      const figure = page.getByRole('region', { name: 'Alerts sent today' });
      await figure.waitFor();
      expect(Number((await figure.getByText(/^\d+$/).textContent()) ?? 0)).toBeGreaterThanOrEqual(1);
      await screenshot(page, 'notifications-dashboard');

      await page.getByRole('menuitem', { name: 'Notifications' }).click();
      await page.getByText('No delivery channel configured: this is what would have been sent.').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'HTTP 503 from the SMS gateway' });
      await row.getByText('Parked', { exact: true }).waitFor();
      await row.getByText(`+7 7** *** **${phone.slice(-2)}`).waitFor();
      await row.getByText(/checked you \(loan, .+\): not restricted\. Not you\? Call your bank\. Qorgau never sends links or asks for codes\./).waitFor();
      expect(await page.getByText(phone).count()).toBe(0);
      await screenshot(page, 'notifications-outbox');

      // Only the parked ones.
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Parked' }).click();
      await page.getByRole('row').filter({ hasText: 'Delivered' }).waitFor({ state: 'detached' });
      await row.click();

      await page.getByRole('button', { name: 'Retry' }).waitFor();
      await page.getByText('No delivery channel configured: this is what would have been sent.').waitFor();
      await page.getByText('HTTP 503 from the SMS gateway').waitFor();
      await screenshot(page, 'notifications-parked');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.getByText('Queued again', { exact: false }).waitFor();
      await page.getByText('Pending', { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    });
    const [retried] = await outbox({ id: parked.id });
    expect(retried).toMatchObject({ status: 'pending', tries: 0 });
  });
});
