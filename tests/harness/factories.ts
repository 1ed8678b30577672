import { computeIinCheckDigit, type AuditEvent, type Bank, type BankKeyCreated, type Breach, type BreachStatus, type Company, type IngestJob, type RestrictionJob } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import type { TestApp } from './test-app';

/** A fresh valid BIN: eleven random digits and their check digit (SPEC §2). */
export function newBin(): string {
  for (;;) {
    const first11 = Array.from({ length: 11 }, () => randomInt(10)).join('');
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A fresh valid IIN: the same check-digit rule as a BIN (SPEC §2). */
export const newIin = newBin;

/** A ra-data-simple-rest query string: every parameter JSON-encoded. */
export function listQuery(query: Record<string, unknown>): string {
  return Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');
}

export async function createCompany(testApp: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<Company> {
  const response = await testApp.request('POST', '/api/v1/admin/companies', {
    token,
    body: { bin: newBin(), name: `Company ${randomInt(1e9)}`, sector: 'retail', ...overrides },
  });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

/** Logs a breach (a draft) against the company; discovered on a Monday, reported on time the next day unless overridden. */
export async function createBreach(testApp: TestApp, token: string, companyId: string, overrides: Record<string, unknown> = {}): Promise<Breach> {
  const response = await testApp.request('POST', '/api/v1/admin/breaches', {
    token,
    body: {
      companyId,
      title: `Breach ${randomInt(1e9)}`,
      discoveredAt: '2025-11-24T04:00:00Z',
      reportedAt: '2025-11-25T10:00:00Z',
      dataClasses: ['iin', 'full_name', 'phone'],
      ...overrides,
    },
  });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

/** Moves a breach through its lifecycle one step after another, e.g. `['investigating', 'confirmed']`. */
export async function moveBreach(testApp: TestApp, token: string, breachId: string, steps: BreachStatus[]): Promise<Breach> {
  let breach: Breach | undefined;
  for (const to of steps) {
    const response = await testApp.request('POST', `/api/v1/admin/breaches/${breachId}/transitions`, { token, body: { to, reason: `Moving to ${to}` } });
    if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
    breach = await response.json();
  }
  return breach!;
}

/** Loads identifiers (a CSV body) into a breach and waits for the ingestion job to finish. */
export async function loadExposures(testApp: TestApp, token: string, breachId: string, csv: string): Promise<IngestJob> {
  const response = await testApp.request('POST', `/api/v1/admin/breaches/${breachId}/exposures`, { token, body: csv, headers: { 'content-type': 'text/csv' } });
  if (response.status !== 202) throw new Error(`${response.status} ${await response.text()}`);
  const { jobId } = await response.json();
  for (let attempt = 0; attempt < 400; attempt++) {
    const job: IngestJob = await (await testApp.request('GET', `/api/v1/admin/ingest-jobs/${jobId}`, { token })).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`ingest job ${jobId} did not finish`);
}

/**
 * Waits until a breach has at least `count` restriction jobs (created just after a confirmation, a
 * load into a confirmed breach or a retraction) and all of them have ended; returns them, oldest first.
 */
export async function waitForRestrictionJobs(testApp: TestApp, token: string, breachId: string, count = 1): Promise<RestrictionJob[]> {
  const query = listQuery({ filter: { breachId }, sort: ['createdAt', 'ASC'], range: [0, 99] });
  for (let attempt = 0; attempt < 600; attempt++) {
    const jobs: RestrictionJob[] = await (await testApp.request('GET', `/api/v1/admin/restriction-jobs?${query}`, { token })).json();
    if (jobs.length >= count && jobs.every((job) => job.status === 'done' || job.status === 'stopped')) return jobs;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the restriction jobs of breach ${breachId} did not end`);
}

/** An ID token for a citizen from the development identity provider's shortcut (SPEC §5.3). */
export async function citizenToken(testApp: TestApp, iin: string): Promise<string> {
  const response = await testApp.request('POST', '/api/v1/dev-idp/token', { body: { iin } });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  return ((await response.json()) as { id_token: string }).id_token;
}

/** Registers a bank (or, with `kind: 'mfo'`, a microfinance organisation). */
export async function createBank(testApp: TestApp, adminToken: string, overrides: Record<string, unknown> = {}): Promise<Bank> {
  const response = await testApp.request('POST', '/api/v1/admin/banks', {
    token: adminToken,
    body: { bin: newBin(), name: `Bank ${randomInt(1e9)}`, kind: 'bank', ...overrides },
  });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

/** A new API key for a lender: `{id, key}`, the key shown this once. */
export async function createBankKey(testApp: TestApp, adminToken: string, bankId: string): Promise<BankKeyCreated> {
  const response = await testApp.request('POST', `/api/v1/admin/banks/${bankId}/keys`, { token: adminToken });
  if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

/** The audit events about one entity, oldest first. */
export async function auditEventsOf(testApp: TestApp, token: string, entityId: string): Promise<AuditEvent[]> {
  const response = await testApp.request('GET', `/api/v1/admin/audit-events?${listQuery({ filter: { entityId }, sort: ['id', 'ASC'] })}`, { token });
  return response.json();
}

/**
 * Opens `count` keep-alive connections to the app first, so that the requests of a race start
 * together instead of one after another while connections are being set up.
 */
export function warmUp(testApp: TestApp, count: number) {
  return Promise.all(Array.from({ length: count }, async () => (await testApp.request('GET', '/health')).arrayBuffer()));
}
