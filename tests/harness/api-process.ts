import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config/paths';

/** The built server as `pnpm start` runs it (`pnpm test` builds it first). */
export const MAIN = path.join(REPO_ROOT, 'api', 'dist', 'main.js');

export interface ApiProcess {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node api/dist/main.js` with only `env` (and PATH, HOME): a real, separate API process. */
export function launch(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

export async function waitFor(started: ApiProcess, text: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (started.process.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** SIGTERM, and the exit code once it has stopped. */
export async function stop(started: ApiProcess): Promise<number | null> {
  if (started.process.exitCode === null) started.process.kill('SIGTERM');
  return started.exited;
}
