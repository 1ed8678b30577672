import { computeIinCheckDigit, type Breach, type Company, type IngestJob } from '@qorgau/shared';
import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { leakLines } from '../../api/src/cli/leak-generator';
import { IngestionService } from '../../api/src/ingestion/ingestion.service';
import { REPO_ROOT } from '../../api/src/config/paths';
import { APP_CONFIG } from '../../api/src/config/config.module';
import type { ResolvedConfig } from '../../api/src/config/development-secrets';
import { auditEventsOf, createCompany, listQuery } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, TEST_ADMIN, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
let analyst: string;
let company: Company;
let pepper: string;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  analyst = await testApp.signInAs('analyst');
  company = await createCompany(testApp, admin, { name: 'Leaky Telecom JSC', sector: 'telecom' });
  pepper = testApp.app.get<ResolvedConfig>(APP_CONFIG).registry.pepper;
});
afterAll(() => testApp.close());

/** Valid IINs, distinct: `iin(0)`, `iin(1)`… */
function iin(index: number): string {
  for (let salt = 0; ; salt++) {
    const first11 = String(90010130000 + index * 13 + salt * 7).padStart(11, '0');
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
const IIN_A = iin(1);
const IIN_B = iin(2);
const IIN_C = iin(3);

async function newBreach(token = analyst, baseUrl = testApp.baseUrl, companyId = company.id): Promise<Breach> {
  const response = await fetch(`${baseUrl}/api/v1/admin/breaches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      companyId,
      title: 'Subscriber base dumped on a forum',
      discoveredAt: '2025-11-24T04:00:00Z',
      reportedAt: '2025-11-25T10:00:00Z',
      dataClasses: ['iin', 'phone', 'email'],
    }),
  });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

const upload = (breachId: string, body: string | Buffer, options: { token?: string; type?: string; baseUrl?: string } = {}) =>
  fetch(`${options.baseUrl ?? testApp.baseUrl}/api/v1/admin/breaches/${breachId}/exposures`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? analyst}`, 'content-type': options.type ?? 'text/csv' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

async function waitForJob(jobId: string, baseUrl = testApp.baseUrl, token = analyst): Promise<IngestJob> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const job: IngestJob = await (await fetch(`${baseUrl}/api/v1/admin/ingest-jobs/${jobId}`, { headers: { authorization: `Bearer ${token}` } })).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** Uploads a file into a (new) breach and returns the finished job. */
async function load(body: string | Buffer, breachId?: string): Promise<IngestJob> {
  const id = breachId ?? (await newBreach()).id;
  const response = await upload(id, body);
  expect(response.status).toBe(202);
  const { jobId } = await response.json();
  return waitForJob(jobId);
}

const counts = (job: IngestJob) => ({ status: job.status, rowsRead: job.rowsRead, accepted: job.accepted, rejected: job.rejected, duplicates: job.duplicates });
const exposureCount = async (breachId: string) => (await sql<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM exposures WHERE breach_id = $1', [breachId]))[0].n;
const hmac = (kind: string, value: string) => createHmac('sha256', pepper).update(`${kind}:${value}`).digest();

describe('reading a file', () => {
  it('takes columns by header in any case and order, and counts per value', async () => {
    const job = await load(`Email,IIN,Phone,Name\nAigerim@Mail.KZ,${IIN_A},8 (701) 123-45-67,Aigerim\n,${IIN_B},,Dana\n`);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 2, accepted: 4, rejected: 0, duplicates: 0 });
    expect(job).toMatchObject({ rejectSample: [], error: null, startedAt: expect.any(String), finishedAt: expect.any(String) });
    expect(job.bytesRead).toBeGreaterThan(0);
  });

  it.each([
    ['Russian headers, semicolons', `ИИН;Телефон;E-mail\n${IIN_A};+7 701 123 4567;a@b.kz\n`],
    ['Kazakh headers, tabs', `ЖСН\tтелефон\temail\n${IIN_A}\t87011234567\ta@b.kz\n`],
    ['a BOM and CRLF', `\uFEFFiin,phone,email\r\n${IIN_A},77011234567,A@B.KZ\r\n`],
    ['quoted fields and blank lines', `"iin","phone","email"\n\n"${IIN_A}","+7 701 123 45 67","a@b.kz"\n\n\n`],
  ])('reads %s', async (_name, body) => {
    const breach = await newBreach();
    const job = await load(body, breach.id);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 1, accepted: 3, rejected: 0, duplicates: 0 });
    // The same identifiers normalise and hash alike whatever their spelling.
    const stored = await sql<{ hash: Buffer }>(testApp.databaseUrl, 'SELECT identifier_hash AS hash FROM exposures WHERE breach_id = $1', [breach.id]);
    expect(stored.map((row) => row.hash.toString('hex')).sort()).toEqual(
      [hmac('iin', IIN_A), hmac('phone', '+77011234567'), hmac('email', 'a@b.kz')].map((hash) => hash.toString('hex')).sort(),
    );
  });

  it('recognises each value of a headerless single column by its shape', async () => {
    const job = await load(`${IIN_A}\n+77011234567\nsomeone@mail.kz\nhello\n123456789012\n`);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 5, accepted: 3, rejected: 2, duplicates: 0 });
    expect(job.rejectSample.map((sample) => sample.line)).toEqual([4, 5]);
  });

  it('rejects phones in an IIN column, with lines, masked values and reasons', async () => {
    const job = await load(`iin\n87011234567\n${IIN_A}\n+7 701 765 4321\n`);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 3, accepted: 1, rejected: 2, duplicates: 0 });
    expect(job.rejectSample).toEqual([
      { line: 2, value: '8701***4567', reason: expect.stringContaining('IIN') },
      { line: 4, value: '+7 7***4321', reason: expect.stringContaining('IIN') },
    ]);
  });

  it('keeps at most 20 rejects in the sample and counts them all', async () => {
    const body = `iin\n${Array.from({ length: 50 }, (_, index) => `bad-${index}-value`).join('\n')}\n`;
    const job = await load(body);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 50, accepted: 0, rejected: 50, duplicates: 0 });
    expect(job.rejectSample).toHaveLength(20);
  });

  it('fails a job with a 10 MB line clearly, and stays healthy', async () => {
    const breach = await newBreach();
    const job = await load(`iin\n${IIN_A}\n${'9'.repeat(10 * 1024 * 1024)}\n${IIN_B}\n`, breach.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/longer than 1 MB.*line 3.*Nothing was loaded/);
    expect(await exposureCount(breach.id)).toBe(0);
    expect((await testApp.request('GET', '/health')).status).toBe(200);
  });

  it('survives binary garbage: a clear result, never a crash', async () => {
    const breach = await newBreach();
    const job = await load(garbageWithoutIdentifiers(256 * 1024), breach.id);
    expect(['done', 'failed']).toContain(job.status);
    if (job.status === 'done') expect(job.accepted).toBe(0);
    else expect(job.error).toMatch(/Nothing was loaded/);
    expect(await exposureCount(breach.id)).toBe(0);
    expect((await testApp.request('GET', '/health')).status).toBe(200);
  });

  it('takes a file cut off mid-row: the cut value is rejected', async () => {
    const job = await load(`iin,phone\n${IIN_A},87011234567\n${IIN_B.slice(0, 7)}`);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 2, accepted: 2, rejected: 1, duplicates: 0 });
  });

  it('fails a file cut off inside a quoted field, keeping nothing', async () => {
    const breach = await newBreach();
    const job = await load(`iin\n${IIN_A}\n"${IIN_B}`, breach.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/ends inside a quoted field/);
    expect(await exposureCount(breach.id)).toBe(0);
  });

  it.each([
    ['an empty file', ''],
    ['a header only', 'iin,phone,email\r\n'],
    ['blank lines only', '\n\n\r\n'],
  ])('finishes %s with nothing counted', async (_name, body) => {
    expect(counts(await load(body))).toEqual({ status: 'done', rowsRead: 0, accepted: 0, rejected: 0, duplicates: 0 });
  });

  it('reads a generated leak of every kind with its share of bad rows', async () => {
    const lines = [...leakLines({ rows: 3000, invalidShare: 0.05, kinds: ['iin', 'phone', 'email'], seed: 7 })];
    const job = await load(`${lines.join('\n')}\n`);
    expect(job.status).toBe('done');
    expect(job.rowsRead).toBe(3000);
    expect(job.rejected).toBeGreaterThan(100);
    expect(job.rejected).toBeLessThan(250);
    expect(job.accepted + job.duplicates + job.rejected).toBe(9000);
  });
});

describe('duplicates and concurrency', () => {
  it('counts duplicates within a file and across files of one breach, and allows them across breaches', async () => {
    const breach = await newBreach();
    const first = await load(`iin\n${IIN_A}\n${IIN_B}\n${IIN_A}\n`, breach.id);
    expect(counts(first)).toEqual({ status: 'done', rowsRead: 3, accepted: 2, rejected: 0, duplicates: 1 });
    const second = await load(`iin\n${IIN_B}\n${IIN_C}\n`, breach.id);
    expect(counts(second)).toEqual({ status: 'done', rowsRead: 2, accepted: 1, rejected: 0, duplicates: 1 });
    const view: Breach = await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: analyst })).json();
    expect(view.exposureCount).toBe(3);
    expect(await exposureCount(breach.id)).toBe(3);

    const other = await load(`iin\n${IIN_A}\n`);
    expect(counts(other)).toMatchObject({ accepted: 1, duplicates: 0 });
  });

  it('counts two uploads to one breach at once correctly', async () => {
    const breach = await newBreach();
    const first = Array.from({ length: 3000 }, (_, index) => iin(1000 + index));
    const second = Array.from({ length: 3000 }, (_, index) => iin(2500 + index));
    const responses = await Promise.all([upload(breach.id, `iin\n${first.join('\n')}\n`), upload(breach.id, `iin\n${second.join('\n')}\n`)]);
    const jobs = await Promise.all(responses.map(async (response) => waitForJob((await response.json()).jobId)));
    const union = new Set([...first, ...second]).size;
    expect(jobs.map((job) => job.status)).toEqual(['done', 'done']);
    expect(jobs[0].accepted + jobs[1].accepted).toBe(union);
    expect(jobs[0].duplicates + jobs[1].duplicates).toBe(6000 - union);
    expect(await exposureCount(breach.id)).toBe(union);
    const view: Breach = await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}`, { token: analyst })).json();
    expect(view.exposureCount).toBe(union);
  });
});

describe('the upload request', () => {
  it('accepts a multipart file', async () => {
    const breach = await newBreach();
    const form = new FormData();
    form.append('file', new Blob([`iin\n${IIN_A}\n${IIN_B}\n`], { type: 'text/csv' }), 'leak.csv');
    const response = await fetch(`${testApp.baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}` },
      body: form,
    });
    expect(response.status).toBe(202);
    expect(counts(await waitForJob((await response.json()).jobId))).toEqual({ status: 'done', rowsRead: 2, accepted: 2, rejected: 0, duplicates: 0 });
  });

  it('is 404 for an unknown breach and 409 for a rejected or retracted one', async () => {
    expect((await upload('00000000-0000-4000-8000-000000000000', `iin\n${IIN_A}\n`)).status).toBe(404);
    expect((await upload('not-a-breach', `iin\n${IIN_A}\n`)).status).toBe(404);
    const rejected = await newBreach();
    await testApp.request('POST', `/api/v1/admin/breaches/${rejected.id}/transitions`, { token: analyst, body: { to: 'rejected', reason: 'Not a leak' } });
    const refused = await upload(rejected.id, `iin\n${IIN_A}\n`);
    expect(refused.status).toBe(409);
    expect((await refused.json()).type).toBe('urn:qorgau:problem:breach-not-loadable');
    const retracted = await newBreach();
    for (const to of ['investigating', 'confirmed', 'retracted']) {
      await testApp.request('POST', `/api/v1/admin/breaches/${retracted.id}/transitions`, { token: analyst, body: { to, reason: `to ${to}` } });
    }
    expect((await upload(retracted.id, `iin\n${IIN_A}\n`)).status).toBe(409);
  });

  it('is 415 without a file', async () => {
    const breach = await newBreach();
    expect((await testApp.request('POST', `/api/v1/admin/breaches/${breach.id}/exposures`, { token: analyst, body: {} })).status).toBe(415);
  });

  it('lets the four roles read jobs, and only admins and analysts load', async () => {
    const breach = await newBreach();
    const job = await load(`iin\n${IIN_A}\n`, breach.id);
    for (const role of ['reviewer', 'auditor'] as const) {
      const token = await testApp.signInAs(role);
      expect((await upload(breach.id, `iin\n${IIN_A}\n`, { token })).status).toBe(403);
      expect((await testApp.request('GET', `/api/v1/admin/ingest-jobs/${job.id}`, { token })).status).toBe(200);
    }
    const list = await testApp.request('GET', `/api/v1/admin/ingest-jobs?${listQuery({ filter: { breachId: breach.id, status: 'done' } })}`, { token: admin });
    expect(list.headers.get('content-range')).toBe('ingest-jobs 0-0/1');
    expect((await list.json()).map((each: IngestJob) => each.id)).toEqual([job.id]);
    expect((await testApp.request('GET', '/api/v1/admin/ingest-jobs/00000000-0000-4000-8000-000000000000', { token: admin })).status).toBe(404);
  });
});

describe('a draft holding exposures', () => {
  it('cannot be deleted: its loaded identifiers are evidence', async () => {
    const breach = await newBreach();
    await load(`iin\n${IIN_A}\n`, breach.id);
    const response = await testApp.request('DELETE', `/api/v1/admin/breaches/${breach.id}`, { token: analyst });
    expect(response.status).toBe(409);
    expect((await response.json()).detail).toMatch(/1 loaded exposures/);
    expect(await exposureCount(breach.id)).toBe(1);
  });
});

describe('identifiers at rest', () => {
  it('stores the keyed hash, never the raw value, in exposures, jobs or the audit trail', async () => {
    const breach = await newBreach();
    const phone = '+77019876543';
    const job = await load(`iin,phone,email\n${IIN_C},${phone},secret.person@mail.kz\n87010000000,not-a-phone,x\n`, breach.id);
    expect(counts(job)).toMatchObject({ accepted: 3, rejected: 3 });
    const dump = JSON.stringify(await sql(testApp.databaseUrl, `SELECT encode(identifier_hash, 'hex') AS h, encode(identifier_hash, 'escape') AS e, kind FROM exposures WHERE breach_id = $1`, [breach.id]));
    const jobs = JSON.stringify(await sql(testApp.databaseUrl, 'SELECT * FROM ingest_jobs WHERE id = $1', [job.id]));
    const audit = JSON.stringify(await auditEventsOf(testApp, admin, job.id));
    for (const raw of [IIN_C, phone, '87019876543', 'secret.person', '87010000000', 'not-a-phone']) {
      expect(dump).not.toContain(raw);
      expect(jobs).not.toContain(raw);
      expect(audit).not.toContain(raw);
    }
    expect(dump).toContain(hmac('iin', IIN_C).toString('hex'));
    expect(dump).toContain(hmac('phone', phone).toString('hex'));
    expect(JSON.parse(audit)).toEqual([
      expect.objectContaining({
        action: 'ingest.completed',
        entityType: 'ingest-job',
        changes: expect.objectContaining({ accepted: { before: null, after: 3 }, rejected: { before: null, after: 3 }, breachId: { before: null, after: breach.id } }),
      }),
    ]);
  });
});

describe('cancelling', () => {
  it('cancels a running upload: the job fails with "cancelled" and nothing is kept', async () => {
    const breach = await newBreach();
    let push!: (chunk: string) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (chunk) => controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    const pending = fetch(`${testApp.baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    push(`iin\n${Array.from({ length: 2000 }, (_, index) => iin(9000 + index)).join('\n')}\n`);
    let job: IngestJob | undefined;
    for (let attempt = 0; attempt < 200 && !job; attempt++) {
      const listed: IngestJob[] = await (await testApp.request('GET', `/api/v1/admin/ingest-jobs?${listQuery({ filter: { breachId: breach.id } })}`, { token: analyst })).json();
      job = listed.find((each) => each.status === 'running');
      if (!job) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const cancelled = await testApp.request('POST', `/api/v1/admin/ingest-jobs/${job!.id}/cancel`, { token: analyst });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'failed', error: 'cancelled' });
    await pending;
    expect(await exposureCount(breach.id)).toBe(0);
    expect((await testApp.request('POST', `/api/v1/admin/ingest-jobs/${job!.id}/cancel`, { token: analyst })).status).toBe(409);
    const staging = () => sql(testApp.databaseUrl, `SELECT tablename FROM pg_tables WHERE schemaname = 'ingest_staging'`);
    for (let attempt = 0; attempt < 100 && (await staging()).length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await staging()).toEqual([]);
  });
});

describe('a second process on the same database', () => {
  it('starting (pnpm seed:demo beside a server) leaves the server’s running jobs alone', async () => {
    const breach = await newBreach();
    let stream!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (stream = controller) });
    const response = fetch(`${testApp.baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    stream.enqueue(new TextEncoder().encode(`iin\n${IIN_A}\n`));
    const running = async () =>
      (await sql(testApp.databaseUrl, `SELECT 1 FROM ingest_jobs WHERE breach_id = $1 AND status = 'running'`, [breach.id])).length;
    for (let attempt = 0; attempt < 200 && (await running()) === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    await new Promise((resolve) => setTimeout(resolve, 100));

    // What another process does at its start: fail the jobs no one is working on.
    await testApp.app.get(IngestionService).onApplicationBootstrap();
    expect(await running()).toBe(1);

    stream.enqueue(new TextEncoder().encode(`${IIN_B}\n`));
    stream.close();
    const job = await waitForJob((await (await response).json()).jobId);
    expect(counts(job)).toEqual({ status: 'done', rowsRead: 2, accepted: 2, rejected: 0, duplicates: 0 });
  });
});

describe('the command line', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'cli', 'qorgau.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });

  it('generates a leak and streams it into a breach with a progress bar', async () => {
    const generated = await cli(['generate-leak', '--rows', '500', '--invalid-share', '0.1', '--kinds', 'iin,phone', '--seed', '3']);
    expect(generated.code).toBe(0);
    const lines = generated.stdout.trim().split('\n');
    expect(lines[0]).toBe('iin,phone');
    expect(lines).toHaveLength(501);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-cli-'));
    try {
      const file = path.join(dir, 'leak.csv');
      writeFileSync(file, generated.stdout);
      const breach = await newBreach();
      const ingested = await cli(['ingest', '--breach', breach.id, file, '--url', testApp.baseUrl, '--token', analyst]);
      expect(ingested.stderr).toContain('upload [##############################] 100%');
      expect(ingested.code).toBe(0);
      expect(ingested.stdout).toMatch(/done in .* s:\n\s+rows read\s+500\n/);
      const [job] = await (await testApp.request('GET', `/api/v1/admin/ingest-jobs?${listQuery({ filter: { breachId: breach.id } })}`, { token: analyst })).json();
      expect(job.status).toBe('done');
      expect(job.accepted + job.duplicates + job.rejected).toBe(1000);
      expect(job.rejected).toBeGreaterThan(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains its usage', async () => {
    const result = await cli(['generate-leak', '--rows', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});

describe('a process killed mid-load', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let databaseName: string;
  afterAll(async () => {
    child?.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (databaseName) await sql(process.env.QORGAU_TEST_SERVER_URL!, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  });

  function launch(env: Record<string, string>) {
    const started = spawn(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'main.js')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    started.stdout!.on('data', (chunk) => (output += chunk));
    started.stderr!.on('data', (chunk) => (output += chunk));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Qorgau is running')) {
          clearInterval(timer);
          resolve();
        } else if (started.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(output));
        }
      }, 50);
    });
    return { process: started, ready, output: () => output };
  }

  it('leaves no partial exposures, and the job says what happened after the restart', async () => {
    const serverUrl = process.env.QORGAU_TEST_SERVER_URL!;
    databaseName = `qorgau_test_kill_${randomBytes(4).toString('hex')}`;
    await sql(serverUrl, `CREATE DATABASE ${databaseName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-kill-'));
    const port = await freePort();
    const env = { DATABASE_URL: url.toString(), DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };
    const baseUrl = `http://127.0.0.1:${port}`;

    const first = launch(env);
    child = first.process;
    await first.ready;
    const signIn = async () =>
      (await (await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })).json()).accessToken as string;
    const token = await signIn();
    const companyResponse = await fetch(`${baseUrl}/api/v1/admin/companies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ bin: company.bin, name: company.name, sector: 'telecom' }),
    });
    const breach = await newBreach(token, baseUrl, (await companyResponse.json()).id);

    // Half a file, then silence: the upload is under way when the process dies.
    const values = Array.from({ length: 20_000 }, (_, index) => iin(50_000 + index));
    let push!: (chunk: string) => void;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = (chunk) => controller.enqueue(new TextEncoder().encode(chunk))) });
    fetch(`${baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    push(`iin\n${values.join('\n')}\n`);
    const staged = async () =>
      (await sql<{ n: number }>(url.toString(), `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'ingest_staging'`))[0].n;
    for (let attempt = 0; attempt < 200 && (await staged()) === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [running] = await sql<{ id: string; status: string }>(url.toString(), 'SELECT id, status FROM ingest_jobs WHERE breach_id = $1', [breach.id]);
    expect(running.status).toBe('running');

    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));

    const second = launch(env);
    child = second.process;
    await second.ready;
    const job: IngestJob = await (await fetch(`${baseUrl}/api/v1/admin/ingest-jobs/${running.id}`, { headers: { authorization: `Bearer ${await signIn()}` } })).json();
    expect(job).toMatchObject({ status: 'failed', error: 'interrupted by a restart; upload the file again', finishedAt: expect.any(String) });
    expect((await sql<{ n: number }>(url.toString(), 'SELECT count(*)::int AS n FROM exposures'))[0].n).toBe(0);
    expect((await sql<{ n: number }>(url.toString(), 'SELECT exposure_count AS n FROM breaches WHERE id = $1', [breach.id]))[0].n).toBe(0);
    expect(await staged()).toBe(0);
    // Nothing raw in what the process logged.
    for (const value of values.slice(0, 50)) expect(first.output() + second.output()).not.toContain(value);
    second.process.kill('SIGTERM');
    await new Promise((resolve) => second.process.once('exit', resolve));
    child = undefined;
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Random bytes that cannot spell an identifier: without digits and `@`, so that no cell of the
 * garbage is, by chance, a valid phone or e-mail address (plain random bytes once gave one
 * accepted value in a fresh clone's run).
 */
function garbageWithoutIdentifiers(size: number): Buffer {
  return Buffer.from(randomBytes(size).map((byte) => (byte === 0x40 || (byte >= 0x30 && byte <= 0x39) ? 0xff : byte)));
}
