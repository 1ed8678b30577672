import type { Breach, Company } from '@qorgau/shared';
import type { Browser, Page } from 'playwright-core';
import { inPage, launchBrowser } from '../harness/browser';
import { createBreach, createCompany, loadExposures, moveBreach, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

/** The public wall as a visitor sees it: only published, non-sensitive, confirmed or closed breaches. */
let testApp: TestApp;
let browser: Browser;
let telecom: Company;
let delivery: Company;
let subscriberLeak: Breach;
let courierLeak: Breach;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  const admin = await testApp.signInAs('admin');
  const analyst = await testApp.signInAs('analyst');
  telecom = await createCompany(testApp, admin, { name: 'Qazaq Telecom JSC', sector: 'telecom' });
  delivery = await createCompany(testApp, admin, { name: 'Astana Courier LLP', sector: 'delivery' });

  subscriberLeak = await createBreach(testApp, analyst, telecom.id, {
    title: 'Subscriber base offered on a forum',
    description: 'A dump of subscriber records was offered for sale.',
    published: true,
    dataClasses: ['iin', 'full_name', 'phone'],
  });
  await loadExposures(testApp, analyst, subscriberLeak.id, `iin\n${newIin()}\n${newIin()}\n`);
  await moveBreach(testApp, analyst, subscriberLeak.id, ['investigating', 'confirmed']);
  // Discovered on a Monday, reported on Friday: late.
  courierLeak = await createBreach(testApp, analyst, delivery.id, {
    title: 'Courier app leaked delivery addresses',
    published: true,
    discoveredAt: '2025-10-06T04:00:00Z',
    reportedAt: '2025-10-10T04:00:00Z',
    dataClasses: ['full_name', 'address'],
  });
  await moveBreach(testApp, analyst, courierLeak.id, ['investigating', 'confirmed', 'closed']);

  await createBreach(testApp, analyst, telecom.id, { title: 'Draft leak nobody confirmed', published: true });
  const sensitive = await createBreach(testApp, analyst, telecom.id, { title: 'Clinic records with diagnoses', published: true, dataClasses: ['full_name', 'health'] });
  await moveBreach(testApp, analyst, sensitive.id, ['investigating', 'confirmed']);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

/** The portal in English, as a visitor who chose it once. */
async function inEnglish(page: Page, path: string) {
  await page.goto(`${testApp.baseUrl}${path}`);
  await page.locator('button[lang="en"]').click();
}

const cardTitles = (page: Page) => page.locator('.breach-list .breach-title').allTextContents();

describe('the public wall in Chromium', () => {
  it('lists the published breaches with their facts, and not a draft or a sensitive one', () =>
    inPage(browser, 'public-wall-list', async (page) => {
      await inEnglish(page, '/breaches');
      await page.getByRole('heading', { level: 1, name: 'Data breaches' }).waitFor();
      await page.getByRole('status').filter({ hasText: '2 in total' }).waitFor();
      expect(await cardTitles(page)).toEqual([subscriberLeak.title, courierLeak.title]);
      expect(await page.getByText('Draft leak nobody confirmed').count()).toBe(0);
      expect(await page.getByText('Clinic records with diagnoses').count()).toBe(0);

      const subscriber = page.getByRole('article', { name: subscriberLeak.title });
      await subscriber.getByRole('link', { name: 'Qazaq Telecom JSC' }).waitFor();
      expect(await subscriber.getByRole('list', { name: 'What leaked' }).getByRole('listitem').allTextContents()).toEqual(['IIN', 'Full name', 'Phone number']);
      expect(await subscriber.locator('.facts').textContent()).toMatch(/People exposed\s*2/);
      await subscriber.getByText('Reported on time').waitFor();
      await page.getByRole('article', { name: courierLeak.title }).getByText('Reported late').waitFor();

      await page.getByRole('link', { name: 'Download CSV (Excel)' }).waitFor();
      expect(await page.getByRole('link', { name: 'Download JSON' }).getAttribute('href')).toBe('/api/v1/public/open-data/breaches.json');
    }));

  it('searches by company name, and the search lives in the address', () =>
    inPage(browser, 'public-wall-search', async (page) => {
      await inEnglish(page, '/breaches');
      await page.getByRole('searchbox', { name: 'Search by company or breach title' }).fill('courier');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('status').filter({ hasText: '1 found for “courier”' }).waitFor();
      expect(await cardTitles(page)).toEqual([courierLeak.title]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('courier');

      await page.getByRole('searchbox').fill('nothing like this');
      await page.getByRole('searchbox').press('Enter');
      await page.getByText('Nothing found. Try another word.').waitFor();

      await page.getByRole('button', { name: 'Clear the search' }).click();
      await page.getByRole('status').filter({ hasText: '2 in total' }).waitFor();
    }));

  it('opens a breach page, and from it the company with its history', () =>
    inPage(browser, 'public-wall-breach-company', async (page) => {
      await inEnglish(page, '/breaches');
      await page.getByRole('link', { name: subscriberLeak.title }).click();
      await page.getByRole('heading', { level: 1, name: subscriberLeak.title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/breaches/${subscriberLeak.id}`);
      await page.getByText('A dump of subscriber records was offered for sale.').waitFor();
      await page.getByText('Discovered').waitFor();
      await page.getByRole('link', { name: 'Check my data' }).waitFor();

      await page.getByRole('link', { name: 'All breaches of Qazaq Telecom JSC' }).click();
      await page.getByRole('heading', { level: 1, name: 'Qazaq Telecom JSC' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/companies/${telecom.bin}`);
      await page.getByText(telecom.bin).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Breach history' }).waitFor();
      expect(await cardTitles(page)).toEqual([subscriberLeak.title]);

      await page.goto(`${testApp.baseUrl}/breaches/00000000-0000-4000-8000-000000000000`);
      await page.getByText('There is no such published breach.').waitFor();
      await page.goto(`${testApp.baseUrl}/companies/123`);
      await page.getByText('This BIN is invalid: a BIN has 12 digits.').waitFor();
    }));

  it('draws the statistics as charts, with the same figures in tables', () =>
    inPage(browser, 'public-wall-stats', async (page) => {
      await inEnglish(page, '/stats');
      await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
      const charts = page.getByTestId('chart');
      await charts.first().locator('svg.recharts-surface').waitFor();
      expect(await charts.count()).toBe(3);
      // Bars per month, a bar per sector, two slices of the late-report share.
      await page.locator('[data-testid="chart"] .recharts-bar-rectangle').first().waitFor();
      expect(await charts.nth(1).locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(2);
      expect(await charts.nth(2).locator('.recharts-pie-sector').count()).toBe(2);

      const sectors = page.getByRole('table', { name: 'People exposed per sector' });
      expect(await sectors.getByRole('row').allTextContents()).toEqual(['SectorPeople exposedBreaches', 'Telecommunications21', 'Delivery01']);
      const late = page.getByRole('table', { name: 'Reported on time and late' });
      expect(await late.getByRole('row').nth(2).textContent()).toBe('Late150%');
      await page.getByRole('button', { name: 'Show as a table' }).first().click();
      await page.getByRole('table', { name: 'Breaches per month' }).waitFor({ state: 'visible' });
    }));

  it('remembers the chosen language across pages and visits', () =>
    inPage(browser, 'public-wall-language', async (page) => {
      await page.goto(`${testApp.baseUrl}/breaches`);
      await page.getByRole('heading', { level: 1, name: 'Деректердің ағып кетуі' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('kk');
      await page.locator('button[lang="ru"]').click();
      await page.getByRole('heading', { level: 1, name: 'Утечки данных' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Статистика' }).click();
      await page.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Утечки' }).click();
      await page.getByRole('article', { name: courierLeak.title }).getByText('Сообщено с опозданием').waitFor();
    }));
});
