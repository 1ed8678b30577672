import { computeIinCheckDigit } from '@qorgau/shared';

/**
 * The n-th valid BIN or IIN of a 7-digit prefix: 12 digits with the SPEC §2 check digit, the first
 * serial from n × 10 that has one (so different n never meet).
 */
export function validNumber(prefix: string, serial: number): string {
  for (let candidate = serial * 10; ; candidate++) {
    const first11 = `${prefix}${String(candidate).padStart(11 - prefix.length, '0')}`;
    const check = computeIinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
