import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, launch, MAIN, waitFor } from '../harness/api-process';

/** The built server as `pnpm start` runs it, on an embedded PostgreSQL in a data directory of its own. */
let dataDir: string;
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-start-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the start command', () => {
  it('exits with a message naming the variable when configuration is wrong', async () => {
    const started = launch({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/Invalid configuration:\n\s+- PORT/);
    expect(started.output()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses production without its secrets', async () => {
    const started = launch({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(await started.exited).toBe(1);
    for (const name of ['REGISTRY_PEPPER', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) expect(started.output()).toContain(name);
  });

  it('starts on an embedded PostgreSQL, refuses a second start, stops cleanly and reuses its data', async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    const first = launch(env);
    await waitFor(first, 'Qorgau is running');
    const base = `http://127.0.0.1:${env.PORT}`;
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ status: 'ok', database: 'up' });

    const password = first.output().match(/password: (\S+)/)![1];
    const signIn = () =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@qorgau.local', password }),
      });
    expect((await signIn()).status).toBe(200);

    const second = launch({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running \(pid \d+\)/);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    const postgresPid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');
    expect(() => process.kill(postgresPid, 0)).toThrow();
    expect(existsSync(path.join(dataDir, 'qorgau.pid'))).toBe(false);

    const again = launch(env);
    await waitFor(again, 'Qorgau is running');
    expect(again.output()).not.toContain('Demo back-office account');
    expect((await signIn()).status).toBe(200);
    again.process.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('logs each request with its id and never a password or token', async () => {
    const password = 'secret-admin-password-42';
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: 'logging@test.qorgau.kz',
      ADMIN_PASSWORD: password,
    };
    const started = launch(env);
    await waitFor(started, 'Qorgau is running');
    const base = `http://127.0.0.1:${env.PORT}`;
    const signIn = (secret: string) =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': `trace-${secret.length}` },
        body: JSON.stringify({ email: env.ADMIN_EMAIL, password: secret }),
      });
    expect((await signIn('wrong-password-guess-17')).status).toBe(401);
    const { accessToken } = await (await signIn(password)).json();
    expect((await fetch(`${base}/api/v1/auth/me?iin=900101300126`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(200);
    started.process.kill('SIGTERM');
    expect(await started.exited).toBe(0);

    const output = started.output();
    expect(output).toContain('"id":"trace-24"');
    expect(output).toContain('/api/v1/auth/me');
    for (const secret of [password, 'wrong-password-guess-17', accessToken, accessToken.split('.')[2], '900101300126']) {
      expect(output).not.toContain(secret);
    }
  });

  it('recovers after being killed with SIGKILL, stopping the orphaned database', async () => {
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    const killed = launch(env);
    await waitFor(killed, 'Qorgau is running');
    killed.process.kill('SIGKILL');
    await killed.exited;

    const restarted = launch(env);
    await waitFor(restarted, 'Qorgau is running');
    expect(restarted.output()).toContain('left running by an earlier start');
    expect((await fetch(`http://127.0.0.1:${env.PORT}/health`)).status).toBe(200);
    restarted.process.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });
});
