import { IDENTIFIER_KINDS, isOneOf, type IdentifierKind, type IngestJob } from '@qorgau/shared';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { once } from 'node:events';
import { leakLines } from './leak-generator';
import { cliSettings } from './cli-settings';

/**
 * `pnpm qorgau <command>` — tools for files too large for a browser.
 *
 *   qorgau generate-leak --rows N [--invalid-share 0.02] [--kinds iin,phone,email] [--seed 1] > leak.csv
 *   qorgau ingest --breach <id> <file> [--url http://localhost:3000] [--email e --password p | --token t]
 *
 * `ingest` streams the file to POST /api/v1/admin/breaches/{id}/exposures — the same pipeline as
 * the back office — with a progress bar, then follows the job until it is done.
 */
const USAGE = `Usage:
  qorgau generate-leak --rows N [--invalid-share 0.02] [--kinds iin,phone,email] [--seed S]   (CSV to stdout)
  qorgau ingest --breach <id> <file> [--url URL] [--email E --password P | --token T]
      (or QORGAU_URL, QORGAU_EMAIL, QORGAU_PASSWORD, QORGAU_TOKEN)`;

class UsageError extends Error {}

function parseArguments(argv: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split('=', 2);
      const value = inline ?? argv[++index];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else {
      positional.push(argument);
    }
  }
  return { positional, flags };
}

async function generateLeak(flags: Record<string, string>): Promise<void> {
  const rows = Number(flags.rows);
  const invalidShare = Number(flags['invalid-share'] ?? '0.02');
  const kinds = (flags.kinds ?? 'iin,phone,email').split(',').map((kind) => kind.trim());
  if (!Number.isSafeInteger(rows) || rows < 0) throw new UsageError('--rows must be a whole number');
  if (!(invalidShare >= 0 && invalidShare <= 1)) throw new UsageError('--invalid-share must be between 0 and 1');
  const unknown = kinds.filter((kind) => !isOneOf(IDENTIFIER_KINDS, kind));
  if (unknown.length > 0 || kinds.length === 0) throw new UsageError(`--kinds takes ${IDENTIFIER_KINDS.join(', ')}`);
  let buffer = '';
  for (const line of leakLines({ rows, invalidShare, kinds: kinds as IdentifierKind[], seed: flags.seed ? Number(flags.seed) : undefined })) {
    buffer += `${line}\n`;
    if (buffer.length >= 1 << 16) {
      if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

function bar(fraction: number, width = 30): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function request(url: URL, options: http.RequestOptions): http.ClientRequest {
  return (url.protocol === 'https:' ? https : http).request(url, options);
}

async function json<T>(url: URL, options: { method: string; token?: string; body?: unknown }): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method: options.method,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body ? { 'content-type': 'application/json' } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function ingest(positional: string[], flags: Record<string, string>): Promise<void> {
  const settings = cliSettings(flags, process.env);
  const breachId = flags.breach;
  const file = positional[0];
  if (!breachId || !file) throw new UsageError('ingest needs --breach <id> and a file');
  const size = statSync(file).size;
  let token = settings.token;
  if (!token) {
    if (!settings.email || !settings.password) throw new UsageError('ingest needs --token, or --email and --password');
    const signIn = await json<{ accessToken?: string; detail?: string }>(new URL('/api/v1/auth/login', settings.url), {
      method: 'POST',
      body: { email: settings.email, password: settings.password },
    });
    if (signIn.status !== 200 || !signIn.body.accessToken) throw new Error(`Sign-in failed (${signIn.status}): ${signIn.body.detail ?? ''}`);
    token = signIn.body.accessToken;
  }

  const uploadUrl = new URL(`/api/v1/admin/breaches/${encodeURIComponent(breachId)}/exposures`, settings.url);
  const started = Date.now();
  let sent = 0;
  const draw = (label: string, fraction: number, detail: string) => process.stderr.write(`\r${label} ${bar(fraction)} ${Math.floor(fraction * 100)}% ${detail}   `);
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const upload = request(uploadUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': String(size) },
    });
    upload.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    upload.on('error', reject);
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    let lastDraw = 0;
    stream.on('data', (chunk) => {
      sent += chunk.length;
      if (Date.now() - lastDraw > 200) {
        lastDraw = Date.now();
        const seconds = (Date.now() - started) / 1000;
        draw('upload', sent / Math.max(size, 1), `${megabytes(sent)} / ${megabytes(size)}, ${megabytes(sent / Math.max(seconds, 0.001))}/s`);
      }
    });
    stream.on('error', reject);
    stream.pipe(upload);
  });
  draw('upload', 1, `${megabytes(size)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stderr.write('\n');
  if (status !== 202) throw new Error(`The upload was refused (${status}): ${body}`);
  const { jobId } = JSON.parse(body) as { jobId: string };

  const jobUrl = new URL(`/api/v1/admin/ingest-jobs/${jobId}`, settings.url);
  let job: IngestJob;
  let frame = 0;
  for (;;) {
    job = (await json<IngestJob>(jobUrl, { method: 'GET', token })).body;
    if (job.status === 'done' || job.status === 'failed') break;
    process.stderr.write(`\rmerge  ${'|/-\\'[frame++ % 4]} ${job.status}, ${job.rowsRead.toLocaleString('en')} rows read   `);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.stderr.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (job.status === 'failed') throw new Error(`Job ${job.id} failed: ${job.error}`);
  process.stdout.write(
    [
      `Job ${job.id} done in ${seconds} s:`,
      `  rows read   ${job.rowsRead.toLocaleString('en')}`,
      `  accepted    ${job.accepted.toLocaleString('en')}`,
      `  duplicates  ${job.duplicates.toLocaleString('en')}`,
      `  rejected    ${job.rejected.toLocaleString('en')}`,
      ...job.rejectSample.map((sample) => `    line ${sample.line}: ${sample.value} — ${sample.reason}`),
      '',
    ].join('\n'),
  );
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { positional, flags } = parseArguments(rest);
  if (command === 'generate-leak') return generateLeak(flags);
  if (command === 'ingest') return ingest(positional, flags);
  throw new UsageError(command ? `Unknown command ${command}` : 'No command given');
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(error instanceof UsageError ? `${error.message}\n\n${USAGE}\n` : `\n${error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
