import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const GENERATOR = path.join(__dirname, '..', '..', 'lender-client', 'scripts', 'generate-types.mjs');

/** `UPDATE_LENDER_TYPES=1` writes the file instead of comparing: the way to regenerate it after changing the bank API. */
const mode = process.env.UPDATE_LENDER_TYPES === '1' ? [] : ['--check'];

it('the lender client’s generated types are what the running API’s OpenAPI document generates (UPDATE_LENDER_TYPES=1 regenerates them)', async () => {
  // openapi-typescript is an ES module: run the generator in a Node process of its own, as a developer would.
  const run = promisify(execFile)(process.execPath, [GENERATOR, ...mode, `${testApp.baseUrl}/api/openapi.json`], { maxBuffer: 16 * 1024 * 1024 });
  await expect(run.then(() => 'in step', (error: { stderr: string }) => error.stderr)).resolves.toBe('in step');
});
