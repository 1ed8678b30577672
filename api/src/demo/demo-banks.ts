import type { INestApplicationContext } from '@nestjs/common';
import { computeIinCheckDigit, INQUIRY_PURPOSES, type LenderKind } from '@qorgau/shared';
import { BanksService } from '../banks/banks.service';
import type { CreateBankDto } from '../banks/dto/bank-input.dto';
import { RestrictionChecks } from '../inquiries/restriction-checks.service';

const LENDERS: { name: string; kind: LenderKind; licence: string }[] = [
  { name: 'Dala Bank JSC', kind: 'bank', licence: '1.2.101/52' },
  { name: 'Altyn Kredit Bank JSC', kind: 'bank', licence: '1.2.117/38' },
  { name: 'Steppe Microfinance LLP', kind: 'mfo', licence: 'MFO-0042' },
  { name: 'Zhyldam Qaryz MFO LLP', kind: 'mfo', licence: 'MFO-0187' },
];

/** Checks each demo lender makes: a few dozen, spread over the lenders. */
const CHECKS_PER_LENDER = [40, 25, 60, 15];

/** A valid BIN or IIN from a prefix and a serial number (SPEC §2 check digit). */
function validNumber(prefix: string, serial: number): string {
  for (let candidate = serial * 10; ; candidate++) {
    const first11 = `${prefix}${String(candidate).padStart(11 - prefix.length, '0')}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/**
 * Banks and MFOs with a key each (never printed: issue one in the back office to try the bank API),
 * and inquiries they made through the real check, so the inquiries list, the dashboard and the
 * citizens' "who checked me" have something to show. Registered by the system (no regulator), as the audit trail says.
 */
export async function seedDemoBanks(app: INestApplicationContext, log: (message: string) => void): Promise<void> {
  const banks = app.get(BanksService);
  const checks = app.get(RestrictionChecks);
  for (const [index, lender] of LENDERS.entries()) {
    const bank = await banks.create({ bin: validNumber('1004400', index), ...lender } as CreateBankDto, null);
    const key = await banks.createKey(bank.id, null);
    const principal = { bankId: bank.id, keyId: key.id, bin: bank.bin, name: bank.name, kind: bank.kind, rateLimitPerSecond: bank.rateLimitPerSecond };
    for (let serial = 0; serial < CHECKS_PER_LENDER[index]; serial++) {
      await checks.checkOne(principal, {
        iin: validNumber('900101', (serial * 7 + index) % 200),
        purpose: INQUIRY_PURPOSES[lender.kind === 'mfo' ? 1 : 0],
        reference: `APP-${lender.licence.replace(/\W+/g, '')}-${String(serial).padStart(5, '0')}`,
      });
    }
  }
  log(`Demo lenders: ${LENDERS.length} banks and MFOs with ${CHECKS_PER_LENDER.reduce((sum, count) => sum + count, 0)} inquiries.`);
}
