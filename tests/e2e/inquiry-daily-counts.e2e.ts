import type { AdminStats } from '@qorgau/shared';
import { InquiryDailyCounts } from '../../api/src/inquiries/inquiry-daily-counts.service';
import { createBank, createBankKey, newIin } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/** The dashboard's inquiries per lender come from daily counts (migration 1763772600000) and today's rows: the same figures as counting every row. */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

let testApp: TestApp;
let admin: string;
let banks: { id: string; key: string }[];
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  banks = [];
  for (let index = 0; index < 3; index++) {
    const bank = await createBank(testApp, admin);
    banks.push({ id: bank.id, key: (await createBankKey(testApp, admin, bank.id)).key });
  }
  // The run at start may not have ended: wait for it, then forget it, as if the registry had never counted.
  await testApp.app.get(InquiryDailyCounts).run();
  await sql(testApp.databaseUrl, `DELETE FROM inquiry_daily_counts_watermark`);
  await sql(testApp.databaseUrl, `DELETE FROM inquiry_daily_counts`);
});
afterAll(() => testApp.close());

/** `count` inquiries of a lender checked `ago` ms before now, every `restrictedEvery`-th one restricted. */
async function insertAgo(bankId: string, ago: number, count: number, restrictedEvery = 3): Promise<void> {
  await sql(
    testApp.databaseUrl,
    `INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
     SELECT gen_random_uuid(), $1, 'loan', 'DAILY-' || n, sha256(n::text::bytea), n % $4 = 0, NULL, now() - $2 * interval '1 millisecond'
       FROM generate_series(1, $3) n`,
    [bankId, ago, count, restrictedEvery],
  );
}

/** What the dashboard showed before the daily counts: every row of the last 30 days counted. */
function rawPerBank(): Promise<AdminStats['inquiriesPerBank']> {
  return sql(
    testApp.databaseUrl,
    `SELECT b.id AS "bankId", b.name, b.kind, count(*)::int AS inquiries, (count(*) FILTER (WHERE i.restricted))::int AS restricted
       FROM inquiries i JOIN banks b ON b.id = i.bank_id
      WHERE i.checked_at > now() - interval '30 days'
      GROUP BY b.id
      ORDER BY inquiries DESC, b.name
      LIMIT 20`,
  );
}

async function dashboard(): Promise<AdminStats['inquiriesPerBank']> {
  const response = await testApp.request('GET', '/api/v1/admin/stats', { token: admin });
  expect(response.status).toBe(200);
  return ((await response.json()) as AdminStats).inquiriesPerBank;
}

async function expectSameAsRaw(): Promise<void> {
  const [shown, raw] = await Promise.all([dashboard(), rawPerBank()]);
  expect(shown).toEqual(raw);
}

describe('the dashboard from daily counts', () => {
  it('shows the same inquiries per lender as counting every row, before and after the days are counted, today included', async () => {
    const [a, b, c] = banks;
    // Several days back, the edges of the 30-day window among them, and today.
    await insertAgo(a.id, 40 * DAY_MS, 7);
    await insertAgo(a.id, 30 * DAY_MS + HOUR_MS, 5);
    await insertAgo(b.id, 30 * DAY_MS - HOUR_MS, 4, 2);
    await insertAgo(a.id, 29 * DAY_MS, 6);
    await insertAgo(b.id, 12 * DAY_MS, 9, 1);
    await insertAgo(c.id, 3 * DAY_MS, 11, 4);
    await insertAgo(a.id, 1 * DAY_MS, 8);
    await insertAgo(c.id, 60_000, 2);
    for (const reference of ['TODAY-1', 'TODAY-2']) {
      const response = await testApp.request('GET', `/api/v1/restrictions/${newIin()}?purpose=loan&reference=${reference}`, { token: b.key });
      expect(response.status).toBe(200);
    }
    expect((await rawPerBank()).length).toBe(3);

    await expectSameAsRaw();
    expect(await sql(testApp.databaseUrl, `SELECT 1 FROM inquiry_daily_counts`)).toEqual([]);

    const counted = await testApp.app.get(InquiryDailyCounts).run();
    expect(counted).toBeGreaterThanOrEqual(30);
    const [{ days }] = await sql<{ days: number }>(testApp.databaseUrl, `SELECT count(DISTINCT day)::int AS days FROM inquiry_daily_counts`);
    expect(days).toBeGreaterThanOrEqual(4);
    await expectSameAsRaw();

    // Counting again changes nothing; today's checks still count as they come.
    expect(await testApp.app.get(InquiryDailyCounts).run()).toBe(0);
    await insertAgo(a.id, 1000, 30);
    const response = await testApp.request('GET', `/api/v1/restrictions/${newIin()}?purpose=microcredit&reference=TODAY-3`, { token: c.key });
    expect(response.status).toBe(200);
    await expectSameAsRaw();
  });

  it('takes the counted days from the daily counts, not from the rows', async () => {
    const [{ day }] = await sql<{ day: string }>(
      testApp.databaseUrl,
      `SELECT day::text FROM inquiry_daily_counts WHERE day > (now() - interval '29 days')::date AND NOT restricted ORDER BY day LIMIT 1`,
    );
    const before = await dashboard();
    await sql(testApp.databaseUrl, `UPDATE inquiry_daily_counts SET count = count + 1000 WHERE day = $1 AND NOT restricted`, [day]);
    const after = await dashboard();
    const total = (figures: AdminStats['inquiriesPerBank']) => figures.reduce((sum, figure) => sum + figure.inquiries, 0);
    expect(total(after) - total(before)).toBeGreaterThanOrEqual(1000);
    await sql(testApp.databaseUrl, `UPDATE inquiry_daily_counts SET count = count - 1000 WHERE day = $1 AND NOT restricted`, [day]);
    await expectSameAsRaw();
  });
});
