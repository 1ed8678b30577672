import fc from 'fast-check';
import { CITIZEN_NOTIFICATION_TYPES, LANGUAGES, type CitizenNotificationType } from '@qorgau/shared';
import { NOTIFICATION_TEXT_MAX_LENGTH, UNLOCK_TOKEN_MASK, notificationSubject, notificationText, type NotificationPayloads } from './notification-texts.rules';

const NEVER_PHRASE = { kk: 'сілтеме жібермейді', ru: 'не шлёт ссылок', en: 'never sends links' };
const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
const name = fc.stringMatching(/^[A-Za-z0-9 ]{1,200}$/);

/** Payloads of every type, with names as long as a lender's can be. */
const payloads: { [T in CitizenNotificationType]: fc.Arbitrary<NotificationPayloads[T]> } = {
  exposure: fc.record({ breachId: fc.uuid(), companyName: name }),
  inquiry: fc.record({
    inquiryId: fc.uuid(),
    bankName: name,
    bankBin: fc.constant('000740000728'),
    purpose: fc.constantFrom('loan' as const, 'microcredit' as const),
    restricted: fc.boolean(),
    checkedAt: instant,
  }),
  'lift.pending': fc.record({ liftId: fc.uuid(), effectiveAt: instant }),
  'lift.effective': fc.record({ liftId: fc.uuid(), effectiveAt: instant }),
  'lift.cancelled': fc.record({ liftId: fc.uuid(), by: fc.constantFrom('citizen' as const, 'reviewer' as const) }),
  'dispute.decided': fc.record({ disputeId: fc.uuid(), outcome: fc.constantFrom('accepted' as const, 'rejected' as const) }),
  'restriction.ending': fc.record({ endsAt: instant }),
};

describe.each(CITIZEN_NOTIFICATION_TYPES)('the %s message', (type) => {
  it.each(LANGUAGES)('in %s fits one text message, carries no link, and says Qorgau never sends links', (language) => {
    fc.assert(
      fc.property(payloads[type] as fc.Arbitrary<NotificationPayloads[typeof type]>, (payload) => {
        const text = notificationText(type, language, payload);
        expect(text.length).toBeLessThanOrEqual(NOTIFICATION_TEXT_MAX_LENGTH);
        expect(text).not.toMatch(/https?:|www\.|\.kz\b/i);
        expect(text).toContain(NEVER_PHRASE[language]);
      }),
      { numRuns: 200 },
    );
    expect(notificationSubject(type, language)).not.toMatch(/http/i);
  });
});

describe('the inquiry alert', () => {
  it('names the lender, the purpose, the Almaty time and the answer', () => {
    const data = { inquiryId: 'i', bankName: 'Halyk Bank', bankBin: '000740000728', purpose: 'loan' as const, restricted: true, checkedAt: '2026-03-01T04:30:00Z' };
    expect(notificationText('inquiry', 'en', data)).toBe(
      'Qorgau: Halyk Bank checked you (loan, 01.03 09:30): restricted. Not you? Call your bank. Qorgau never sends links or asks for codes.',
    );
    expect(notificationText('inquiry', 'ru', { ...data, restricted: false })).toContain('Halyk Bank проверил вас (кредит, 01.03 09:30): не ограничен');
    expect(notificationText('inquiry', 'kk', { ...data, bankName: 'A very long bank name indeed JSC' })).toContain('A very long bank na… сізді тексерді');
  });
});

describe('the look-up alert to admins (SPEC §3.9)', () => {
  const data = { alertId: '42', actorEmail: 'analyst-7@qorgau.kz', actorRole: 'analyst' as const, lookups: 21, limit: 20, raisedAt: '2026-03-01T04:30:00Z' };

  it('names the account, its look-ups against the limit and when, and sends the reader to the audit trail', () => {
    expect(notificationText('lookup.alert', 'en', data)).toBe(
      'Qorgau: the analyst account analyst-7@qorgau.kz made 21 person look-ups in the last hour, over the limit of 20 (alert raised 01.03 09:30, Almaty time). ' +
        'Review them in the audit trail (filter by actor). Qorgau never sends links or asks for codes.',
    );
    expect(notificationSubject('lookup.alert', 'en')).toBe('Qorgau: too many person look-ups by one account');
  });

  it('is in English whatever the row’s language, and carries no link', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.emailAddress(), fc.integer({ min: 2, max: 10_000 }), instant, (language, actorEmail, lookups, raisedAt) => {
        const text = notificationText('lookup.alert', language, { ...data, actorEmail, lookups, limit: lookups - 1, raisedAt });
        expect(text).toBe(notificationText('lookup.alert', 'en', { ...data, actorEmail, lookups, limit: lookups - 1, raisedAt }));
        expect(text).toContain(actorEmail);
        expect(text).toContain(`${lookups} person look-ups`);
        expect(text.replace(actorEmail, '')).not.toMatch(/https?:|www\./i);
        expect(notificationSubject('lookup.alert', language)).toBe(notificationSubject('lookup.alert', 'en'));
      }),
    );
  });
});

describe('the unlock token to a locked account', () => {
  const data = { tokenId: '00000000-0000-4000-8000-000000000001', lockedUntil: '2026-03-01T04:45:00Z', expiresAt: '2026-03-01T05:30:00Z' };
  const token = 'A'.repeat(43);

  it('gives, in Kazakh, Russian and English at once, the back-office path with the token, the lock and the expiry in Almaty time', () => {
    const text = notificationText('account.unlock', 'en', data, { unlockToken: token });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    for (const paragraph of paragraphs) {
      expect(paragraph).toContain(`/admin/?unlock=${token}`);
      expect(paragraph).toContain('01.03 09:45');
      expect(paragraph).toContain('01.03 10:30');
    }
    expect(paragraphs[0]).toContain('Qorgau кодты ешқашан телефонмен сұрамайды');
    expect(paragraphs[1]).toContain('Qorgau никогда не просит коды по телефону');
    expect(paragraphs[2]).toContain('Qorgau never asks for codes by phone');
  });

  it('names no host and is the same whatever the row’s language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), instant, instant, (language, unlockToken, lockedUntil, expiresAt) => {
        const payload = { ...data, lockedUntil, expiresAt };
        const text = notificationText('account.unlock', language, payload, { unlockToken });
        expect(text).toBe(notificationText('account.unlock', 'en', payload, { unlockToken }));
        expect(text).not.toMatch(/https?:|www\.|\.kz\b|\/\//i);
        expect(notificationSubject('account.unlock', language)).not.toMatch(/http/i);
      }),
    );
  });

  it('masks the token wherever it is not revealed (the back office’s view of the outbox)', () => {
    const text = notificationText('account.unlock', 'en', data);
    expect(text).toContain(`/admin/?unlock=${UNLOCK_TOKEN_MASK}`);
    expect(text).not.toMatch(/unlock=[A-Za-z0-9_-]/);
  });
});
