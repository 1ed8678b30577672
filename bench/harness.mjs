// Shared pieces of the benchmarks: latency statistics, the results file and a table.
import { mkdirSync, writeFileSync } from 'node:fs';
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
