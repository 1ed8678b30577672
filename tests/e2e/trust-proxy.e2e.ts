import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * TRUST_PROXY (README): X-Forwarded-For names the client only when the connection comes from a
 * proxy the operator trusts; otherwise any client could pick a fresh address per request and never
 * meet the public rate limit.
 */
const LIMIT = 3;
// Seven calls span at most two one-minute windows, so at most 2 × LIMIT of one client pass.
const CALLS = 7;

async function passedOf(app: TestApp, forwardedFor: (index: number) => string): Promise<number> {
  let passed = 0;
  for (let index = 0; index < CALLS; index++) {
    const response = await app.request('GET', '/api/v1/public/stats', { headers: { 'x-forwarded-for': forwardedFor(index) } });
    expect([200, 429]).toContain(response.status);
    if (response.status === 200) passed++;
  }
  return passed;
}

describe('X-Forwarded-For and the public rate limit', () => {
  it('from a client no proxy setting trusts, changes nothing: every address it claims is the one connection', async () => {
    const app = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    try {
      expect(await passedOf(app, (index) => `203.0.113.${index + 1}`)).toBeLessThanOrEqual(2 * LIMIT);
    } finally {
      await app.close();
    }
  });

  it('from a trusted proxy, names the client: each address has its own limit, and one address keeps to it', async () => {
    const app = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: '127.0.0.1/32' });
    try {
      expect(await passedOf(app, (index) => `198.51.100.${index + 1}`)).toBe(CALLS);
      expect(await passedOf(app, () => '192.0.2.7')).toBeLessThanOrEqual(2 * LIMIT);
    } finally {
      await app.close();
    }
  });
});
