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
