import type { RestrictionAnswer } from '@qorgau/shared';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newIin } from '../harness/factories';
import { createLender, restrictedPeople } from '../harness/restricted-people';
import { startTestApp, type TestApp } from '../harness/test-app';

/*
 * The Python verification of docs/lenders.md, the very block of the guide, run against real
 * answers of the running API — where python3 with the `cryptography` package is on the machine.
 */

const GUIDE = readFileSync(path.join(__dirname, '..', '..', 'docs', 'lenders.md'), 'utf8');
const snippet = /```python\n([\s\S]*?)```/.exec(GUIDE)![1];
const pythonReady = spawnSync('python3', ['-c', 'import cryptography.hazmat.primitives.asymmetric.ed25519'], { stdio: 'ignore' }).status === 0;
if (!pythonReady) process.stderr.write('lender-guide.e2e.ts: python3 with the cryptography package is not on this machine; the Python snippet is not run.\n');

let testApp: TestApp;
let key: string;
let restrictedIin: string;
beforeAll(async () => {
  testApp = await startTestApp();
  const admin = await testApp.signInAs('admin');
  key = (await createLender(testApp, admin, 'bank')).key;
  restrictedIin = (await restrictedPeople(testApp, admin, 1)).iins[0];
});
afterAll(() => testApp.close());

async function answerFor(iin: string): Promise<RestrictionAnswer> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=GUIDE-1`, { token: key });
  expect(response.status).toBe(200);
  return response.json();
}

/** Runs the snippet as the guide says (`python3 verify.py <address> <IIN> < answer.json`); asynchronously, since it fetches the JWKS from this process. */
function runSnippet(askedIin: string, answer: unknown): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const python = spawn('python3', ['-c', snippet, testApp.baseUrl, askedIin]);
    let stdout = '';
    let stderr = '';
    python.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    python.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    python.on('error', reject);
    python.on('close', (status) => resolve({ status, stdout, stderr }));
    python.stdin.end(JSON.stringify(answer));
  });
}

(pythonReady ? describe : describe.skip)('the guide’s Python verification', () => {
  it('verifies a restricted and an unrestricted answer, giving back exactly the signed fields', async () => {
    for (const iin of [restrictedIin, newIin()]) {
      const answer = await answerFor(iin);
      const { signature: _signature, ...fields } = answer;
      const run = await runSnippet(iin, answer);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toEqual(fields);
    }
  });

  it('refuses an altered answer, a forged payload and another person’s answer', async () => {
    const answer = await answerFor(restrictedIin);
    expect(await runSnippet(restrictedIin, { ...answer, restricted: false, restrictedUntil: null })).toMatchObject({ status: 1, stderr: expect.stringContaining('differs from what was signed') });

    const [header, payload, signature] = answer.signature.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), restricted: false })).toString('base64url');
    expect(await runSnippet(restrictedIin, { ...answer, restricted: false, signature: `${header}.${forged}.${signature}` })).toMatchObject({ status: 1, stderr: expect.stringContaining('InvalidSignature') });

    expect(await runSnippet(newIin(), answer)).toMatchObject({ status: 1, stderr: expect.stringContaining('differs from what was signed') });
  });
});
