// Shared pieces of the benchmarks: latency statistics, the results file and a table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../scripts/running-app.mjs';

export { APP_ADMIN, REPO_ROOT, freePort, freshDatabase, startApp, startDatabase } from '../scripts/running-app.mjs';

export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');

/** Runs `task` `total` times with `concurrency` in flight; returns each call's latency in ms. */
export async function measure(task, { total, concurrency }) {
  const latencies = [];
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      const begin = performance.now();
      await task();
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

export function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (value) => Math.round(value * 100) / 100;
  return { count: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)) };
}

export function writeResults(name, results) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const document = {
    ...results,
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}

export function table(rows) {
  const widths = Object.keys(rows[0]).map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const line = (values) => values.map((value, index) => String(value).padEnd(widths[index])).join('  ');
  return [line(Object.keys(rows[0])), line(widths.map((width) => '-'.repeat(width))), ...rows.map((row) => line(Object.values(row)))].join('\n');
}

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) spent so far by a process and every process under it, from /proc:
 * each one's own time and that of its children that have already ended (`cutime`, `cstime`), so a
 * PostgreSQL backend or an API worker that ends during a measurement still counts. Linux only.
 */
export function cpuSecondsOfTree(rootPid) {
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // The command name, in parentheses, may hold spaces: the fields are counted after its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    processes.set(Number(entry), { parent: Number(fields[1]), ticks });
  }
  const inTree = new Set([rootPid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, { parent }] of processes) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grown = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += processes.get(pid)?.ticks ?? 0;
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** The pid of the PostgreSQL server behind `databaseUrl` when it runs on this machine (the parent of a backend), else null. */
export async function postmasterPid(pg, databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    const stat = readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
