import { computeIinCheckDigit, IDENTIFIER_KINDS, type IdentifierKind } from '@qorgau/shared';

/**
 * A realistic synthetic leak (for tests, benchmarks and demos): valid IINs by the real check-digit
 * rule with plausible birth dates, Kazakh mobile numbers in the spellings companies export, e-mail
 * addresses, and a chosen share of bad rows (wrong check digit, too short, Russian numbers, broken
 * addresses). Deterministic for a seed.
 */
export interface LeakOptions {
  rows: number;
  /** Share of rows whose values are invalid, 0..1. */
  invalidShare: number;
  kinds: readonly IdentifierKind[];
  seed?: number;
}

/** Kazakh mobile operator codes (+7 7xx). */
const MOBILE_CODES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];
const EMAIL_DOMAINS = ['mail.kz', 'gmail.com', 'mail.ru', 'yandex.kz', 'inbox.kz', 'kaspi.kz'];
const NAMES = ['aigerim', 'nursultan', 'dana', 'yerlan', 'aliya', 'timur', 'madina', 'arman', 'saule', 'daniyar', 'asel', 'ruslan'];

/** xorshift32: fast, seedable, good enough for synthetic data. */
export function randomSource(seed = 20251124): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function syntheticIin(random: () => number): string {
  for (;;) {
    const year = 1940 + Math.floor(random() * 66);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    // 7th digit: century and sex (3/4 for the 1900s, 5/6 for the 2000s).
    const centurySex = (year >= 2000 ? 5 : 3) + Math.floor(random() * 2);
    const first11 = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${centurySex}${pad(Math.floor(random() * 10000), 4)}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** Birth days from 1943-02-03 on (30,000 days), two sexes, 10,000 serials: the space distinct IINs are drawn from. */
const IIN_DAYS = 30_000;
const IIN_SPACE = IIN_DAYS * 2 * 10_000;
const FIRST_DAY = Date.UTC(1943, 1, 3);
/** Coprime with IIN_SPACE (2^9·3·5^8): k → (k·A + B) mod IIN_SPACE visits every number once. */
const PERMUTATION_A = 282_475_249;
const PERMUTATION_B = 104_729;

/**
 * Distinct valid IINs in a scattered order: the k-th draw of a permutation of the space, skipping
 * numbers that have no check digit. Leaks list each person once, and the COPY baseline of the
 * benchmark needs distinct keys.
 */
export function distinctIins(seed = 0): () => string {
  let k = seed;
  return () => {
    for (;;) {
      const x = Number((BigInt(k++) * BigInt(PERMUTATION_A) + BigInt(PERMUTATION_B)) % BigInt(IIN_SPACE));
      const day = new Date(FIRST_DAY + (x % IIN_DAYS) * 86_400_000);
      const year = day.getUTCFullYear();
      const sex = Math.floor(x / IIN_DAYS) % 2;
      const serial = Math.floor(x / (IIN_DAYS * 2));
      const first11 = `${pad(year % 100, 2)}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}${(year >= 2000 ? 5 : 3) + sex}${pad(serial, 4)}`;
      const check = computeIinCheckDigit(first11);
      if (check !== null) return `${first11}${check}`;
    }
  };
}

export function syntheticPhone(random: () => number): string {
  const code = MOBILE_CODES[Math.floor(random() * MOBILE_CODES.length)];
  const subscriber = pad(Math.floor(random() * 10_000_000), 7);
  const a = subscriber.slice(0, 3);
  const b = subscriber.slice(3, 5);
  const c = subscriber.slice(5);
  switch (Math.floor(random() * 4)) {
    case 0:
      return `+7${code}${subscriber}`;
    case 1:
      return `8${code}${subscriber}`;
    case 2:
      return `8 (${code}) ${a}-${b}-${c}`;
    default:
      return `+7 ${code} ${a} ${b} ${c}`;
  }
}

export function syntheticEmail(random: () => number): string {
  const name = NAMES[Math.floor(random() * NAMES.length)];
  const domain = EMAIL_DOMAINS[Math.floor(random() * EMAIL_DOMAINS.length)];
  const spelled = random() < 0.1 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  return `${spelled}.${Math.floor(random() * 1_000_000)}@${domain}`;
}

/** A value of `kind` that the validators refuse. */
export function invalidValue(kind: IdentifierKind, random: () => number): string {
  const pick = Math.floor(random() * 3);
  if (kind === 'iin') {
    const iin = syntheticIin(random);
    if (pick === 0) return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`; // wrong check digit
    if (pick === 1) return iin.slice(0, 11); // too short
    return `${iin.slice(0, 6)}O${iin.slice(7)}`; // a letter O typed for a zero
  }
  if (kind === 'phone') {
    if (pick === 0) return `+7 9${pad(Math.floor(random() * 1e9), 9)}`; // a Russian number
    if (pick === 1) return `8 701 ${pad(Math.floor(random() * 1e5), 5)}`; // too short
    return 'нет телефона';
  }
  if (pick === 0) return syntheticEmail(random).replace('@', ' at ');
  if (pick === 1) return `${NAMES[0]}@`;
  return 'n/a@@mail.kz';
}

/** The header line and data lines of a leak, a line at a time (no line ending). Valid IINs are
 * distinct; phones and e-mails may repeat, as in real leaks. */
export function* leakLines(options: LeakOptions): Generator<string> {
  const random = randomSource(options.seed);
  const nextIin = distinctIins(options.seed ?? 0);
  const kinds = IDENTIFIER_KINDS.filter((kind) => options.kinds.includes(kind));
  yield kinds.join(',');
  for (let row = 0; row < options.rows; row++) {
    const invalid = random() < options.invalidShare;
    // A bad row has one bad value; the others stay valid, as in real exports.
    const bad = invalid ? kinds[Math.floor(random() * kinds.length)] : null;
    const cells = kinds.map((kind) => {
      if (kind === bad) return invalidValue(kind, random);
      const value = kind === 'iin' ? nextIin() : kind === 'phone' ? syntheticPhone(random) : syntheticEmail(random);
      return kind === 'phone' && value.includes(' ') ? `"${value}"` : value;
    });
    yield cells.join(',');
  }
}
