import { randomBytes, randomUUID } from 'node:crypto';
import { BanksRepository } from '../../api/src/banks/banks.repository';
import { PublicRepository } from '../../api/src/public/public.repository';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The rate limits' shared state in PostgreSQL (README, "Several API processes"), raced from many
 * connections at once as many processes would: the statements themselves must be correct under
 * concurrency, whatever the processes' leases and memories add on top.
 */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ DATABASE_POOL_SIZE: '16', HOT_PATH_POOL_SIZE: '16' });
});
afterAll(() => testApp.close());

describe("a lender's shared token bucket", () => {
  it('grants no more than its capacity plus the refill, however many leases race for it', async () => {
    const banks = testApp.app.get(BanksRepository);
    const bankId = randomUUID();
    const rate = 1;
    const capacity = 10;
    const begin = Date.now();
    const leases = await Promise.all(Array.from({ length: 200 }, (_, index) => banks.takeRateTokens(bankId, rate, capacity, 1 + (index % 3))));
    const elapsedSeconds = (Date.now() - begin) / 1000;
    const granted = leases.reduce((sum, lease) => sum + lease.granted, 0);
    expect(granted).toBeGreaterThanOrEqual(capacity);
    expect(granted).toBeLessThanOrEqual(capacity + rate * elapsedSeconds);
    for (const lease of leases) {
      expect(lease.granted).toBeGreaterThanOrEqual(0);
      expect(lease.tokensLeft).toBeGreaterThanOrEqual(0);
    }
  });

  it('refills at the rate, up to the capacity and no further', async () => {
    const banks = testApp.app.get(BanksRepository);
    const bankId = randomUUID();
    expect((await banks.takeRateTokens(bankId, 20, 40, 40)).granted).toBe(40);
    expect((await banks.takeRateTokens(bankId, 20, 40, 40)).granted).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refilled = (await banks.takeRateTokens(bankId, 20, 40, 40)).granted;
    expect(refilled).toBeGreaterThanOrEqual(9);
    expect(refilled).toBeLessThanOrEqual(40);
  });
});

describe("the public API's shared windows", () => {
  it('count every hit of a client exactly once, however many race', async () => {
    const windows = testApp.app.get(PublicRepository);
    const client = randomBytes(32);
    const counts = await Promise.all(Array.from({ length: 100 }, () => windows.countHit(client)));
    const hits = counts.map((count) => count.hits).sort((x, y) => x - y);
    // Unless the minute turned during the race (some hits then saw the next window begin), the hits are 1…100, each once.
    const msLeft = counts.map((count) => count.msLeft);
    const minuteTurned = Math.max(...msLeft) - Math.min(...msLeft) > 30_000;
    if (!minuteTurned) expect(hits).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    for (const count of counts) expect(count.msLeft).toBeGreaterThan(0);
    expect(counts.every((count) => count.msLeft <= 60_000)).toBe(true);
  });
});
