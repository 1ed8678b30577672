import type { Language, NotificationType } from '@qorgau/shared';
import { createTransport, type Transporter } from 'nodemailer';
import { Pool } from 'undici';
import { webhookSignature } from './notification-delivery.rules';

/** A message as it leaves: the webhook's JSON (SPEC §5.5) and, for e-mail, a subject. */
export interface OutgoingMessage {
  id: string;
  type: NotificationType;
  occurredAt: string;
  language: Language;
  to: { email?: string; phone?: string };
  text: string;
  data: Record<string, unknown>;
  subject: string;
}

/** One way out. `deliver` resolves once the receiver took the message, and rejects otherwise or when it took longer than the channel's timeout. */
export interface DeliveryChannel {
  deliver(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/** A receiver's answer other than 2xx. */
export class ReceiverRefused extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * The webhook for SMS and e-government push gateways (SPEC §5.5): `POST` JSON
 * `{id, type, occurredAt, language, to, text, data}` signed in `Qorgau-Signature`; any 2xx is
 * delivered. Redirects are not followed: a signed message goes only where it was configured to go.
 * Sent through undici's keep-alive pool rather than `fetch`: a delivery per bank check makes the
 * client's own cost the hot path's (fetch's WHATWG streams and headers cost about twice as much CPU
 * per request, `pnpm bench notifications`).
 */
export class WebhookChannel implements DeliveryChannel {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    private readonly options: { url: string; secret: string },
    connections: number,
    /** Each try's limit, for the answer's headers and again for its body: undici's own timers, not an AbortSignal per message. */
    private readonly timeoutMs: number,
  ) {
    const url = new URL(options.url);
    this.pool = new Pool(url.origin, { connections });
    this.path = `${url.pathname}${url.search}`;
  }

  async deliver(message: OutgoingMessage): Promise<void> {
    const { id, type, occurredAt, language, to, text, data } = message;
    const body = JSON.stringify({ id, type, occurredAt, language, to, text, data });
    const response = await this.pool.request({
      method: 'POST',
      path: this.path,
      body,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      headers: { 'content-type': 'application/json', 'qorgau-signature': webhookSignature(body, this.options.secret) },
    });
    await response.body.dump();
    if (response.statusCode < 200 || response.statusCode > 299) throw new ReceiverRefused(response.statusCode);
  }

  close(): void {
    void this.pool.close();
  }
}

/**
 * E-mail through an SMTP server with nodemailer (NOTIFY_SMTP_URL, sender NOTIFY_FROM), over a small
 * pool of connections. The Message-ID carries the notification's id, so a receiver can tell a
 * repeated delivery from a new message.
 */
export class EmailChannel implements DeliveryChannel {
  private readonly transport: Transporter;

  constructor(
    private readonly options: { url: string; from: string },
    private readonly timeoutMs: number,
  ) {
    this.transport = createTransport({
      url: options.url,
      pool: true,
      maxConnections: 5,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    } as Parameters<typeof createTransport>[0]);
  }

  async deliver(message: OutgoingMessage): Promise<void> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const sending = this.transport.sendMail({
      from: this.options.from,
      to: message.to.email,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@notifications.qorgau>`,
      headers: { 'Qorgau-Notification-Type': message.type, 'Content-Language': message.language },
    });
    await new Promise<void>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });
      sending.then(
        () => resolve(),
        (error: unknown) => reject(error),
      ).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  close(): void {
    this.transport.close();
  }
}
