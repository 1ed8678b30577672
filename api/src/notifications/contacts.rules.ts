import { isOneOf, LANGUAGES, normalizeEmail, normalizePhone, type Language, type ValidationFailureCode } from '@qorgau/shared';
import { deriveKeyEncryptionKey, seal, unseal } from '../signing/signing.rules';

/*
 * A person's contacts (SPEC §5.5) as plain functions: checking what they send, encrypting at rest,
 * and the masked form the back office shows instead of the contact itself.
 */

export type ContactField = 'email' | 'phone';

/** The person's contacts in the clear, as only the person and the dispatcher ever see them. */
export interface Contacts {
  email: string | null;
  phone: string | null;
  language: Language;
}

/** Why a field of `PUT /me/contacts` is refused; the citizen messages word it. */
export type ContactsRefusal =
  | { field: 'email'; code: 'email-invalid'; failure: ValidationFailureCode }
  | { field: 'phone'; code: 'phone-invalid'; failure: ValidationFailureCode }
  | { field: 'language'; code: 'invalid-language' };

/** The key that encrypts contacts: the pepper's, under its own HKDF info so it is no other key. */
export function deriveContactsKey(pepper: string): Buffer {
  return deriveKeyEncryptionKey(pepper, 'citizen-contacts-encryption/v1');
}

/** The field and the person are the associated data: a ciphertext moved to another row or field does not decrypt. */
function associatedData(iinHash: Buffer, field: ContactField): Buffer {
  return Buffer.concat([Buffer.from(`${field}:`), iinHash]);
}

export function sealContact(value: string, iinHash: Buffer, field: ContactField, key: Buffer): Buffer {
  return seal(Buffer.from(value, 'utf8'), associatedData(iinHash, field), key);
}

export function openContact(sealed: Buffer, iinHash: Buffer, field: ContactField, key: Buffer): string {
  return unseal(sealed, associatedData(iinHash, field), key).toString('utf8');
}

/**
 * The contacts after `PUT /me/contacts`: an absent field is kept, `null` removes it, a value is
 * normalised (phone to E.164, e-mail trimmed and lower-cased) or refused naming its field.
 */
export function applyContactsUpdate(current: Contacts, input: Record<string, unknown>): { ok: true; contacts: Contacts } | { ok: false; refusals: ContactsRefusal[] } {
  const refusals: ContactsRefusal[] = [];
  const next = { ...current };
  if (input.email === null) next.email = null;
  else if (input.email !== undefined) {
    const result = normalizeEmail(input.email as string);
    if (result.valid) next.email = result.value;
    else refusals.push({ field: 'email', code: 'email-invalid', failure: result.code });
  }
  if (input.phone === null) next.phone = null;
  else if (input.phone !== undefined) {
    const result = normalizePhone(input.phone as string);
    if (result.valid) next.phone = result.value;
    else refusals.push({ field: 'phone', code: 'phone-invalid', failure: result.code });
  }
  if (input.language !== undefined) {
    if (isOneOf(LANGUAGES, input.language)) next.language = input.language;
    else refusals.push({ field: 'language', code: 'invalid-language' });
  }
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, contacts: next };
}

/** What the identity token offers (OpenID Connect `email` and `phone_number` claims), only when valid. */
export function suggestedContacts(claims: Record<string, unknown>): { email?: string; phone?: string } {
  const suggested: { email?: string; phone?: string } = {};
  if (typeof claims.email === 'string') {
    const email = normalizeEmail(claims.email);
    if (email.valid) suggested.email = email.value;
  }
  if (typeof claims.phone_number === 'string') {
    const phone = normalizePhone(claims.phone_number);
    if (phone.valid) suggested.phone = phone.value;
  }
  return suggested;
}

/** `+77011234512` → `+7 7** *** **12`: the operator and the last two digits. */
export function maskPhone(e164: string): string {
  return `+7 ${e164.charAt(2)}** *** **${e164.slice(-2)}`;
}

/** `anna@mail.kz` → `a***@mail.kz`: the first character and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.charAt(0)}***${email.slice(at)}`;
}
