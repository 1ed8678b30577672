// The load generator of the bank-check benchmarks: wrk (C, from Debian; scripts/ensure-bench-tools.sh)
// in a process of its own, one thread, `connections` keep-alive connections. It used to be
// autocannon in the bench's own Node process, which at 3,000 checks a second took about 0.2 ms of CPU
// per request, a third of the two cores the server under test shares with it (`pnpm bench bank`
// measured both on one registry: 2,932 against 3,562 req/s).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-checks.lua');

/**
 * GETs `paths` of `baseUrl` in turn for `duration` seconds over `connections` connections, with
 * `headers.authorization` when given. Resolves with the figures in autocannon's shape (the parts the
 * benchmarks read): requests per second and in all, p50/p99 latency in ms, answers other than 2xx,
 * and connection errors and timeouts.
 */
export async function wrkLoad({ baseUrl, headers = {}, paths, connections, duration }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-wrk-'));
  try {
    const pathsFile = path.join(dir, 'paths');
    writeFileSync(pathsFile, `${paths.join('\n')}\n`);
    const output = await new Promise((resolve, reject) => {
      const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', SCRIPT, baseUrl], {
        env: { ...process.env, WRK_PATHS: pathsFile, WRK_AUTHORIZATION: headers.authorization ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
    });
    const line = output.split('\n').find((entry) => entry.startsWith('{"requests"'));
    if (!line) throw new Error(`wrk printed no figures: ${output}`);
    const figures = JSON.parse(line);
    const seconds = figures.durationUs / 1e6;
    return {
      requests: { average: figures.requests / seconds, total: figures.requests },
      latency: { p50: Math.round(figures.p50Us / 10) / 100, p99: Math.round(figures.p99Us / 10) / 100 },
      non2xx: figures.statusErrors,
      errors: figures.connectErrors + figures.readErrors + figures.writeErrors + figures.timeouts,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
