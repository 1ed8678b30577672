import type { INestApplicationContext } from '@nestjs/common';
import { INQUIRY_PURPOSES, type LenderKind } from '@qorgau/shared';
import type { BankPrincipal } from '../banks/bank-principal';
import { BanksService } from '../banks/banks.service';
import type { CreateBankDto } from '../banks/dto/bank-input.dto';
import { RestrictionChecks } from '../inquiries/restriction-checks.service';
import { populationIin } from './demo-exposures';
import { validNumber } from '../common/valid-number';

/** The demo lenders by name, for the demo citizens' stories. */
export const DALA_BANK = 0;
export const ALTYN_KREDIT = 1;
export const STEPPE_MFO = 2;
export const ZHYLDAM_MFO = 3;

const LENDERS: { name: string; kind: LenderKind; licence: string }[] = [
  { name: 'Dala Bank JSC', kind: 'bank', licence: '1.2.101/52' },
  { name: 'Altyn Kredit Bank JSC', kind: 'bank', licence: '1.2.117/38' },
  { name: 'Steppe Microfinance LLP', kind: 'mfo', licence: 'MFO-0042' },
  { name: 'Zhyldam Qaryz MFO LLP', kind: 'mfo', licence: 'MFO-0187' },
];

/** Checks each demo lender makes: a few dozen, spread over the lenders. */
const CHECKS_PER_LENDER = [40, 25, 60, 15];
/** Where the lenders' applicants come from: the demo population, some of them restricted. */
const APPLICANTS = 100_000;

/** A check a demo lender makes about one demo citizen. */
export interface DemoCitizenCheck {
  iin: string;
  lender: number;
}

/** The BIN of the n-th demo lender. */
export function demoLenderBin(lender: number): string {
  return validNumber('1004400', lender);
}

/**
 * Banks and MFOs with a key each (never printed: issue one in the back office to try the bank API),
 * and inquiries they made through the real check — about applicants of the demo population and
 * about the demo citizens (`citizenChecks`) — so the inquiries list, the dashboard and the
 * citizens' "who checked me" have something to show. Registered by the system (no regulator), as the audit trail says.
 */
export async function seedDemoBanks(app: INestApplicationContext, citizenChecks: DemoCitizenCheck[], log: (message: string) => void): Promise<void> {
  const banks = app.get(BanksService);
  const checks = app.get(RestrictionChecks);
  const applications = LENDERS.map(() => 0);
  const principals: BankPrincipal[] = [];
  for (const [index, lender] of LENDERS.entries()) {
    const bank = await banks.create({ bin: demoLenderBin(index), ...lender } as CreateBankDto, null);
    const key = await banks.createKey(bank.id, {}, null);
    principals.push({ bankId: bank.id, keyId: key.id, bin: bank.bin, name: bank.name, kind: bank.kind, rateLimitPerSecond: bank.rateLimitPerSecond, expiresAt: null });
  }
  const check = (lender: number, iin: string) =>
    checks.checkOne(principals[lender], {
      iin,
      purpose: INQUIRY_PURPOSES[LENDERS[lender].kind === 'mfo' ? 1 : 0],
      reference: `APP-${LENDERS[lender].licence.replace(/\W+/g, '')}-${String(applications[lender]++).padStart(5, '0')}`,
    });
  for (const [lender, count] of CHECKS_PER_LENDER.entries()) {
    for (let serial = 0; serial < count; serial++) await check(lender, populationIin(((serial * 7 + lender) * 997) % APPLICANTS));
  }
  for (const { lender, iin } of citizenChecks) await check(lender, iin);
  const total = CHECKS_PER_LENDER.reduce((sum, count) => sum + count, 0) + citizenChecks.length;
  log(`Demo lenders: ${LENDERS.length} banks and MFOs with ${total} inquiries.`);
}
