// `pnpm screenshots`: the main screens, from the demo data, in docs/screenshots/*.png (README shows them).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, api, startApp, startDatabase } from './running-app.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require(path.join(REPO_ROOT, 'tests', 'node_modules', 'playwright-core'));
const { seedDemo } = api('demo/demo-seed.js');
const { demoIin } = api('demo/demo-citizen-cases.js');

const OUTPUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1366, height: 860 };

const database = await startDatabase('screenshots');
const running = await startApp(database.serverUrl, 'screenshots');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await seedDemo(running.app);
  mkdirSync(OUTPUT, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT });
  // English for the README; the back office opens in Kazakh by default.
  await context.addInitScript(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  let page = await context.newPage();
  const shoot = async (name, { fullPage = false } = {}) => {
    await page.waitForLoadState('networkidle');
    // Away from the charts, so no tooltip is caught in the picture.
    await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage });
    process.stdout.write(`  docs/screenshots/${name}.png\n`);
  };

  await page.goto(`${running.baseUrl}/`);
  await page.locator('button[lang="en"]').click();
  await shoot('portal');

  // The public wall: the list, one breach, the statistics; then the list on a phone.
  await page.goto(`${running.baseUrl}/breaches`);
  await page.locator('.breach-list article').first().waitFor();
  await shoot('public-wall');
  await page.locator('.breach-list .breach-title a').first().click();
  await page.locator('.breach-detail').waitFor();
  await shoot('public-breach');
  await page.goto(`${running.baseUrl}/stats`);
  await page.locator('.chart .recharts-surface').first().waitFor();
  await shoot('public-stats');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${running.baseUrl}/breaches`);
  await page.locator('.breach-list article').first().waitFor();
  await shoot('public-wall-mobile');
  await page.setViewportSize(VIEWPORT);

  await page.goto(`${running.baseUrl}/admin/`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).waitFor();
  await shoot('sign-in');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(running.admin.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(running.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Registry overview' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  await shoot('dashboard');

  await page.goto(`${running.baseUrl}/admin/#/breaches`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('breaches');

  const { id: confirmedBreach } = (
    await (
      await fetch(`${running.baseUrl}/api/v1/admin/breaches?filter=${encodeURIComponent('{"status":"confirmed"}')}&range=[0,0]`, {
        headers: { authorization: `Bearer ${running.token}` },
      })
    ).json()
  )[0];
  await page.goto(`${running.baseUrl}/admin/#/breaches/${confirmedBreach}/show`);
  await page.getByText('Timeline').first().waitFor();
  await shoot('breach');
  await page.getByTestId('breach-restrictions').scrollIntoViewIfNeeded();
  await shoot('breach-restrictions');

  await page.goto(`${running.baseUrl}/admin/#/companies`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('companies');

  await page.goto(`${running.baseUrl}/admin/#/audit-events`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('audit-events');

  await page.goto(`${running.baseUrl}/admin/#/users`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('users');

  // What reviewers and the bank desk work with.
  for (const resource of ['disputes', 'lifts', 'inquiries', 'banks']) {
    await page.goto(`${running.baseUrl}/admin/#/${resource}`);
    await page.locator('tbody tr').first().waitFor();
    await shoot(resource);
  }
  await page.locator('tbody tr').first().click();
  await page.getByTestId('bank-keys').locator('tbody tr').first().waitFor();
  await shoot('bank');

  // The outbox (no channel configured here: what would have been sent): a demo citizen gives a phone
  // and an e-mail, a lender checks them.
  const call = async (method, url, token, body) => {
    const response = await fetch(`${running.baseUrl}/api/v1${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const reachable = { iin: demoIin(6), email: 'aigerim.demo@mail.kz', phone_number: '+77011234567' };
  const { id_token: citizenToken } = await call('POST', '/dev-idp/token', undefined, reachable);
  await call('PUT', '/me/contacts', citizenToken, { email: reachable.email, phone: reachable.phone_number, language: 'en' });
  const [lender] = await call('GET', `/admin/banks?range=${encodeURIComponent('[0,0]')}`, running.token);
  const { key } = await call('POST', `/admin/banks/${lender.id}/keys`, running.token);
  await call('GET', `/restrictions/${reachable.iin}?purpose=loan&reference=SCREENSHOT-1`, key);
  await page.goto(`${running.baseUrl}/admin/#/notifications`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('notifications');
  await page.locator('tbody tr').first().click();
  await page.getByTestId('no-channel-banner').waitFor();
  await shoot('notification');

  // The citizen portal in Kazakh, its default language, as the demo citizens of the README see it.
  const signInAs = async (iin, { shootLogin = false } = {}) => {
    const citizenContext = await browser.newContext({ viewport: VIEWPORT, locale: 'kk-KZ' });
    page = await citizenContext.newPage();
    await page.goto(`${running.baseUrl}/me`);
    await page.getByRole('button', { name: 'eGov арқылы кіру' }).click();
    await page.getByLabel(/ЖСН/).fill(iin);
    if (shootLogin) await shoot('citizen-sign-in');
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Менің жағдайым', level: 1 }).waitFor();
  };
  const citizenNav = (name) => page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name }).click();

  await signInAs(demoIin(6), { shootLogin: true });
  await page.locator('article').first().waitFor();
  await shoot('citizen-home', { fullPage: true });
  await citizenNav('Кім тексерді');
  await page.locator('.inquiries .inquiry').first().waitFor();
  await shoot('citizen-inquiries');
  await citizenNav('Сізбен байланыс');
  await page.getByLabel('Телефон нөмірі').waitFor();
  await shoot('citizen-contacts', { fullPage: true });
  await citizenNav('Шектеуді алу');
  await page.getByRole('link', { name: 'Шектеуді алуды сұрау' }).click();
  await page.getByLabel(/Уақытша/).check();
  await page.getByLabel('Аяқталуы').fill(localDateTime(new Date(Date.now() + 10 * 86_400_000)));
  await page.getByLabel('Барлық банктер мен МҚҰ-лар үшін').check();
  await page.getByLabel(/Мұны ешкім сұраған жоқ/).check();
  await shoot('citizen-lift-form', { fullPage: true });
  await page.context().close();

  await signInAs(demoIin(0));
  await citizenNav('Шектеуді алу');
  await page.getByRole('timer').first().waitFor();
  await shoot('citizen-lift-pending');
  await page.context().close();

  await signInAs(demoIin(3));
  await citizenNav('Шағымдар');
  await page.getByText('Қаралуда').first().waitFor();
  await shoot('citizen-disputes');
  await page.context().close();
} finally {
  await browser.close();
  await running.close();
  await database.stop();
}

/** A `datetime-local` value in this machine's time zone, the browser's too. */
function localDateTime(date) {
  const pad = (value) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
