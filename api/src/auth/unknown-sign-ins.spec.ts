import type { AuditService } from '../audit/audit.service';
import type { RegulatorUsersRepository } from '../users/regulator-users.repository';
import { UNKNOWN_SIGN_IN_MAX_EMAILS, UnknownSignIns } from './unknown-sign-ins';

/** The aggregate audit events UnknownSignIns appends, through stand-ins for the repository and the audit trail. */
function withRecordedEvents() {
  const events: Record<string, unknown>[] = [];
  const users = { transaction: (work: (manager: unknown) => Promise<unknown>) => work({}) } as unknown as RegulatorUsersRepository;
  const audit = { append: async (_manager: unknown, event: { after: Record<string, unknown> }) => void events.push(event.after) } as unknown as AuditService;
  return { unknownSignIns: new UnknownSignIns(users, audit), events };
}

describe('UnknownSignIns', () => {
  it('counts attempts and distinct e-mails, case folded, in one event', async () => {
    const { unknownSignIns, events } = withRecordedEvents();
    for (const email of ['a@x.kz', 'A@X.kz', 'b@x.kz']) unknownSignIns.count(email);
    await unknownSignIns.onModuleDestroy();
    expect(events).toEqual([{ reason: 'unknown e-mail', attempts: 3, distinctEmails: 2, since: expect.any(String) }]);
  });

  it('keeps at most a bounded number of e-mails, and then says the figure is a lower bound', async () => {
    const { unknownSignIns, events } = withRecordedEvents();
    const attempts = UNKNOWN_SIGN_IN_MAX_EMAILS * 3;
    for (let n = 0; n < attempts; n++) unknownSignIns.count(`guess-${n}@example.kz`);
    expect((unknownSignIns as unknown as { emails: Set<string> }).emails.size).toBe(UNKNOWN_SIGN_IN_MAX_EMAILS);
    await unknownSignIns.onModuleDestroy();
    expect(events).toEqual([{ reason: 'unknown e-mail', attempts, distinctEmails: UNKNOWN_SIGN_IN_MAX_EMAILS, distinctEmailsAtLeast: true, since: expect.any(String) }]);
  });

  it('starts each period empty', async () => {
    const { unknownSignIns, events } = withRecordedEvents();
    for (let n = 0; n < UNKNOWN_SIGN_IN_MAX_EMAILS + 5; n++) unknownSignIns.count(`guess-${n}@example.kz`);
    await (unknownSignIns as unknown as { flush(): Promise<void> }).flush();
    unknownSignIns.count('one@example.kz');
    await unknownSignIns.onModuleDestroy();
    expect(events[1]).toEqual({ reason: 'unknown e-mail', attempts: 1, distinctEmails: 1, since: expect.any(String) });
  });
});
