import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config/paths';
import { newBin, newIin } from '../harness/factories';
import { eventually, startWebhookReceiver } from '../harness/notification-receivers';
import { sql } from '../harness/sql';
import { createTestDatabase } from '../harness/test-app';

/**
 * SPEC §3.8 "nothing is lost": the API is killed with SIGKILL after the inquiry (and its alert) is
 * committed and while the alert's delivery is in flight; a new process delivers it once the dead
 * one's lease runs out. The state is only in PostgreSQL.
 */
const MAIN = path.join(REPO_ROOT, 'api', 'dist', 'main.js');
const SECRET = randomBytes(32).toString('hex');
const ADMIN = { email: 'admin@restart.qorgau.kz', password: 'restart-admin-password-1' };
/** Every process on the one test database shares its keys' pepper (the stored keys are sealed under it). */
const SHARED_SECRETS = { REGISTRY_PEPPER: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('hex') };

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
const dataDirs: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  database = await createTestDatabase();
  webhook = await startWebhookReceiver(SECRET);
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await webhook?.close();
  await database?.drop();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The built API as `pnpm start` runs it, on the test database; resolves once it answers. */
async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-notify-restart-'));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.databaseUrl,
      // A real DATABASE_URL in development: the development identity provider must be asked for.
      DEV_IDP_ENABLED: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NOTIFY_WEBHOOK_URL: webhook.url,
      NOTIFY_WEBHOOK_SECRET: SECRET,
      NOTIFY_TIMEOUT_MS: '2000',
      NOTIFY_POLL_MS: '50',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await eventually(async () => (await fetch(`${base}/health`).catch(() => undefined))?.ok || undefined, 'the API to start', 60_000);
  return { child, base };
}

async function call(base: string, method: string, urlPath: string, token: string | undefined, body?: unknown): Promise<any> {
  const response = await fetch(base + urlPath, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The inquiry's alerts not yet delivered: queued (as the check wrote them) or pending in the outbox. */
function owed(inquiryId: string) {
  return sql<{ id: string; status: string; tries: number }>(
    database.databaseUrl,
    `SELECT q.id, 'queued' AS status, 0 AS tries FROM inquiry_alert_queue q JOIN inquiries i ON i.id = q.inquiry_row_id AND i.checked_at = q.checked_at WHERE i.inquiry_id = $1
     UNION ALL
     SELECT id, status, tries FROM notifications WHERE subject_id = $1 AND status = 'pending'`,
    [inquiryId],
  );
}

it('delivers an alert committed before a kill -9 once a new process is up', async () => {
  const first = await startApi(SHARED_SECRETS);
  const { accessToken } = await call(first.base, 'POST', '/api/v1/auth/login', undefined, ADMIN);
  const bank = await call(first.base, 'POST', '/api/v1/admin/banks', accessToken, { bin: newBin(), name: `Bank ${randomInt(1e6)}`, kind: 'bank' });
  const { key } = await call(first.base, 'POST', `/api/v1/admin/banks/${bank.id}/keys`, accessToken);
  const iin = newIin();
  const { id_token: citizen } = await call(first.base, 'POST', '/api/v1/dev-idp/token', undefined, { iin });
  const phone = `+7702${String(randomInt(1e7)).padStart(7, '0')}`;
  await call(first.base, 'PUT', '/api/v1/me/contacts', citizen, { phone, language: 'en' });

  // The receiver holds the first try open: the message is claimed, in flight, not delivered.
  webhook.setAnswer((delivery) => (webhook.deliveries.filter((d) => d.message.id === delivery.message.id).length === 1 ? 'hang' : 200));
  const { inquiryId } = await call(first.base, 'GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=KILL-9`, key);
  const inFlight = await eventually(() => webhook.deliveries.find((d) => d.message.data.inquiryId === inquiryId), 'the first try');
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  // Still owed, under the id it was sent with: in its queue (killed before its batch was recorded)
  // or in the outbox, pending on its first try's lease.
  expect(await owed(inquiryId)).toEqual([{ id: inFlight.message.id, status: expect.stringMatching(/^(queued|pending)$/), tries: expect.any(Number) }]);

  await startApi(SHARED_SECRETS);
  const again = await eventually(
    () => webhook.deliveries.filter((d) => d.message.id === inFlight.message.id)[1],
    'the delivery after the restart',
    30_000,
  );
  expect(again.rawBody).toBe(inFlight.rawBody);
  expect(again.signatureValid).toBe(true);
  await eventually(
    async () => (await sql<{ status: string }>(database.databaseUrl, `SELECT status FROM notifications WHERE subject_id = $1`, [inquiryId]))[0].status === 'delivered' || undefined,
    'the row delivered',
  );
});

it('leaves delivering to a dispatching replica when the bank-facing process has NOTIFY_DISPATCH=false', async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  webhook.setAnswer(() => 200);
  const bankFacing = await startApi({ ...SHARED_SECRETS, NOTIFY_DISPATCH: 'false' });
  const { accessToken } = await call(bankFacing.base, 'POST', '/api/v1/auth/login', undefined, ADMIN);
  const bank = await call(bankFacing.base, 'POST', '/api/v1/admin/banks', accessToken, { bin: newBin(), name: `Bank ${randomInt(1e6)}`, kind: 'bank' });
  const { key } = await call(bankFacing.base, 'POST', `/api/v1/admin/banks/${bank.id}/keys`, accessToken);
  const iin = newIin();
  const { id_token: citizen } = await call(bankFacing.base, 'POST', '/api/v1/dev-idp/token', undefined, { iin });
  await call(bankFacing.base, 'PUT', '/api/v1/me/contacts', citizen, { phone: `+7702${String(randomInt(1e7)).padStart(7, '0')}`, language: 'ru' });

  const { inquiryId } = await call(bankFacing.base, 'GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=REPLICA-1`, key);
  // Five polls of the bank-facing process: the alert is queued for the webhook, and nobody takes it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await owed(inquiryId)).toEqual([{ id: expect.any(String), status: 'queued', tries: 0 }]);
  // The dashboard shows it waiting: a figure that grows while no process dispatches.
  expect((await call(bankFacing.base, 'GET', '/api/v1/admin/stats', accessToken)).inquiryAlertsQueued).toBe(1);
  expect(webhook.deliveries.filter((delivery) => delivery.message.data.inquiryId === inquiryId)).toEqual([]);

  await startApi(SHARED_SECRETS);
  const delivered = await eventually(() => webhook.deliveries.find((delivery) => delivery.message.data.inquiryId === inquiryId), 'the dispatching replica’s delivery', 30_000);
  expect(delivered).toMatchObject({ signatureValid: true, message: { type: 'inquiry', language: 'ru' } });
});
