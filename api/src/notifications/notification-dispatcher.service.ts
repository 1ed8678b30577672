import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationChannel } from '@qorgau/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { unlockTokenFor, unlockTokenKey } from './account-unlock-token.rules';
import { ContactsService } from './contacts.service';
import { EmailChannel, WebhookChannel, type DeliveryChannel, type OutgoingMessage } from './notification-channel';
import { NotificationChannels } from './notification-channels';
import { describeFailure, inJsonbKeyOrder, parksAfter, retryDelayMs } from './notification-delivery.rules';
import { NotificationDispatchRepository, NotificationPool, type ClaimedNotification, type TakenInquiryAlert, type TakenOutcome, type TryOutcome } from './notification-dispatch.repository';
import { notificationSubject, notificationText, type NotificationPayload, type NotificationPayloads, type RevealedAtDelivery } from './notification-texts.rules';

/** Deliveries in flight at once per process: a receiver that hangs holds one slot until its timeout. */
const CONCURRENCY = 32;
/** With a backlog, a claim is made as soon as this many slots are free, not at the next poll. */
const CLAIM_AT_LEAST = 8;
/** How long past the request timeout a claimed row stays leased before another dispatcher may take it. */
const LEASE_MARGIN_MS = 5000;
/** Inquiry alerts taken from their queue at once, and such batches delivering at once per process. */
const INQUIRY_BATCH = 200;
const INQUIRY_BATCHES = 2;
/**
 * A batch of inquiry alerts is recorded once every try has settled, or after this long: a try still
 * running then (a receiver that hangs) is recorded as in flight, leased like a claim, and settled
 * when it ends, so one slow receiver never holds the queue.
 */
const INQUIRY_BATCH_WAIT_MS = 1000;

/** A message for a channel whose contact the person removed in the meantime, or to an admin whose account was disabled since. */
class NoContact extends Error {
  override readonly name = 'NoContact';
}

/**
 * Delivers the outbox (SPEC §3.8): at least once, with exponential backoff and jitter, parked after
 * NOTIFY_MAX_ATTEMPTS failures, each try cut at NOTIFY_TIMEOUT_MS, tries run concurrently so one
 * hanging receiver never holds back the others. Every process with NOTIFY_DISPATCH (the default)
 * runs one and they share the work; replicas that serve the banks can leave delivering to others
 * (NOTIFY_DISPATCH=false) and only write the outbox rows, so deliveries never take their CPU.
 *
 * Why claiming with FOR UPDATE SKIP LOCKED on our own table rather than pg-boss: the inquiry alert
 * must be written inside the bank check's one group-committed statement (a CTE of the inquiries
 * insert, inquiry-recorder.ts), which pg-boss's `send()` — its own statement on its own schema —
 * cannot join; the back office lists the outbox with its own columns (channel, masked recipient,
 * last error); and the registry already claims its jobs this way (ingestion, restriction jobs).
 * pg-boss would add a second schema and a second migration path for a queue we would still have to
 * mirror. The state is only in PostgreSQL: a restarted or killed process loses nothing.
 *
 * Polling (NOTIFY_POLL_MS, 200 ms by default: a single index probe when idle) rather than
 * LISTEN/NOTIFY: a NOTIFY in the inquiry's transaction would take PostgreSQL's global notify-queue
 * lock at every commit of the hot path, serialising the group commits of every process.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly repository: NotificationDispatchRepository;
  private readonly deliveryChannels = new Map<NotificationChannel, DeliveryChannel>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private inquiryTimer: NodeJS.Timeout | undefined;
  private inquiryBatches = 0;
  /** The inquiry alerts' batches and their late tries, kept apart from the claimed deliveries that CONCURRENCY counts. */
  private readonly inquiryWork = new Set<Promise<void>>();
  private running = false;
  private ticking = false;
  /** The last claim filled every free slot: more are probably due. */
  private backlog = false;
  private readonly settings: ResolvedConfig['notifications'];
  private readonly unlockKey: Buffer;

  constructor(
    pool: NotificationPool,
    private readonly channels: NotificationChannels,
    private readonly contacts: ContactsService,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.repository = new NotificationDispatchRepository(pool);
    this.settings = config.notifications;
    this.unlockKey = unlockTokenKey(config.auth.jwtSecret);
  }

  onApplicationBootstrap(): void {
    const { webhook, smtp, timeoutMs } = this.settings;
    if (webhook) this.deliveryChannels.set('webhook', new WebhookChannel(webhook, CONCURRENCY, timeoutMs));
    if (smtp) this.deliveryChannels.set('email', new EmailChannel(smtp, timeoutMs));
    if (!this.settings.dispatch) return;
    this.running = true;
    // Without a channel the inquiry alerts are still taken from their queue, into the outbox as
    // channel `none`: what would have been sent, for a developer to see.
    this.takeInquiryAlerts();
    if (this.deliveryChannels.size > 0) this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    clearTimeout(this.inquiryTimer);
    await Promise.allSettled([...this.inFlight]);
    // A batch's late tries are tracked once it commits: wait until none is left.
    while (this.inquiryWork.size > 0) await Promise.allSettled([...this.inquiryWork]);
    for (const channel of this.deliveryChannels.values()) channel.close();
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    const free = CONCURRENCY - this.inFlight.size;
    let claimed: ClaimedNotification[] = [];
    if (free > 0) {
      try {
        claimed = await this.repository.claim(this.channels.configured, free, this.settings.timeoutMs + LEASE_MARGIN_MS);
      } catch (error) {
        this.logger.warn(`could not claim notifications: ${describeFailure(error)}`);
      }
      // A full claim suggests more are due.
      this.backlog = claimed.length === free;
    }
    for (const notification of claimed) {
      const delivery: Promise<void> = this.deliver(notification).finally(() => {
        this.inFlight.delete(delivery);
        // With a backlog, freed slots are filled at once rather than at the next poll.
        if (this.backlog && !this.ticking && CONCURRENCY - this.inFlight.size >= CLAIM_AT_LEAST) this.schedule(0);
      });
      this.inFlight.add(delivery);
    }
    this.ticking = false;
    this.schedule(this.backlog && free > 0 ? 0 : this.settings.pollMs);
  }

  private async deliver(notification: ClaimedNotification): Promise<void> {
    await this.settle(await this.attempt(notification));
  }

  /** One try: what became of it, never a rejection. */
  private async attempt<T extends ClaimedNotification>(notification: T): Promise<TryOutcome<T>> {
    try {
      await this.deliveryChannels.get(notification.channel)!.deliver(this.message(notification));
      return { alert: notification, status: 'delivered', at: new Date(), lastError: null };
    } catch (error) {
      const reason = error instanceof NoContact ? (notification.iinHash === null ? 'the account was disabled' : 'the person removed this contact') : describeFailure(error);
      const park = error instanceof NoContact || parksAfter(notification.tries, this.settings.maxAttempts);
      // The id and the reason only: never a contact.
      this.logger.warn(`notification ${notification.id} (${notification.channel}) try ${notification.tries} failed: ${reason}${park ? '; parked' : ''}`);
      const retryAt = new Date(Date.now() + retryDelayMs(notification.tries, this.settings.backoffMs, Math.random()));
      return { alert: notification, status: park ? 'parked' : 'pending', at: retryAt, lastError: reason };
    }
  }

  /** Records a try's outcome on its outbox row. */
  private async settle(outcome: TryOutcome): Promise<void> {
    const { id } = outcome.alert;
    try {
      if (outcome.status === 'delivered') await this.repository.delivered(id);
      else await this.repository.failed(id, outcome.lastError!, outcome.at, outcome.status === 'parked');
    } catch (failure) {
      // The lease runs out and the message is tried again: at least once, never lost.
      this.logger.warn(`could not record the outcome of notification ${id}: ${describeFailure(failure)}`);
    }
  }

  private scheduleInquiryAlerts(delayMs: number): void {
    if (!this.running) return;
    clearTimeout(this.inquiryTimer);
    this.inquiryTimer = setTimeout(() => this.takeInquiryAlerts(), delayMs);
  }

  /**
   * Delivers a batch of inquiry alerts from their queue (SPEC §3.8: the alert the bank check's
   * statement wrote): taken and recorded in one transaction, so each is delivered at least once and
   * its outcome kept under the id it was sent with. While a batch delivers, the queue is taken from
   * again, at once after a full batch (more are waiting), otherwise at the next poll: a batch held by
   * a receiver that hangs holds back no alert checked after it.
   */
  private takeInquiryAlerts(): void {
    if (!this.running || this.inquiryBatches >= INQUIRY_BATCHES) return;
    this.inquiryBatches++;
    let full = false;
    let late: Promise<TakenOutcome>[] = [];
    const batch: Promise<void> = this.repository
      .inTransaction(async (client) => {
        const taken = await this.repository.takeInquiryAlerts(client, [...this.channels.configured, 'none'], INQUIRY_BATCH);
        full = taken.length === INQUIRY_BATCH;
        this.scheduleInquiryAlerts(full ? 0 : this.settings.pollMs);
        const settled = await this.settleWithin(taken, INQUIRY_BATCH_WAIT_MS);
        late = settled.late;
        await this.repository.recordTaken(client, settled.outcomes);
      })
      // Settled only once their leased rows are committed: an outcome never lands before its row.
      .then(() => late.forEach((outcome) => this.track(outcome.then((settled) => this.settle(settled)))))
      .catch((error: unknown) => this.logger.warn(`could not deliver inquiry alerts: ${describeFailure(error)}`))
      .finally(() => {
        this.inquiryBatches--;
        this.scheduleInquiryAlerts(full ? 0 : this.settings.pollMs);
      });
    this.track(batch);
  }

  private track(work: Promise<void>): void {
    this.inquiryWork.add(work);
    void work.finally(() => this.inquiryWork.delete(work));
  }

  /**
   * Tries every taken alert at once and waits at most `waitMs`: the outcomes to record, where a try
   * still running is recorded pending until its lease ends, and those tries themselves. An alert
   * for channel `none` is recorded unsent.
   */
  private async settleWithin(taken: TakenInquiryAlert[], waitMs: number): Promise<{ outcomes: TakenOutcome[]; late: Promise<TakenOutcome>[] }> {
    const settled = new Map<TakenInquiryAlert, TakenOutcome>();
    const tries = new Map<TakenInquiryAlert, Promise<TakenOutcome>>();
    for (const alert of taken) {
      if (alert.channel === 'none') settled.set(alert, { alert, status: 'pending', at: alert.occurredAt, lastError: null });
      else tries.set(alert, this.attempt(alert).then((outcome) => (settled.set(alert, outcome), outcome)));
    }
    await Promise.race([Promise.all(tries.values()), sleep(waitMs, undefined, { ref: false })]);
    const leasedUntil = new Date(Date.now() + this.settings.timeoutMs + LEASE_MARGIN_MS);
    const outcomes: TakenOutcome[] = [];
    const late: Promise<TakenOutcome>[] = [];
    for (const alert of taken) {
      const outcome = settled.get(alert);
      if (outcome) outcomes.push(outcome);
      else if (tries.has(alert)) {
        outcomes.push({ alert, status: 'pending', at: leasedUntil, lastError: null });
        late.push(tries.get(alert)!);
      }
    }
    return { outcomes, late };
  }

  private message(notification: ClaimedNotification): OutgoingMessage {
    const to = this.recipient(notification);
    if (notification.channel === 'email' ? to.email === undefined : Object.keys(to).length === 0) throw new NoContact();
    const payload = notification.payload as unknown as NotificationPayload;
    return {
      id: notification.id,
      type: notification.type,
      occurredAt: notification.occurredAt.toISOString(),
      language: notification.language,
      to,
      text: notificationText(notification.type, notification.language, payload as never, this.revealed(notification)),
      subject: notificationSubject(notification.type, notification.language),
      data: inJsonbKeyOrder(notification.payload),
    };
  }

  /** The unlock token, derived again from its id for the one message that carries it; stored nowhere. */
  private revealed(notification: ClaimedNotification): RevealedAtDelivery {
    if (notification.type !== 'account.unlock') return {};
    const { tokenId } = notification.payload as unknown as NotificationPayloads['account.unlock'];
    return { unlockToken: unlockTokenFor(this.unlockKey, tokenId) };
  }

  /** The person's contacts opened, or an admin's e-mail (staff messages go by e-mail only). */
  private recipient(notification: ClaimedNotification): OutgoingMessage['to'] {
    const to: OutgoingMessage['to'] = {};
    if (notification.iinHash === null) {
      if (notification.recipientEmail !== null) to.email = notification.recipientEmail;
      return to;
    }
    const contacts = this.contacts.open(notification.iinHash, notification);
    if (contacts.email !== null) to.email = contacts.email;
    if (contacts.phone !== null) to.phone = contacts.phone;
    return to;
  }
}
