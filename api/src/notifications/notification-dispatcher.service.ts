import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationChannel } from '@qorgau/shared';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { unlockTokenFor, unlockTokenKey } from './account-unlock-token.rules';
import { ContactsService } from './contacts.service';
import { EmailChannel, WebhookChannel, type DeliveryChannel, type OutgoingMessage } from './notification-channel';
import { NotificationChannels } from './notification-channels';
import { describeFailure, parksAfter, retryDelayMs } from './notification-delivery.rules';
import { NotificationDispatchRepository, NotificationPool, type ClaimedNotification } from './notification-dispatch.repository';
import { notificationSubject, notificationText, type NotificationPayload, type NotificationPayloads, type RevealedAtDelivery } from './notification-texts.rules';

/** Deliveries in flight at once per process: a receiver that hangs holds one slot until its timeout. */
const CONCURRENCY = 32;
/** With a backlog, a claim is made as soon as this many slots are free, not at the next poll. */
const CLAIM_AT_LEAST = 8;
/** How long past the request timeout a claimed row stays leased before another dispatcher may take it. */
const LEASE_MARGIN_MS = 5000;

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
    if (webhook) this.deliveryChannels.set('webhook', new WebhookChannel(webhook, CONCURRENCY));
    if (smtp) this.deliveryChannels.set('email', new EmailChannel(smtp, timeoutMs));
    if (this.deliveryChannels.size === 0 || !this.settings.dispatch) return;
    this.running = true;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
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
    try {
      await this.deliveryChannels.get(notification.channel)!.deliver(this.message(notification), AbortSignal.timeout(this.settings.timeoutMs));
      await this.repository.delivered(notification.id);
    } catch (error) {
      const reason = error instanceof NoContact ? (notification.iinHash === null ? 'the account was disabled' : 'the person removed this contact') : describeFailure(error);
      const park = error instanceof NoContact || parksAfter(notification.tries, this.settings.maxAttempts);
      const retryAt = new Date(Date.now() + retryDelayMs(notification.tries, this.settings.backoffMs, Math.random()));
      // The id and the reason only: never a contact.
      this.logger.warn(`notification ${notification.id} (${notification.channel}) try ${notification.tries} failed: ${reason}${park ? '; parked' : ''}`);
      await this.repository.failed(notification.id, reason, retryAt, park).catch((failure: unknown) => {
        // The lease runs out and the message is tried again: at least once, never lost.
        this.logger.warn(`could not record the outcome of notification ${notification.id}: ${describeFailure(failure)}`);
      });
    }
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
      data: notification.payload,
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
