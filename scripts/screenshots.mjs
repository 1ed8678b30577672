// `pnpm screenshots`: the main screens, from the demo data, in docs/screenshots/*.png (README shows them).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, api, startApp, startDatabase } from './running-app.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require(path.join(REPO_ROOT, 'tests', 'node_modules', 'playwright-core'));
const { seedDemo } = api('demo/demo-seed.js');

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
  const page = await context.newPage();
  const shoot = async (name) => {
    await page.waitForLoadState('networkidle');
    // Away from the charts, so no tooltip is caught in the picture.
    await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
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

  await page.goto(`${running.baseUrl}/admin/#/companies`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('companies');

  await page.goto(`${running.baseUrl}/admin/#/audit-events`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('audit-events');

  await page.goto(`${running.baseUrl}/admin/#/users`);
  await page.locator('tbody tr').first().waitFor();
  await shoot('users');
} finally {
  await browser.close();
  await running.close();
  await database.stop();
}
