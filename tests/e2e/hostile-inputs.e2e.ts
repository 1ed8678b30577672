import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
});
afterAll(() => testApp.close());

async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return response.json();
}

const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('deeply nested JSON', () => {
  it.each([
    ['an object nested 5,000 levels', deepObject(5000)],
    ['an array nested 20,000 levels', deepArray(20_000)],
  ])('refuses %s at sign-in with a 400 naming the body', async (_name, body) => {
    const problem = await expectProblem(await testApp.request('POST', '/api/v1/auth/login', { body }), 400);
    expect(problem).toMatchObject({ type: 'urn:qorgau:problem:validation', errors: { body: expect.stringMatching(/levels deep/) } });
  });

  it('refuses it on a route behind a credential too, and on a field of an otherwise valid body', async () => {
    const body = `{"name":"x","bin":"123456789012","sector":"retail","contacts":${deepArray(5000)}}`;
    await expectProblem(await testApp.request('POST', '/api/v1/admin/companies', { token: admin, body }), 400);
  });

  it('refuses a body of 100,000 values before validation builds an object per value', async () => {
    const body = JSON.stringify({ purpose: 'loan', reference: 'x', iins: Array(100_000).fill(1) });
    const problem = await expectProblem(await testApp.request('POST', '/api/v1/auth/login', { body }), 400);
    expect(problem.errors).toEqual({ body: 'must not hold more than 10,000 values' });
  });

  it('refuses a query parameter given twice, naming it', async () => {
    const problem = await expectProblem(await testApp.request('GET', '/api/v1/admin/companies?filter={}&filter={}', { token: admin }), 400);
    expect(problem.errors).toEqual({ filter: 'must be given once' });
  });

  it('says what is wrong as problem+json when Fastify refuses the URL itself', async () => {
    const badUrl = await expectProblem(await testApp.request('GET', '/api/v1/admin/companies/%F0%28%8C%BC', { token: admin }), 400);
    expect(badUrl.type).toBe('urn:qorgau:problem:bad-url');
    // Past the router's 100-character parameter, Fastify answers 414 or, where another route could
    // still match, falls through to the 404 handler: a problem either way.
    const longParameter = await testApp.request('GET', `/api/v1/admin/companies/${'x'.repeat(500)}`, { token: admin });
    expect([404, 414]).toContain(longParameter.status);
    expect(longParameter.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const hugeUrl = await expectProblem(await testApp.request('GET', `/api/v1/public/breaches?q=${'x'.repeat(20_000)}`), 431);
    expect(hugeUrl.type).toBe('urn:qorgau:problem:headers-too-large');
    expect((await testApp.request('GET', '/health')).status).toBe(200);
  });

  it('refuses a deep list filter in the query string', async () => {
    const filter = encodeURIComponent(`{"a":${deepArray(1000)}}`);
    const problem = await expectProblem(await testApp.request('GET', `/api/v1/admin/companies?filter=${filter}`, { token: admin }), 400);
    expect(problem.errors).toEqual({ filter: expect.stringMatching(/levels deep/) });
  });

  it('still takes ordinary nesting, and refuses prototype keys', async () => {
    await expectProblem(await testApp.request('POST', '/api/v1/auth/login', { body: '{"__proto__":{"admin":true},"email":"a@b.kz","password":"x"}' }), 400);
    await expectProblem(await testApp.request('POST', '/api/v1/auth/login', { body: '{"constructor":{"prototype":{"admin":true}}}' }), 400);
    expect((await testApp.request('POST', '/api/v1/auth/login', { body: { email: 'nobody@test.qorgau.kz', password: 'wrong password here' } })).status).toBe(401);
  });
});
