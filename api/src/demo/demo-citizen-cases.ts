import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { Citizen } from '../common/citizen';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { DisputesService } from '../disputes/disputes.service';
import { LiftsRepository } from '../lifts/lifts.repository';
import { planLift } from '../lifts/lifts.rules';
import { LiftsService } from '../lifts/lifts.service';
import { ProtectionRepository } from '../protection/protection.repository';
import { planProtection } from '../protection/protection.rules';
import { ProtectionService } from '../protection/protection.service';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';
import { ALTYN_KREDIT, DALA_BANK, demoLenderBin, STEPPE_MFO, ZHYLDAM_MFO, type DemoCitizenCheck } from './demo-banks';
import { validNumber } from '../common/valid-number';

const DAY_MS = 86_400_000;

/** The demo citizens of the README, by their index for {@link demoIin}. */
const CITIZEN = {
  pendingLift: 0,
  changedMind: 1,
  coercedLift: 2,
  openDispute: 3,
  acceptedDispute: 4,
  rejectedDispute: 5,
  restrictedTwice: 6,
  secondOpenDispute: 7,
  protectedByChoice: 8,
  liftedForOneBank: 9,
  neverExposed: 10,
} as const;
/** Indexes 0 to 7 are exposed in two confirmed breaches; the others in none. */
const EXPOSED = 8;

/** The demo citizens in the leaked files of the two breaches {@link seedCitizenCases} is given. */
export function exposedCitizenIins(): string[] {
  return Array.from({ length: EXPOSED }, (_unused, index) => demoIin(index));
}

/** The n-th demo person's IIN: 12 digits with the SPEC §2 check digit (documented in the README for the portal). */
export function demoIin(index: number): string {
  return validNumber('9001013', index);
}

/**
 * What citizens and reviewers do, for a first look at the portal and the back office: the demo
 * people of {@link exposedCitizenIins}, exposed in the two confirmed breaches given; their lifts (pending, cancelled by the person, cancelled by a
 * reviewer for coercion, one for a single bank in force), disputes (open, accepted, rejected) and
 * protection by choice. Through the services, so the rules and the audit trail apply — except for
 * the lift in force, whose request and the protection before it are dated in the past, since a
 * lift takes a day of cooling-off. Returns the checks the demo lenders make about these people.
 */
export async function seedCitizenCases(
  app: INestApplicationContext,
  actors: { reviewer: Actor },
  [first, second]: { id: string; title: string }[],
  log: (message: string) => void,
): Promise<DemoCitizenCheck[]> {
  const lifts = app.get(LiftsService);
  const disputes = app.get(DisputesService);
  const lookup = app.get(RestrictionLookup);
  const person = (index: number): Citizen => ({ iin: demoIin(index), iinHash: lookup.iinHash(demoIin(index)), claimedContacts: {} });

  // Lifts: one cooling off, one the person changed their mind about, one stopped by a reviewer.
  await lifts.create(person(CITIZEN.pendingLift), { kind: 'temporary', until: new Date(Date.now() + 14 * DAY_MS).toISOString() });
  const changedMind = await lifts.create(person(CITIZEN.changedMind), { kind: 'permanent', lenderKind: 'mfo' });
  await lifts.cancelByCitizen(person(CITIZEN.changedMind), changedMind.id);
  const coerced = await lifts.create(person(CITIZEN.coercedLift), { kind: 'permanent' });
  await lifts.cancelByReviewer(coerced.id, { reason: 'The person called the hotline: a caller posing as a bank employee was dictating the request.' }, actors.reviewer);

  // Disputes: two waiting in the queue, one accepted, one rejected.
  await disputes.create(person(CITIZEN.openDispute), { breachId: first.id, reason: 'never_customer', text: 'I have never been a customer of this company.' });
  await disputes.create(person(CITIZEN.secondOpenDispute), { breachId: second.id, reason: 'not_mine', text: 'The IIN in my notification letter is one digit off from mine.' });
  const accepted = await disputes.create(person(CITIZEN.acceptedDispute), { breachId: first.id, reason: 'not_mine', text: 'This IIN is not mine: the record has a different name.' });
  await disputes.decide(accepted.id, { outcome: 'accepted', reason: 'The company confirmed the record belongs to someone else.' }, actors.reviewer);
  const rejected = await disputes.create(person(CITIZEN.rejectedDispute), { breachId: second.id, reason: 'other', text: 'I closed my account years ago.' });
  await disputes.decide(rejected.id, { outcome: 'rejected', reason: 'The leaked records include closed accounts: your data was in them.' }, actors.reviewer);

  // Protection by choice: one person in no breach asks for it today; another asked three weeks ago
  // and, three days ago, lifted it for one bank only (a mortgage there), in force since the cooling-off.
  await app.get(ProtectionService).protect(person(CITIZEN.protectedByChoice), new Date(Date.now() + 180 * DAY_MS).toISOString());
  await liftedForOneBankLongAgo(app, person(CITIZEN.liftedForOneBank), demoLenderBin(DALA_BANK));

  log(`Demo citizens: IINs ${exposedCitizenIins().join(', ')} are in "${first.title}" and "${second.title}"; see the README for each one's story.`);
  const checked = (index: number, ...lenders: number[]) => lenders.map((lender) => ({ iin: demoIin(index), lender }));
  return [
    ...checked(CITIZEN.restrictedTwice, STEPPE_MFO, ZHYLDAM_MFO, DALA_BANK),
    ...checked(CITIZEN.pendingLift, ALTYN_KREDIT),
    ...checked(CITIZEN.openDispute, STEPPE_MFO),
    ...checked(CITIZEN.coercedLift, ZHYLDAM_MFO, ZHYLDAM_MFO),
    ...checked(CITIZEN.protectedByChoice, ALTYN_KREDIT),
    ...checked(CITIZEN.liftedForOneBank, STEPPE_MFO, DALA_BANK),
    ...checked(CITIZEN.neverExposed, DALA_BANK),
  ];
}

/** A protection placed 21 days ago, and a permanent lift for one lender asked for 3 days ago: in force now. */
async function liftedForOneBankLongAgo(app: INestApplicationContext, citizen: Citizen, lenderBin: string): Promise<void> {
  const now = Date.now();
  const protection = planProtection(new Date(now + 160 * DAY_MS), new Date(now - 21 * DAY_MS));
  if (!protection.ok) throw new Error(`Demo protection refused: ${protection.error.code}`);
  await app.get(ProtectionRepository).insert(citizen.iinHash, protection.period);
  const lift = planLift({ kind: 'permanent', lenderBin }, new Date(now - 3 * DAY_MS), app.get<ResolvedConfig>(APP_CONFIG).lifts.coolingOffSeconds);
  if (!lift.ok) throw new Error(`Demo lift refused: ${Object.keys(lift.errors).join(', ')}`);
  const repository = app.get(LiftsRepository);
  await repository.transaction((manager) => repository.insert(manager, citizen.iinHash, lift.plan));
}
