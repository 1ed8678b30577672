import { LIFTS_PER_WINDOW } from '@qorgau/shared';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, launch, MAIN, stop, waitFor, type ApiProcess } from '../harness/api-process';
import { submitLoginForm } from '../harness/dev-idp-login';
import { newBin, newIin } from '../harness/factories';
import { sql } from '../harness/sql';
import { createTestDatabase, TEST_ADMIN } from '../harness/test-app';

/**
 * SPEC §4: any number of API processes may serve one database. Two real API processes
 * (`node api/dist/main.js`, as replicas behind a balancer run it), started together on one fresh
 * database, each with a data directory of its own: what one is told, the other holds to.
 */
interface Replica {
  started: ApiProcess;
  baseUrl: string;
  dataDir: string;
  request(method: string, urlPath: string, options?: { token?: string; body?: unknown }): Promise<Response>;
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
// Replicas share the registry's secrets as they share its database.
const sharedEnv = {
  NODE_ENV: 'test',
  REGISTRY_PEPPER: randomBytes(32).toString('hex'),
  JWT_SECRET: randomBytes(32).toString('hex'),
  ADMIN_EMAIL: TEST_ADMIN.email,
  ADMIN_PASSWORD: TEST_ADMIN.password,
};
const replicas: Replica[] = [];
let a: Replica;
let b: Replica;
let admin: string;

async function startReplica(env: Record<string, string> = {}): Promise<Replica> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-replica-'));
  const started = launch({ ...sharedEnv, DATABASE_URL: database.databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env });
  const baseUrl = `http://127.0.0.1:${port}`;
  const replica: Replica = {
    started,
    baseUrl,
    dataDir,
    request: (method, urlPath, options = {}) =>
      fetch(baseUrl + urlPath, {
        method,
        headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
  };
  replicas.push(replica);
  await waitFor(started, 'Qorgau is running');
  return replica;
}

async function json<T>(response: Promise<Response>, status: number): Promise<T> {
  const answer = await response;
  if (answer.status !== status) throw new Error(`${answer.status} ${await answer.text()}`);
  return answer.json() as Promise<T>;
}

const check = (replica: Replica, key: string) => replica.request('GET', `/api/v1/restrictions/${newIin()}?purpose=loan&reference=two-processes`, { token: key });

/** A lender registered through the first process, and its key. */
async function newLender(rateLimitPerSecond: number): Promise<{ id: string; key: string; keyId: string }> {
  const bank = await json<{ id: string }>(a.request('POST', '/api/v1/admin/banks', { token: admin, body: { bin: newBin(), name: `Bank ${newBin()}`, kind: 'bank', rateLimitPerSecond } }), 201);
  const { id, key } = await json<{ id: string; key: string }>(a.request('POST', `/api/v1/admin/banks/${bank.id}/keys`, { token: admin }), 201);
  return { id: bank.id, key, keyId: id };
}

/** Milliseconds until `condition` holds, asking every 50 ms; fails after `limitMs`. */
async function msUntil(condition: () => Promise<boolean>, limitMs: number): Promise<number> {
  const begin = Date.now();
  while (!(await condition())) {
    if (Date.now() - begin > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - begin;
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  database = await createTestDatabase();
  [a, b] = await Promise.all([startReplica(), startReplica()]);
  admin = (await json<{ accessToken: string }>(a.request('POST', '/api/v1/auth/login', { body: TEST_ADMIN }), 200)).accessToken;
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => stop(replica.started)));
  for (const replica of replicas) rmSync(replica.dataDir, { recursive: true, force: true });
  await database?.drop();
});

describe('two API processes on one database', () => {
  it('started together, migrated once and made one bootstrap account', async () => {
    const migrations = await sql<{ name: string; runs: string }>(database.databaseUrl, 'SELECT name, count(*)::text AS runs FROM migrations GROUP BY name');
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((migration) => migration.runs === '1')).toBe(true);
    const admins = await sql<{ n: string }>(database.databaseUrl, 'SELECT count(*)::text AS n FROM regulator_users WHERE email = $1', [TEST_ADMIN.email]);
    expect(admins[0].n).toBe('1');
  });

  it('serve a regulator signed in through one on the other', async () => {
    expect((await b.request('GET', '/api/v1/admin/companies', { token: admin })).status).toBe(200);
  });

  it("hold a lender to its one rate limit over the traffic of both: the combined burst gets 429s", async () => {
    const rate = 2;
    const lender = await newLender(rate);
    const begin = Date.now();
    // Forty checks at once, half through each process; alone, each process would pass its own burst of 2 × rate.
    const responses = await Promise.all(Array.from({ length: 40 }, (_, index) => check(index % 2 ? b : a, lender.key)));
    const elapsedSeconds = (Date.now() - begin) / 1000;
    const statuses = responses.map((response) => response.status);
    const passed = statuses.filter((status) => status === 200).length;
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(passed).toBeGreaterThanOrEqual(2 * rate);
    expect(passed).toBeLessThanOrEqual(2 * rate + rate * elapsedSeconds);
    const refused = responses.find((response) => response.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('refuse a key revoked through one on the other within 5 s (at once: the revocation is announced, not waited out)', async () => {
    const lender = await newLender(100);
    // Both have the key's lookup cached (for 2 s) when it is revoked.
    expect((await check(a, lender.key)).status).toBe(200);
    expect((await check(b, lender.key)).status).toBe(200);
    await json(a.request('DELETE', `/api/v1/admin/banks/${lender.id}/keys/${lender.keyId}`, { token: admin }), 200);
    const elapsed = await msUntil(async () => (await check(b, lender.key)).status === 401, 5000);
    // Less than the cache's lifetime: the other process heard of it (LISTEN/NOTIFY).
    expect(elapsed).toBeLessThan(1500);
  });

  it('sign with a key rotated through one on the other at once', async () => {
    const lender = await newLender(100);
    const kidOf = async (replica: Replica) => {
      const { signature } = await json<{ signature: string }>(check(replica, lender.key), 200);
      return (JSON.parse(Buffer.from(signature.split('.')[0], 'base64url').toString()) as { kid: string }).kid;
    };
    const before = await kidOf(b);
    const rotation = await json<{ kid: string; retiredKid: string }>(a.request('POST', '/api/v1/admin/signing-keys/rotate', { token: admin }), 200);
    expect(rotation.retiredKid).toBe(before);
    // The processes read the keys again every 4 s anyway; the announcement makes it at once.
    expect(await msUntil(async () => (await kidOf(b)) === rotation.kid, 5000)).toBeLessThan(1500);
  });

  it('share the development identity provider: a code issued by one is redeemed by the other, once; its tokens open both', async () => {
    const iin = newIin();
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = `${a.baseUrl}/signin/callback`;
    const parameters = new URLSearchParams({
      client_id: 'qorgau-portal',
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state: 'two-processes',
    });
    const page = await (await a.request('GET', `/api/v1/dev-idp/authorize?${parameters}`)).text();
    const code = new URL((await submitLoginForm(a.baseUrl, page, iin)).headers.get('location')!).searchParams.get('code')!;
    const exchange = (replica: Replica) =>
      fetch(`${replica.baseUrl}/api/v1/dev-idp/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'qorgau-portal', code, code_verifier: verifier, redirect_uri: redirectUri }),
      });
    const { id_token: idToken } = await json<{ id_token: string }>(exchange(b), 200);
    expect((await exchange(a)).status).toBe(400);
    for (const replica of [a, b]) expect(await json<{ iin: string }>(replica.request('GET', '/api/v1/me', { token: idToken }), 200)).toMatchObject({ iin });
  });

  it("refuse a citizen's fourth lift in 30 days however the requests are spread over them", async () => {
    const iin = newIin();
    const token = (await json<{ id_token: string }>(a.request('POST', '/api/v1/dev-idp/token', { body: { iin } }), 200)).id_token;
    const ask = (replica: Replica) => replica.request('POST', '/api/v1/me/lifts', { token, body: { kind: 'permanent' } });
    const responses = await Promise.all(Array.from({ length: 8 }, (_, index) => ask(index % 2 ? b : a)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(LIFTS_PER_WINDOW);
    for (const response of responses.filter((candidate) => candidate.status !== 201)) {
      expect(await response.json()).toMatchObject({ code: 'lift-quota-exceeded' });
    }
    for (const replica of [a, b]) expect((await ask(replica)).status).not.toBe(201);
  });
});

/** An upload to `replica` whose body arrives as the test pushes it; the job it runs, once it runs. */
async function startUpload(replica: Replica): Promise<{ jobId: string; push(text: string): void; end(): void; answered: Promise<unknown> }> {
  const company = await json<{ id: string }>(a.request('POST', '/api/v1/admin/companies', { token: admin, body: { bin: newBin(), name: `Company ${newBin()}`, sector: 'retail' } }), 201);
  const breach = await json<{ id: string }>(
    a.request('POST', '/api/v1/admin/breaches', {
      token: admin,
      body: { companyId: company.id, title: 'Two processes', discoveredAt: '2025-11-24T04:00:00Z', reportedAt: '2025-11-25T10:00:00Z', dataClasses: ['iin'] },
    }),
    201,
  );
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (started) => void (controller = started) });
  const answered = fetch(`${replica.baseUrl}/api/v1/admin/breaches/${breach.id}/exposures`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' },
    body,
    duplex: 'half',
  } as RequestInit).catch(() => undefined);
  controller.enqueue(new TextEncoder().encode(`iin\n${Array.from({ length: 500 }, () => newIin()).join('\n')}\n`));
  const filter = encodeURIComponent(JSON.stringify({ breachId: breach.id }));
  const jobId = await (async () => {
    for (let attempt = 0; attempt < 400; attempt++) {
      const [job] = await json<{ id: string; status: string }[]>(a.request('GET', `/api/v1/admin/ingest-jobs?filter=${filter}`, { token: admin }), 200);
      if (job?.status === 'running') return job.id;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the upload did not start');
  })();
  return {
    jobId,
    push: (text) => controller.enqueue(new TextEncoder().encode(text)),
    end: () => controller.close(),
    answered,
  };
}

const jobOf = (jobId: string) => json<{ status: string; error: string | null }>(a.request('GET', `/api/v1/admin/ingest-jobs/${jobId}`, { token: admin }), 200);
const stagingOf = async (jobId: string) =>
  (await sql(database.databaseUrl, `SELECT 1 FROM pg_tables WHERE schemaname = 'ingest_staging' AND tablename = $1`, [`job_${jobId.replace(/-/g, '')}`])).length;

describe('ingestion across processes', () => {
  it('a cancel through one stops the upload running on the other, which drops its staging', async () => {
    const upload = await startUpload(a);
    expect(await stagingOf(upload.jobId)).toBe(1);
    expect(await json(b.request('POST', `/api/v1/admin/ingest-jobs/${upload.jobId}/cancel`, { token: admin }), 200)).toMatchObject({ status: 'failed', error: 'cancelled' });
    // The uploading process hears of it and stops reading: its answer comes though the body never ends.
    await upload.answered;
    expect(await msUntil(async () => (await stagingOf(upload.jobId)) === 0, 5000)).toBeLessThan(5000);
    expect(await jobOf(upload.jobId)).toMatchObject({ status: 'failed', error: 'cancelled' });
  });

  it("a process starting leaves a live process's upload alone, and fails the upload of one that died", async () => {
    const uploader = await startReplica();
    const upload = await startUpload(uploader);
    await startReplica();
    expect((await jobOf(upload.jobId)).status).toBe('running');
    uploader.started.process.kill('SIGKILL');
    await uploader.started.exited;
    await startReplica();
    expect(await jobOf(upload.jobId)).toMatchObject({ status: 'failed' });
    expect(await stagingOf(upload.jobId)).toBe(0);
  });
});

describe('WORKERS=2', () => {
  it('runs two API processes on one port beside the others, and stops them and itself on SIGTERM', async () => {
    const cluster = await startReplica({ WORKERS: '2' });
    expect(cluster.started.output()).toContain('2 API processes');
    for (let index = 0; index < 4; index++) expect((await cluster.request('GET', '/health')).status).toBe(200);
    // One change listener per API process still running: the first two replicas, the two started for ingestion and these two workers.
    const listeners = await sql<{ n: string }>(
      database.databaseUrl,
      `SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'qorgau-notifications'`,
    );
    expect(listeners[0].n).toBe('6');
    expect(await stop(cluster.started)).toBe(0);
    expect(cluster.started.output()).toContain('Stopped.');
  });
});
