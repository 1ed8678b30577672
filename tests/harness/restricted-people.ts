import type { Breach, LenderKind, RestrictionAnswer } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import { createBank, createBankKey, createBreach, createCompany, loadExposures, moveBreach, newIin } from './factories';
import { sql } from './sql';
import type { TestApp } from './test-app';

/** A bank or MFO registered through the back office, with an API key (SPEC §5.1). */
export interface Lender {
  id: string;
  bin: string;
  kind: LenderKind;
  key: string;
}

export async function createLender(testApp: TestApp, adminToken: string, kind: LenderKind): Promise<Lender> {
  const bank = await createBank(testApp, adminToken, { name: `${kind === 'bank' ? 'Bank' : 'MFO'} ${randomInt(1e9)}`, kind });
  const { key } = await createBankKey(testApp, adminToken, bank.id);
  return { id: bank.id, bin: bank.bin, kind: bank.kind, key };
}

/** Whether the lender, checking through the bank API (SPEC §5.2), finds the person restricted. */
export async function bankSees(testApp: TestApp, lender: Lender, iin: string): Promise<boolean> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=loan&reference=test-${randomInt(1e9)}`, { token: lender.key });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  return ((await response.json()) as RestrictionAnswer).restricted;
}

/**
 * `count` fresh people in one confirmed breach, once their restrictions are in place (written by
 * the restriction jobs after the confirmation).
 */
export async function restrictedPeople(testApp: TestApp, token: string, count: number): Promise<{ breach: Breach; iins: string[] }> {
  const company = await createCompany(testApp, token, { name: `Leaky Shop ${randomInt(1e9)}` });
  const draft = await createBreach(testApp, token, company.id, { published: true });
  const iins = Array.from({ length: count }, () => newIin());
  await loadExposures(testApp, token, draft.id, `iin\n${iins.join('\n')}\n`);
  const breach = await moveBreach(testApp, token, draft.id, ['investigating', 'confirmed']);
  for (let attempt = 0; attempt < 400; attempt++) {
    const [{ restricted }] = await sql<{ restricted: number }>(testApp.databaseUrl, `SELECT count(*)::int AS restricted FROM restrictions WHERE breach_id = $1`, [breach.id]);
    if (restricted === count) return { breach, iins };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the restrictions of breach ${breach.id} were not placed`);
}
