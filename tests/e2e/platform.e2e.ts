import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ CORS_ORIGINS: 'http://localhost:5173' });
});
afterAll(() => testApp.close());

function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

describe('operations endpoints', () => {
  it('reports health with the database checked', async () => {
    const response = await testApp.request('GET', '/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('exposes Prometheus metrics with an HTTP histogram labelled by route template', async () => {
    await testApp.request('GET', '/health');
    const response = await testApp.request('GET', '/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/# TYPE http_request_duration_seconds histogram/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/health"[^}]*status_code="200"/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('without METRICS_TOKEN refuses a loopback request that came through a proxy (it may come from anywhere)', async () => {
    const proxied: Record<string, string>[] = [{ 'x-forwarded-for': '203.0.113.7' }, { forwarded: 'for=203.0.113.7;proto=https' }, { 'x-real-ip': '127.0.0.1' }];
    for (const headers of proxied) {
      const response = await testApp.request('GET', '/metrics', { headers });
      expectProblem(response, 403);
      expect(await response.text()).not.toContain('http_request_duration_seconds');
    }
    expect((await testApp.request('GET', '/metrics')).status).toBe(200);
  });

  it('serves the OpenAPI document and its viewer', async () => {
    const document = await (await testApp.request('GET', '/api/openapi.json')).json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/admin/stats', '/health']));
    const viewer = await testApp.request('GET', '/api/docs');
    expect(viewer.status).toBe(200);
    expect(await viewer.text()).toContain('swagger');
  });
});

describe('errors are problem documents, never stack traces', () => {
  it('answers an unknown API route with 404 route-not-found, naming the method and path but not the query', async () => {
    const response = await testApp.request('GET', '/api/v1/no-such-thing?secret=1');
    expectProblem(response, 404);
    const problem = await response.json();
    expect(problem).toMatchObject({
      type: 'urn:qorgau:problem:route-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'There is no route for GET /api/v1/no-such-thing.',
      instance: '/api/v1/no-such-thing',
    });
    expect(problem.requestId).toEqual(response.headers.get('x-request-id'));
  });

  it.each([
    ['DELETE', '/api/v1/public/breaches'],
    ['GET', '/api/v2/public/breaches'],
    ['GET', '/health/deep'],
    ['GET', '/metrics/x'],
    ['POST', '/api'],
  ])('answers %s %s, which no route serves, with 404 route-not-found', async (method, path) => {
    const response = await testApp.request(method, path, method === 'GET' ? {} : { body: {} });
    expectProblem(response, 404);
    expect(await response.json()).toMatchObject({ type: 'urn:qorgau:problem:route-not-found', status: 404 });
  });

  it('answers a known route asked for an id it does not have with 404 not-found, naming the id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const response = await testApp.request('GET', `/api/v1/admin/companies/${id}`, { token: await testApp.signInAs('analyst') });
    expectProblem(response, 404);
    expect(await response.json()).toMatchObject({ type: 'urn:qorgau:problem:not-found', status: 404, detail: `There is no company with id ${id}.` });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await testApp.request('POST', '/api/v1/auth/login', { body: '{"email": "a@b.kz",' });
    expectProblem(response, 400);
    expect(JSON.stringify(await response.json())).not.toMatch(/at .*\.js:\d+/);
  });

  it('names each invalid field, unknown fields included', async () => {
    const response = await testApp.request('POST', '/api/v1/auth/login', { body: { email: 42, password: 'x', role: 'admin' } });
    expectProblem(response, 400);
    const problem = await response.json();
    expect(problem.type).toBe('urn:qorgau:problem:validation');
    expect(problem.errors).toEqual({ email: expect.any(String), role: 'unknown field' });
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await testApp.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@b.kz', password: 'x'.repeat(1024 * 1024 + 1) },
    });
    expectProblem(response, 413);
    expect((await response.json()).detail).toMatch(/1 MB/);
  });

  it('refuses a body of an unsupported media type with 415', async () => {
    const response = await testApp.request('POST', '/api/v1/auth/login', { body: 'email=a', headers: { 'content-type': 'application/xml' } });
    expectProblem(response, 415);
  });
});

describe('HTTP hygiene', () => {
  it('sends security headers and a request id, keeping a sane one offered by the caller', async () => {
    const response = await testApp.request('GET', '/health', { headers: { 'x-request-id': 'bank-trace-42' } });
    expect(response.headers.get('x-request-id')).toBe('bank-trace-42');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBeTruthy();
    const generated = await testApp.request('GET', '/health', { headers: { 'x-request-id': 'not a sane id <script>' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the configured origins read Content-Range', async () => {
    const response = await testApp.request('OPTIONS', '/api/v1/admin/users', {
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const list = await testApp.request('GET', '/health', { headers: { origin: 'http://localhost:5173' } });
    expect(list.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
  });

  it('does not open CORS to other origins', async () => {
    const response = await testApp.request('GET', '/health', { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('front ends on the same port', () => {
  it('serves the citizen portal at / and falls back to it for client routes', async () => {
    for (const path of ['/', '/some/portal/page']) {
      const response = await testApp.request('GET', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<div id="root">/);
    }
  });

  it('serves the back office at /admin/ with its own fallback', async () => {
    for (const path of ['/admin', '/admin/', '/admin/users']) {
      const response = await testApp.request('GET', path);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/\/admin\/assets\//);
    }
  });

  it('serves built assets with long caching', async () => {
    const html = await (await testApp.request('GET', '/admin/')).text();
    const asset = html.match(/\/admin\/assets\/[^"]+\.js/)![0];
    const response = await testApp.request('GET', asset);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
  });
});

describe('/metrics with METRICS_TOKEN set', () => {
  const token = 'prometheus-scrape-token-0123456789abcdef';
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ METRICS_TOKEN: token });
  });

  afterAll(() => testApp.close());

  it('is a 401 problem without the token or with another, even from loopback', async () => {
    const refusedHeaders: Record<string, string>[] = [{}, { authorization: 'Bearer not-the-token' }, { authorization: `Basic ${token}` }];
    for (const headers of refusedHeaders) {
      const response = await testApp.request('GET', '/metrics', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.text()).not.toContain('http_request_duration_seconds');
    }
  });

  it('answers the metrics to the bearer of the token, through a proxy too', async () => {
    for (const proxied of [{}, { 'x-forwarded-for': '203.0.113.7' }] as Record<string, string>[]) {
      const response = await testApp.request('GET', '/metrics', { headers: { ...proxied, authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/# TYPE http_request_duration_seconds histogram/);
    }
  });
});
