import { computeIinCheckDigit, type AuditEvent, type Company } from '@qorgau/shared';
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
