import { computeIinCheckDigit, type DataClass, type IdentifierKind } from '@qorgau/shared';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Actor } from '../common/actor';
import type { IngestionService } from '../ingestion/ingestion.service';

const DAY_MS = 86_400_000;
/** Birth dates 1960-01-01 to 1989-12-24: never the demo citizens' and lenders' 900101 prefix. */
const BIRTH_DAYS = 10_950;
/** A prime coprime with BIRTH_DAYS: consecutive people get scattered birth dates. */
const BIRTH_STRIDE = 7919;
const MOBILE_CODES = ['701', '702', '705', '707', '747', '771', '775', '777'];

/**
 * The n-th person of the demo population (n < 109,500), distinct for each n: the birth date and
 * the last digit spell n out, the digits between them are free to reach a valid check digit.
 */
export function populationIin(serial: number): string {
  const born = new Date(Date.UTC(1960, 0, 1) + ((serial * BIRTH_STRIDE) % BIRTH_DAYS) * DAY_MS);
  const yymmdd = born.toISOString().slice(2, 10).replace(/-/g, '');
  const sex = serial % 2 === 0 ? '3' : '4';
  for (let middle = (serial * 37) % 1000; ; middle = (middle + 1) % 1000) {
    const first11 = `${yymmdd}${sex}${String(middle).padStart(3, '0')}${Math.floor(serial / BIRTH_DAYS)}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

function populationPhone(serial: number): string {
  return `+7${MOBILE_CODES[serial % MOBILE_CODES.length]}${String(2_000_000 + Math.floor(serial / MOBILE_CODES.length) * 13).padStart(7, '0')}`;
}

function populationEmail(serial: number): string {
  return `customer.${serial}@mail.example.kz`;
}

const IDENTIFIERS: Record<IdentifierKind, (serial: number) => string> = { iin: populationIin, phone: populationPhone, email: populationEmail };

/**
 * The leaked file of a demo breach, one column: IINs when the breach leaked them (they are what
 * restricts), else phones, else e-mails; none for a breach that leaked no identifier. Breaches
 * take overlapping slices of one population, so some people are in several; `citizens` (IINs)
 * are added to a file of IINs.
 */
export function leakedFile(dataClasses: readonly DataClass[], first: number, count: number, citizens: readonly string[] = []): string | null {
  const kind = (['iin', 'phone', 'email'] as const).find((candidate) => dataClasses.includes(candidate));
  if (kind === undefined || count === 0) return null;
  const lines = Array.from({ length: count }, (_unused, offset) => IDENTIFIERS[kind](first + offset));
  if (kind === 'iin') lines.push(...citizens);
  return `${kind}\n${lines.join('\n')}\n`;
}

/** Loads a CSV into a breach through the real ingestion and waits for the job to finish. */
export async function loadAndWait(ingestion: IngestionService, breachId: string, csv: string, actor: Actor): Promise<void> {
  const { jobId } = await ingestion.upload(breachId, { stream: Readable.from([Buffer.from(csv)]), bytesTotal: Buffer.byteLength(csv) }, actor);
  for (;;) {
    const job = await ingestion.get(jobId);
    if (job.status === 'done') return;
    if (job.status === 'failed') throw new Error(`Demo load into breach ${breachId} failed: ${job.error}`);
    await sleep(50);
  }
}
