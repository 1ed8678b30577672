import fc from 'fast-check';
import { normalizePhone } from '@qorgau/shared';
import { applyContactsUpdate, deriveContactsKey, maskEmail, maskPhone, openContact, sealContact, suggestedContacts, type Contacts } from './contacts.rules';

const none: Contacts = { email: null, phone: null, language: 'kk' };
const key = deriveContactsKey('x'.repeat(32));
const hash = Buffer.alloc(32, 7);
const kzPhone = fc.stringMatching(/^7[0-9]{9}$/).map((national) => `+7${national}`);

describe('applyContactsUpdate', () => {
  it('normalises the phone and the e-mail, and keeps what is absent', () => {
    expect(applyContactsUpdate(none, { phone: '8 (701) 123-45-67', email: ' Anna@Mail.KZ ' })).toEqual({
      ok: true,
      contacts: { email: 'anna@mail.kz', phone: '+77011234567', language: 'kk' },
    });
    expect(applyContactsUpdate({ email: 'a@b.kz', phone: '+77011234567', language: 'ru' }, { language: 'en' })).toEqual({
      ok: true,
      contacts: { email: 'a@b.kz', phone: '+77011234567', language: 'en' },
    });
  });

  it('removes a field sent as null', () => {
    expect(applyContactsUpdate({ email: 'a@b.kz', phone: '+77011234567', language: 'ru' }, { email: null })).toEqual({
      ok: true,
      contacts: { email: null, phone: '+77011234567', language: 'ru' },
    });
  });

  it('names each refused field', () => {
    const result = applyContactsUpdate(none, { phone: '+7 901 123 4567', email: 'not-an-address', language: 'de' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusals.map((refusal) => refusal.field)).toEqual(['email', 'phone', 'language']);
    expect(applyContactsUpdate(none, { phone: 42 }).ok).toBe(false);
    expect(applyContactsUpdate(none, { language: null }).ok).toBe(false);
  });

  it('accepts a phone exactly when the shared validator does, storing its E.164 form', () => {
    fc.assert(
      fc.property(fc.string(), (phone) => {
        const result = applyContactsUpdate(none, { phone });
        const expected = normalizePhone(phone);
        expect(result.ok).toBe(expected.valid);
        if (result.ok && expected.valid) expect(result.contacts.phone).toBe(expected.value);
      }),
    );
  });
});

describe('contacts at rest', () => {
  it('round-trips, and refuses another person’s or another field’s ciphertext', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 254 }), (value) => {
        const sealed = sealContact(value, hash, 'email', key);
        expect(openContact(sealed, hash, 'email', key)).toBe(value);
        expect(() => openContact(sealed, hash, 'phone', key)).toThrow();
        expect(() => openContact(sealed, Buffer.alloc(32, 8), 'email', key)).toThrow();
      }),
      { numRuns: 50 },
    );
  });

  it('uses a key of its own, not the answer-signing one', () => {
    expect(deriveContactsKey('x'.repeat(32)).equals(key)).toBe(true);
    expect(deriveContactsKey('y'.repeat(32)).equals(key)).toBe(false);
  });
});

describe('masking', () => {
  it('shows the operator and the last two digits of a phone, nothing else', () => {
    expect(maskPhone('+77011234512')).toBe('+7 7** *** **12');
    fc.assert(
      fc.property(kzPhone, (phone) => {
        const masked = maskPhone(phone);
        expect(masked.replace(/\D/g, '')).toBe(`77${phone.slice(-2)}`);
      }),
    );
  });

  it('shows the first character and the domain of an e-mail address', () => {
    expect(maskEmail('anna@mail.kz')).toBe('a***@mail.kz');
    expect(maskEmail('x@y.kz')).toBe('x***@y.kz');
  });
});

describe('suggestedContacts', () => {
  it('offers valid claims, normalised, and ignores the rest', () => {
    expect(suggestedContacts({ email: 'Anna@Mail.kz', phone_number: '+7 701 123 4567' })).toEqual({ email: 'anna@mail.kz', phone: '+77011234567' });
    expect(suggestedContacts({ email: 'nope', phone_number: 7011234567 })).toEqual({});
  });
});
