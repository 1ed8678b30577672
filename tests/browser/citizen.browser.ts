import type { Dispute, RestrictionAnswer } from '@qorgau/shared';
import type { Browser, Page } from 'playwright-core';
import { inPage, launchBrowser } from '../harness/browser';
import { citizenToken, createBank, createBankKey, createBreach, createCompany, loadExposures, moveBreach, newBin, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

const COOLING_OFF_SECONDS = 3;

let testApp: TestApp;
let browser: Browser;
let admin: string;
let bankKey: string;
beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp({ LIFT_COOLING_OFF_SECONDS: String(COOLING_OFF_SECONDS) }), launchBrowser()]);
  admin = await testApp.signInAs('admin');
  bankKey = (await registerLender('Halyk Bank', 'bank')).key;
});

/** A lender registered by the regulator, with an API key. */
async function registerLender(name: string, kind: 'bank' | 'mfo'): Promise<{ bin: string; key: string }> {
  const lender = await createBank(testApp, admin, { name, kind });
  const { key } = await createBankKey(testApp, admin, lender.id);
  return { bin: lender.bin, key };
}
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

/** What a lender (by default the bank) learns when it checks the person before lending (SPEC §5.2). */
async function bankSays(iin: string, key = bankKey): Promise<boolean> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=APP-1`, { token: key });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  return ((await response.json()) as RestrictionAnswer).restricted;
}

/** A person whose IIN leaked in a confirmed breach of a delivery company. */
async function leakedPerson() {
  const iin = newIin();
  const company = await createCompany(testApp, admin, { name: `Jet Delivery ${newBin()} LLP`, sector: 'delivery' });
  const breach = await createBreach(testApp, admin, company.id, { title: 'Courier orders table leaked', dataClasses: ['iin', 'full_name', 'phone', 'bank_card'] });
  await loadExposures(testApp, admin, breach.id, `iin\n${iin}\n`);
  await moveBreach(testApp, admin, breach.id, ['investigating', 'confirmed']);
  return { iin, company, breach };
}

/** Signs in as a person does: the portal's button, the identity provider's own login page, back to the portal. */
async function signIn(page: Page, iin: string) {
  await page.goto(`${testApp.baseUrl}/me`);
  await page.getByRole('button', { name: 'eGov арқылы кіру' }).click();
  await page.getByLabel(/ЖСН/).fill(iin);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.getByRole('heading', { name: 'Менің жағдайым', level: 1 }).waitFor();
}

describe('a citizen in the portal', () => {
  it('signs in through the identity provider, sees the breach and the advice, lifts the restriction for a while and cancels it', () =>
    inPage(browser, 'citizen-lift', async (page) => {
      const { iin, company, breach } = await leakedPerson();
      await signIn(page, iin);

      // Restricted, in plain words, with the breach and advice per data class.
      await page.getByText(/дейін жаңа несиелер мен микронесиелер берілмейді/).waitFor();
      const card = page.getByRole('article', { name: breach.title });
      await card.getByText(company.name, { exact: false }).waitFor();
      await card.getByText(/SMS-код сұрайтын қоңыраулар/).waitFor();
      await card.getByText(/Картаны банк қосымшасында бұғаттап, қайта шығарыңыз/).waitFor();
      await page.getByRole('heading', { name: '«Айыппұлды тексеру» алаяқтығы' }).waitFor();
      expect(await bankSays(iin)).toBe(true);

      // The guided lift: the cooling-off and the scam warning stated, the person's own decision confirmed.
      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Шектеуді алу' }).click();
      await page.getByRole('link', { name: 'Шектеуді алуды сұрау' }).click();
      await page.getByText(/Ешбір банк, полиция қызметкері/).first().waitFor();
      await page.getByText(/кемінде 3\s*секунд\s+өткен соң/).waitFor();
      await page.getByLabel(/Уақытша/).check();
      await page.getByLabel('Аяқталуы').fill(localDateTime(new Date(Date.now() + 2 * 86_400_000)));
      await page.getByLabel('Барлық банктер мен МҚҰ-лар үшін').check();
      await page.getByRole('button', { name: 'Алуды сұрау' }).click();
      // Not confirmed yet: the form stays, nothing is asked for.
      await page.getByRole('heading', { name: 'Шектеуді алуды сұрау', level: 1 }).waitFor();
      await page.getByLabel(/Мұны ешкім сұраған жоқ/).check();
      await page.getByRole('button', { name: 'Алуды сұрау' }).click();

      // Pending with a live countdown; the bank still hears "restricted" until it takes effect.
      await page.getByText('Сұрау қабылданды', { exact: false }).waitFor();
      await page.getByRole('timer').waitFor();
      await page.getByText('Күтуде').waitFor();
      expect(await bankSays(iin)).toBe(true);
      await page.getByText('Күшінде').waitFor({ timeout: (COOLING_OFF_SECONDS + 5) * 1000 });
      expect(await bankSays(iin)).toBe(false);

      // One click restores the protection at once.
      await page.getByRole('button', { name: /Болдырмау — қорғанысты қазір қалпына келтіру/ }).click();
      await page.getByText('Болдырылмады', { exact: true }).waitFor();
      expect(await bankSays(iin)).toBe(true);

      // The bank's checks are listed for the person, newest first.
      await page.getByRole('link', { name: 'Кім тексерді' }).click();
      await page.getByText('Halyk Bank').first().waitFor();
      expect(await page.getByText('Шектеу жоқ').count()).toBe(1);
      expect(await page.getByText('Шектеу бар').count()).toBe(3);
    }));

  it('lifts the restriction for one lender by its BIN: that lender hears "not restricted", every other lender still "restricted"', () =>
    inPage(browser, 'citizen-lender-lift', async (page) => {
      const { iin } = await leakedPerson();
      const [chosen, other] = await Promise.all([registerLender('Kaspi Bank', 'bank'), registerLender('Shinhan Finance MFO', 'mfo')]);
      await signIn(page, iin);

      await page.getByRole('navigation', { name: 'Жеке кабинет' }).getByRole('link', { name: 'Шектеуді алу' }).click();
      await page.getByRole('link', { name: 'Шектеуді алуды сұрау' }).click();
      await page.getByLabel(/Уақытша/).check();
      await page.getByLabel('Аяқталуы').fill(localDateTime(new Date(Date.now() + 2 * 86_400_000)));
      await page.getByLabel(/Бір ұйым үшін/).check();
      await page.getByLabel('Ұйымның БСН-і').fill(chosen.bin);
      await page.getByLabel(/Мұны ешкім сұраған жоқ/).check();
      await page.getByRole('button', { name: 'Алуды сұрау' }).click();
      await page.getByText('Сұрау қабылданды', { exact: false }).waitFor();

      await page.getByText('Күшінде').waitFor({ timeout: (COOLING_OFF_SECONDS + 5) * 1000 });
      expect(await bankSays(iin, chosen.key)).toBe(false);
      expect(await bankSays(iin, other.key)).toBe(true);
      expect(await bankSays(iin)).toBe(true);
    }));

  it('disputes a breach; once a reviewer upholds it, the breach and the restriction are gone', () =>
    inPage(browser, 'citizen-dispute', async (page) => {
      const { iin, breach } = await leakedPerson();
      await signIn(page, iin);
      await page.getByRole('article', { name: breach.title }).getByRole('link', { name: /шағым беру/ }).click();
      await page.getByLabel('Мен бұл компанияның клиенті болған емеспін').check();
      await page.getByLabel('Түсіндірме').fill('Мен бұл жеткізу қызметін ешқашан пайдаланбадым.');
      await page.getByRole('button', { name: 'Шағым жіберу' }).click();
      await page.getByText('Шағым жіберілді.').waitFor();
      await page.getByText('Қаралуда').waitFor();

      const [dispute]: Dispute[] = await (await testApp.request('GET', '/api/v1/me/disputes', { token: await citizenToken(testApp, iin) })).json();
      const reviewer = await testApp.signInAs('reviewer');
      const decision = await testApp.request('POST', `/api/v1/admin/disputes/${dispute.id}/decision`, {
        token: reviewer,
        body: { outcome: 'accepted', reason: 'The company confirmed the record belongs to someone else.' },
      });
      expect(decision.status).toBe(200);

      await page.reload();
      await page.getByText('Қанағаттандырылды').waitFor();
      await page.getByText('The company confirmed the record belongs to someone else.').waitFor();
      await page.getByRole('link', { name: 'Менің жағдайым' }).click();
      await page.getByText('Сізге шектеу жоқ', { exact: false }).waitFor();
      expect(await page.getByRole('article', { name: breach.title }).count()).toBe(0);
      expect(await bankSays(iin)).toBe(false);
    }));

  it('signs out: the session is gone and the area asks to sign in again', () =>
    inPage(browser, 'citizen-sign-out', async (page) => {
      await signIn(page, newIin());
      await page.getByRole('button', { name: 'Шығу' }).click();
      await page.getByRole('button', { name: 'eGov арқылы кіру' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'eGov арқылы кіру' }).waitFor();
    }));
});

/** A `datetime-local` value in the browser's (and this machine's) time zone. */
function localDateTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
