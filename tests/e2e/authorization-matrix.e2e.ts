import { ROLES, type Role } from '@qorgau/shared';
import { AUTHORIZATION_MATRIX } from '../../api/src/auth/authorization-matrix';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Walks every route the application serves × every role (and no token) against the one table of
 * who may call what. A route without an entry, or an entry without a route, fails here.
 */
let testApp: TestApp;
let routes: string[];
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  testApp = await startTestApp();
  const document = await (await testApp.request('GET', '/api/openapi.json')).json();
  routes = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
  for (const role of ROLES) tokens[role] = await testApp.signInAs(role);
});
afterAll(() => testApp.close());

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function call(route: string, token?: string) {
  const [method, path] = route.split(' ');
  return testApp.request(method, path.replace(/\{\w+\}/g, PLACEHOLDER_ID), { token, body: method === 'GET' ? undefined : {} });
}

describe('the authorisation matrix', () => {
  it('has an entry for every route the API serves, and no entry for a route it does not', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((route) => !(route in AUTHORIZATION_MATRIX))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('is enforced: 401 without a token, 403 for a role not listed, neither for a role listed', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const access = AUTHORIZATION_MATRIX[route];
      const anonymous = (await call(route)).status;
      if (access === 'public' ? anonymous === 401 || anonymous === 403 : anonymous !== 401) {
        mismatches.push(`${route} without a token → ${anonymous}`);
      }
      if (access === 'public') continue;
      for (const role of ROLES) {
        if (access === 'bank' || access === 'citizen') {
          // A regulator's token is the wrong kind of credential for the bank and citizen APIs.
          const status = (await call(route, tokens[role])).status;
          if (status !== 401) mismatches.push(`${route} (${access}) with a ${role}'s token → ${status}`);
          continue;
        }
        const status = (await call(route, tokens[role])).status;
        const allowed = access.includes(role);
        if (allowed ? status === 401 || status === 403 : status !== 403) mismatches.push(`${route} as ${role} → ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
