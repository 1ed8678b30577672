import type { Breach, Company } from '@qorgau/shared';
import type { Browser, Page } from 'playwright-core';
import { inPage, launchBrowser } from '../harness/browser';
import { createBreach, createCompany, moveBreach } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

/** Reach: keyboard, narrow screens and zoom, the page's language, labels for screen readers. */
let testApp: TestApp;
let browser: Browser;
let company: Company;
let breach: Breach;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  const admin = await testApp.signInAs('admin');
  const analyst = await testApp.signInAs('analyst');
  company = await createCompany(testApp, admin, { name: 'Экибастузская распределительная электросетевая компания АО', sector: 'other' });
  breach = await createBreach(testApp, analyst, company.id, {
    title: 'Платёжные квитанции абонентов с ИИН и адресами выложены в открытый доступ на сайте',
    description: 'Квитанции были доступны по прямым ссылкам без авторизации.',
    published: true,
    dataClasses: ['iin', 'full_name', 'address', 'bank_account', 'vehicle_plate', 'order_history'],
  });
  await moveBreach(testApp, analyst, breach.id, ['investigating', 'confirmed']);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

const pages = () => ['/', '/breaches', `/breaches/${breach.id}`, `/companies/${company.bin}`, '/stats'];

/** Waits until the page's data has arrived: no "loading" status left. */
async function open(page: Page, path: string) {
  await page.goto(`${testApp.baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

/** A short description of the focused element: its tag and its text, name or id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    return `${element.tagName.toLowerCase()}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim() || element.id}`;
  });

describe('the portal for keyboards, screen readers and small screens', () => {
  it('starts with a skip link that moves focus to the content, then tabs through the menu to the search box', () =>
    inPage(browser, 'portal-a11y-keyboard', async (page) => {
      await open(page, '/breaches');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('a:Негізгі мазмұнға өту');
      // The skip link is visible once focused, with a visible focus ring.
      const skip = page.getByRole('link', { name: 'Негізгі мазмұнға өту' });
      expect(await skip.isVisible()).toBe(true);
      expect(await skip.evaluate((element) => (element.getBoundingClientRect().top >= 0 ? getComputedStyle(element).outlineStyle : 'off-screen'))).not.toMatch(/none|off-screen/);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await open(page, '/breaches');
      const order: string[] = [];
      for (let step = 0; step < 15 && !order.includes('input:wall-search'); step++) {
        await page.keyboard.press('Tab');
        order.push(await focused(page));
      }
      const at = (entry: string) => order.indexOf(entry);
      expect(at('a:Негізгі мазмұнға өту')).toBe(0);
      expect(at('a:Басты бет')).toBeGreaterThan(0);
      expect(at('a:Ағып кетулер')).toBe(at('a:Басты бет') + 1);
      expect(at('a:Статистика')).toBe(at('a:Ағып кетулер') + 1);
      expect(at('a:Менің деректерім')).toBe(at('a:Статистика') + 1);
      expect(at('input:wall-search')).toBeGreaterThan(at('a:Менің деректерім'));
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

      // Typing and Enter search without a mouse.
      await page.keyboard.type('Экибастуз');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: '«Экибастуз»' }).waitFor();
    }));

  it('fits a 320 px wide screen and 200% zoom without scrolling sideways', () =>
    inPage(browser, 'portal-a11y-reflow', async (page) => {
      // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels; 320 px is WCAG's reflow width.
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        for (const lang of ['kk', 'ru', 'en']) {
          await page.goto(testApp.baseUrl);
          await page.evaluate((chosen) => localStorage.setItem('qorgau.portal.lang', chosen), lang);
          for (const path of pages()) {
            await open(page, path);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect([width, lang, path, overflow]).toEqual([width, lang, path, 0]);
          }
        }
      }
    }));

  it('follows the chosen language in <html lang>', () =>
    inPage(browser, 'portal-a11y-lang', async (page) => {
      await open(page, '/stats');
      expect(await page.getAttribute('html', 'lang')).toBe('kk');
      for (const lang of ['ru', 'en', 'kk']) {
        await page.locator(`button[lang="${lang}"]`).click();
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator(`button[lang="${lang}"]`).getAttribute('aria-pressed')).toBe('true');
      }
    }));

  it('names every control, image and landmark for screen readers', () =>
    inPage(browser, 'portal-a11y-labels', async (page) => {
      for (const path of pages()) {
        await open(page, path);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          const describe = (element: Element) => element.outerHTML.slice(0, 120);
          const hiddenFromReaders = (element: Element) => element.closest('[aria-hidden="true"]') !== null;
          const named = (element: Element) =>
            Boolean(element.getAttribute('aria-label')?.trim()) ||
            Boolean(
              element
                .getAttribute('aria-labelledby')
                ?.split(/\s+/)
                .some((id) => document.getElementById(id)?.textContent?.trim()),
            );
          for (const input of Array.from(document.querySelectorAll('input, select, textarea'))) {
            const labelled = named(input) || Array.from((input as HTMLInputElement).labels ?? []).some((label) => label.textContent?.trim());
            if (!labelled && !hiddenFromReaders(input)) found.push(`unlabelled field ${describe(input)}`);
          }
          for (const control of Array.from(document.querySelectorAll('button, a[href]'))) {
            if (!hiddenFromReaders(control) && !named(control) && !control.textContent?.trim()) found.push(`nameless control ${describe(control)}`);
          }
          for (const graphic of Array.from(document.querySelectorAll('svg, img'))) {
            if (hiddenFromReaders(graphic) || graphic.getAttribute('alt') !== null) continue;
            if (!(graphic.getAttribute('role') === 'img' && named(graphic))) found.push(`unnamed graphic ${describe(graphic)}`);
          }
          for (const [selector, count] of [['header', 1], ['main', 1], ['footer', 1]] as const) {
            if (document.querySelectorAll(`body ${selector}:not(main *):not(article *)`).length !== count) found.push(`expected one ${selector} landmark`);
          }
          for (const nav of Array.from(document.querySelectorAll('nav'))) if (!named(nav)) found.push(`unnamed navigation ${describe(nav)}`);
          if (document.querySelectorAll('h1').length !== 1) found.push(`${document.querySelectorAll('h1').length} h1 headings`);
          return found;
        });
        expect([path, problems]).toEqual([path, []]);
      }
    }));
});
