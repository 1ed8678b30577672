import { ROLES, type Role } from '@qorgau/shared';
import { AUTHORIZATION_MATRIX } from '../../api/src/auth/authorization-matrix';
import { citizenToken, createBank, createBankKey, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Walks every route of the OpenAPI document with a fixed corpus of hostile bodies, path
 * parameters and query values, as the route's own kind of caller: every answer must be a 4xx
 * problem+json (or a success), never a 5xx, and the server must be healthy afterwards.
 */
let testApp: TestApp;
let document: OpenApiDocument;
const credentials = {} as Record<Role | 'bank' | 'citizen', string>;

interface OpenApiOperation {
  parameters?: { name: string; in: 'path' | 'query' | 'header' }[];
  requestBody?: { content: Record<string, { schema?: SchemaRef }> };
}
type SchemaRef = { $ref?: string; properties?: Record<string, unknown> };
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaRef> };
}

beforeAll(async () => {
  // The public limiter would answer most of the walk with 429 and hide what lies behind it.
  testApp = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000', BANK_RATE_LIMIT_PER_SECOND: '100000' });
  document = await (await testApp.request('GET', '/api/openapi.json')).json();
  for (const role of ROLES) credentials[role] = await testApp.signInAs(role);
  const bank = await createBank(testApp, credentials.admin, { rateLimitPerSecond: 100000 });
  credentials.bank = (await createBankKey(testApp, credentials.admin, bank.id)).key;
  credentials.citizen = await citizenToken(testApp, newIin());
}, 60_000);
afterAll(() => testApp.close());

const TEN_THOUSAND = 'x'.repeat(10_000);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const INVALID_UTF8 = new Blob([Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')])]);

interface HostileBody {
  name: string;
  body: string | Blob;
  contentType: string;
}

/** Bodies whose every field (from the route's schema) holds the same hostile value. */
function fieldBodies(fields: string[]): HostileBody[] {
  const filled = (value: unknown) => JSON.stringify(Object.fromEntries(fields.map((field) => [field, value])));
  return [
    { name: '10k-character strings in every field', body: filled(TEN_THOUSAND), contentType: 'application/json' },
    { name: 'a NUL byte in every field', body: filled('evil\u0000x'), contentType: 'application/json' },
    { name: 'numbers as strings in every field', body: filled('12'), contentType: 'application/json' },
    { name: 'objects in every field', body: filled({ $gt: '' }), contentType: 'application/json' },
    { name: 'a 100,000-element array in every field', body: filled(Array(100_000).fill(1)), contentType: 'application/json' },
  ];
}

const BODIES: HostileBody[] = [
  { name: 'an object nested 5,000 levels', body: deepObject(5000), contentType: 'application/json' },
  { name: 'an array nested 20,000 levels', body: deepArray(20_000), contentType: 'application/json' },
  { name: '__proto__ keys', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"role":"admin"}}}', contentType: 'application/json' },
  { name: 'invalid UTF-8', body: INVALID_UTF8, contentType: 'application/json' },
  { name: 'JSON sent as text/plain', body: '{"a":1}', contentType: 'text/plain' },
  { name: 'XML', body: '<?xml version="1.0"?><a>1</a>', contentType: 'application/xml' },
  { name: 'truncated JSON', body: '{"a":', contentType: 'application/json' },
  { name: 'JSON declared as UTF-16', body: '{"a":1}', contentType: 'application/json; charset=utf-16' },
  { name: 'a bare array', body: JSON.stringify(Array(100_000).fill('x')), contentType: 'application/json' },
];

const PATH_VALUES = ['%00', '..%2F..%2Fetc%2Fpasswd', TEN_THOUSAND, '-1', "1'%20OR%20'1'='1", '%F0%28%8C%BC'];
const QUERY_VALUES = ['%00', encodeURIComponent(TEN_THOUSAND), encodeURIComponent(deepObject(2000)), '[', encodeURIComponent('{"__proto__":{"a":1}}'), '-1e309', '99999999999999999999999', encodeURIComponent('["id","DROP TABLE"]')];

/** Routes whose refusals follow another standard: a login page for people, and OAuth's `{error}` (RFC 6749 §5.2). */
const OWN_ERROR_FORMAT = new Set(['GET /api/v1/dev-idp/authorize', 'POST /api/v1/dev-idp/authorize', 'POST /api/v1/dev-idp/oauth/token']);

function credentialFor(route: string): string | undefined {
  const access = AUTHORIZATION_MATRIX[route];
  if (access === undefined || access === 'public') return undefined;
  if (access === 'bank' || access === 'citizen') return credentials[access];
  return credentials[access[0]];
}

function fieldsOf(operation: OpenApiOperation): string[] {
  const schema = Object.values(operation.requestBody?.content ?? {})[0]?.schema;
  const resolved = schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  const fields = Object.keys(resolved?.properties ?? {});
  return fields.length > 0 ? fields : ['name'];
}

interface Probe {
  route: string;
  what: string;
  method: string;
  path: string;
  body?: HostileBody;
}

function probesFor(route: string, operation: OpenApiOperation): Probe[] {
  const [method, template] = route.split(' ');
  const validPath = template.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
  const probes: Probe[] = [];
  if (/\{\w+\}/.test(template)) {
    for (const value of PATH_VALUES) probes.push({ route, what: `path parameter ${value.slice(0, 30)}`, method, path: template.replace(/\{\w+\}/g, value) });
  }
  const queryNames = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
  for (const name of queryNames.length > 0 ? queryNames : ['filter']) {
    for (const value of QUERY_VALUES) probes.push({ route, what: `query ${name}=${value.slice(0, 30)}`, method, path: `${validPath}?${name}=${value}` });
    probes.push({ route, what: `query ${name} repeated`, method, path: `${validPath}?${name}=1&${name}=2` });
  }
  if (method !== 'GET' && method !== 'DELETE') {
    for (const body of [...BODIES, ...fieldBodies(fieldsOf(operation))]) probes.push({ route, what: body.name, method, path: validPath, body });
  }
  return probes;
}

async function send(probe: Probe): Promise<string | null> {
  const headers: Record<string, string> = {};
  const credential = credentialFor(probe.route);
  if (credential) headers.authorization = `Bearer ${credential}`;
  if (probe.body) headers['content-type'] = probe.body.contentType;
  const response = await fetch(testApp.baseUrl + probe.path, { method: probe.method, headers, body: probe.body?.body });
  const text = await response.text();
  if (response.status >= 500) return `${probe.route} with ${probe.what} → ${response.status} ${text.slice(0, 200)}`;
  if (response.status >= 400 && !OWN_ERROR_FORMAT.has(probe.route) && !/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) {
    return `${probe.route} with ${probe.what} → ${response.status} as ${response.headers.get('content-type')}`;
  }
  return null;
}

describe('a hostile corpus against every route', () => {
  it('never gets a 5xx, always a problem+json 4xx, and leaves the server healthy', async () => {
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
    const probes = routes.flatMap(({ route, operation }) => probesFor(route, operation));
    expect(probes.length).toBeGreaterThanOrEqual(1000);

    const failures: string[] = [];
    const queue = [...probes];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let probe = queue.shift(); probe; probe = queue.shift()) {
          const failure = await send(probe);
          if (failure) failures.push(failure);
        }
      }),
    );
    expect(failures).toEqual([]);

    expect((await testApp.request('GET', '/health')).status).toBe(200);
    expect((await testApp.request('GET', '/api/v1/auth/me', { token: await testApp.signInAs('admin') })).status).toBe(200);
  }, 120_000);
});
