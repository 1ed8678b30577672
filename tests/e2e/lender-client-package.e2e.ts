import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { newIin } from '../harness/factories';
import { createLender, restrictedPeople, type Lender } from '../harness/restricted-people';
import { startTestApp, type TestApp } from '../harness/test-app';

/*
 * The lender client as a lender gets it: `pnpm pack` (its `prepack` builds it), the tarball unpacked
 * into a project's node_modules, then loaded by name both ways, `require` (dist/cjs) and `import`
 * (dist/esm), each in a Node process of its own, each checking against the real running API.
 */

const run = promisify(execFile);
const PACKAGE_DIR = path.join(__dirname, '..', '..', 'lender-client');

let testApp: TestApp;
let lender: Lender;
let restrictedIin: string;
let project: string;

beforeAll(async () => {
  project = mkdtempSync(path.join(os.tmpdir(), 'qorgau-lender-project-'));
  const packing = run('corepack', ['pnpm', 'pack', '--pack-destination', project], { cwd: PACKAGE_DIR, maxBuffer: 16 * 1024 * 1024 });
  testApp = await startTestApp();
  const admin = await testApp.signInAs('admin');
  lender = await createLender(testApp, admin, 'bank');
  restrictedIin = (await restrictedPeople(testApp, admin, 1)).iins[0];
  await packing;

  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;
  const scope = path.join(project, 'node_modules', '@qorgau');
  mkdirSync(scope, { recursive: true });
  await run('tar', ['xzf', path.join(project, tarball), '-C', scope]);
  renameSync(path.join(scope, 'package'), path.join(scope, 'lender-client'));
  // Its one dependency, as an installer would place it beside it.
  symlinkSync(realpathSync(path.join(PACKAGE_DIR, 'node_modules', 'jose')), path.join(project, 'node_modules', 'jose'), 'dir');
}, 120_000);
afterAll(async () => {
  await testApp?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** What the lender's script prints: how the package resolved, a verified answer, and the typed errors of two refusals. */
interface Outcome {
  resolved: string;
  restricted: boolean;
  neverSeenRestricted: boolean;
  signature: boolean;
  tooLong: Refusal;
  tooLarge: Refusal;
  badUrl: Refusal;
  uriTooLong: Refusal;
}
interface Refusal {
  name: string;
  typed: boolean;
  malformed: boolean;
  status: number;
  type: string;
}

/**
 * The same lender code in both module systems: only the first lines differ. The registry's own
 * answers where a lender can meet them; the two framework problems a bank check cannot provoke
 * through this client (it encodes the IIN, and the router's catch-all takes over-long parameters)
 * from a stand-in answer, to see their classes in the build.
 */
const BODY = `
const client = new QorgauClient({ baseUrl: process.env.QORGAU_URL, apiKey: process.env.QORGAU_KEY });
const context = { purpose: 'loan', reference: 'APP-PACKAGE-1' };
const refusal = (Expected) => (error) => ({
  name: error.constructor.name, typed: error instanceof Expected, malformed: error instanceof QorgauMalformedRequestError, status: error.status, type: error.type,
});
const answering = (status, code) => new QorgauClient({
  baseUrl: 'http://registry.invalid', apiKey: 'qk_test', maxRetries: 0,
  fetch: async () => new Response(JSON.stringify({ type: 'urn:qorgau:problem:' + code, title: 'Refused', status }), { status, headers: { 'content-type': 'application/problem+json' } }),
});
const main = async () => {
  const restricted = await client.check(process.env.RESTRICTED_IIN, context);
  const neverSeen = await client.check(process.env.NEVER_SEEN_IIN, context);
  const tooLong = await client.check('1'.repeat(150), context).then(() => null, refusal(QorgauRouteNotFoundError));
  const tooLarge = await client.check(process.env.NEVER_SEEN_IIN, { ...context, reference: 'R'.repeat(20000) }).then(() => null, refusal(QorgauHeadersTooLargeError));
  const badUrl = await answering(400, 'bad-url').check('900101300601', context).then(() => null, refusal(QorgauBadUrlError));
  const uriTooLong = await answering(414, 'uri-too-long').check('900101300601', context).then(() => null, refusal(QorgauUriTooLongError));
  console.log(JSON.stringify({
    resolved, restricted: restricted.restricted, neverSeenRestricted: neverSeen.restricted, signature: typeof restricted.signature === 'string',
    tooLong, tooLarge, badUrl, uriTooLong,
  }));
};
main().catch((error) => { console.error(error); process.exit(1); });
`;

const SCRIPTS = {
  cjs: [
    `const { QorgauClient, QorgauMalformedRequestError, QorgauBadUrlError, QorgauUriTooLongError, QorgauHeadersTooLargeError, QorgauRouteNotFoundError } = require('@qorgau/lender-client');`,
    `const resolved = require.resolve('@qorgau/lender-client');`,
    BODY,
  ].join('\n'),
  mjs: [
    `import { QorgauClient, QorgauMalformedRequestError, QorgauBadUrlError, QorgauUriTooLongError, QorgauHeadersTooLargeError, QorgauRouteNotFoundError } from '@qorgau/lender-client';`,
    `const resolved = import.meta.resolve('@qorgau/lender-client');`,
    BODY,
  ].join('\n'),
};

describe('the packed lender client', () => {
  it.each([
    ['cjs', 'require', path.join('dist', 'cjs', 'index.js')],
    ['mjs', 'import', '/dist/esm/index.js'],
  ] as const)('loads by %s (%s) from %s and checks against the registry, refusals typed', async (extension, _how, entry) => {
    const script = path.join(project, `lender.${extension}`);
    writeFileSync(script, SCRIPTS[extension]);
    const env = { ...process.env, QORGAU_URL: testApp.baseUrl, QORGAU_KEY: lender.key, RESTRICTED_IIN: restrictedIin, NEVER_SEEN_IIN: newIin() };
    const { stdout } = await run(process.execPath, [script], { cwd: project, env });
    const outcome: Outcome = JSON.parse(stdout);
    expect(outcome.resolved).toContain(path.join('node_modules', '@qorgau', 'lender-client'));
    expect(outcome.resolved.endsWith(entry)).toBe(true);
    expect(outcome).toMatchObject({ restricted: true, neverSeenRestricted: false, signature: true });
    expect(outcome.tooLong).toEqual({ name: 'QorgauRouteNotFoundError', typed: true, malformed: false, status: 404, type: 'urn:qorgau:problem:route-not-found' });
    expect(outcome.tooLarge).toEqual({ name: 'QorgauHeadersTooLargeError', typed: true, malformed: true, status: 431, type: 'urn:qorgau:problem:headers-too-large' });
    expect(outcome.badUrl).toEqual({ name: 'QorgauBadUrlError', typed: true, malformed: true, status: 400, type: 'urn:qorgau:problem:bad-url' });
    expect(outcome.uriTooLong).toEqual({ name: 'QorgauUriTooLongError', typed: true, malformed: true, status: 414, type: 'urn:qorgau:problem:uri-too-long' });
  });
});
