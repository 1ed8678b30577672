import type { INestApplicationContext } from '@nestjs/common';
import { computeIinCheckDigit } from '@qorgau/shared';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Actor } from '../auth/actor';
import { BreachesService } from '../breaches/breaches.service';
import type { Citizen } from '../citizens/citizen';
import { DisputesService } from '../disputes/disputes.service';
import { IngestionService } from '../ingestion/ingestion.service';
import { LiftsService } from '../lifts/lifts.service';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';

const DAY_MS = 86_400_000;

/** The n-th demo person's IIN: 12 digits with the SPEC §2 check digit (documented in the README for the portal). */
export function demoIin(index: number): string {
  for (let serial = index * 10; ; serial++) {
    const first11 = `9001013${String(serial).padStart(4, '0')}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/**
 * What citizens and reviewers do, for a first look at the portal and the back office: demo people
 * loaded into two confirmed breaches; their lifts (pending, cancelled by the person, cancelled by a
 * reviewer for coercion) and disputes (open, accepted, rejected). Through the services, so the rules
 * and the audit trail apply.
 */
export async function seedCitizenCases(
  app: INestApplicationContext,
  actors: { analyst: Actor; reviewer: Actor },
  log: (message: string) => void,
): Promise<void> {
  const breaches = app.get(BreachesService);
  const ingestion = app.get(IngestionService);
  const lifts = app.get(LiftsService);
  const disputes = app.get(DisputesService);
  const lookup = app.get(RestrictionLookup);
  const person = (index: number): Citizen => ({ iin: demoIin(index), iinHash: lookup.iinHash(demoIin(index)) });

  const { breaches: confirmed } = await breaches.list({ filter: JSON.stringify({ status: 'confirmed', dataClass: 'iin' }), range: '[0,1]' });
  if (confirmed.length < 2) {
    log('Demo lifts and disputes skipped: no two confirmed breaches with IINs.');
    return;
  }
  const people = Array.from({ length: 8 }, (_unused, index) => demoIin(index));
  for (const breach of confirmed) await loadAndWait(ingestion, breach.id, `iin\n${people.join('\n')}\n`, actors.analyst);

  // Lifts: one cooling off, one the person changed their mind about, one stopped by a reviewer.
  await lifts.create(person(0), { kind: 'temporary', until: new Date(Date.now() + 14 * DAY_MS).toISOString() });
  const changedMind = await lifts.create(person(1), { kind: 'permanent', lenderKind: 'mfo' });
  await lifts.cancelByCitizen(person(1), changedMind.id);
  const coerced = await lifts.create(person(2), { kind: 'permanent' });
  await lifts.cancelByReviewer(coerced.id, { reason: 'The person called the hotline: a caller posing as a bank employee was dictating the request.' }, actors.reviewer);

  // Disputes: one waiting in the queue, one accepted, one rejected.
  const [first, second] = confirmed;
  await disputes.create(person(3), { breachId: first.id, reason: 'never_customer', text: 'I have never been a customer of this company.' });
  const accepted = await disputes.create(person(4), { breachId: first.id, reason: 'not_mine', text: 'This IIN is not mine: the record has a different name.' });
  await disputes.decide(accepted.id, { outcome: 'accepted', reason: 'The company confirmed the record belongs to someone else.' }, actors.reviewer);
  const rejected = await disputes.create(person(5), { breachId: second.id, reason: 'other', text: 'I closed my account years ago.' });
  await disputes.decide(rejected.id, { outcome: 'rejected', reason: 'The leaked records include closed accounts: your data was in them.' }, actors.reviewer);

  log(`Demo citizens: IINs ${people.slice(0, 6).join(', ')} are in "${first.title}" and "${second.title}", with lifts and disputes.`);
}

async function loadAndWait(ingestion: IngestionService, breachId: string, csv: string, actor: Actor): Promise<void> {
  const { jobId } = await ingestion.upload(breachId, { stream: Readable.from([Buffer.from(csv)]), bytesTotal: Buffer.byteLength(csv) }, actor);
  for (;;) {
    const job = await ingestion.get(jobId);
    if (job.status === 'done') return;
    if (job.status === 'failed') throw new Error(`Demo load into breach ${breachId} failed: ${job.error}`);
    await sleep(50);
  }
}
