import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { RegulatorUsersRepository } from '../users/regulator-users.repository';

const FLUSH_INTERVAL_MS = 60_000;
/**
 * Distinct e-mails kept between two flushes: a few MB at most. The set only feeds a figure of the
 * audit event, so past it the figure reads "at least" and nobody is refused anything.
 */
export const UNKNOWN_SIGN_IN_MAX_EMAILS = 10_000;

/**
 * Failed sign-ins for e-mails with no account are audited as one event per minute, not one each:
 * every audit append takes the chain's lock, so one row per guess would let anyone fill the
 * append-only table and queue every regulator's audited work behind a script.
 */
@Injectable()
export class UnknownSignIns implements OnModuleDestroy {
  private attempts = 0;
  private readonly emails = new Set<string>();
  private since = new Date();
  private readonly timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS).unref();

  constructor(
    private readonly users: RegulatorUsersRepository,
    private readonly audit: AuditService,
  ) {}

  count(email: string): void {
    this.attempts++;
    if (this.emails.size < UNKNOWN_SIGN_IN_MAX_EMAILS) this.emails.add(email.toLowerCase());
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.attempts === 0) return;
    const after = {
      reason: 'unknown e-mail',
      attempts: this.attempts,
      distinctEmails: this.emails.size,
      ...(this.emails.size >= UNKNOWN_SIGN_IN_MAX_EMAILS ? { distinctEmailsAtLeast: true } : {}),
      since: this.since.toISOString(),
    };
    this.attempts = 0;
    this.emails.clear();
    this.since = new Date();
    await this.users.transaction((manager) =>
      this.audit.append(manager, { actor: null, action: 'auth.sign-in-failed', entityType: 'user', entityId: null, before: null, after }),
    );
  }
}
