import { simpleParser, type ParsedMail } from 'mailparser';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A webhook request as received: the raw body, whether its signature verified, and the parsed message. */
export interface WebhookDelivery {
  rawBody: string;
  signature: string | undefined;
  signatureValid: boolean;
  message: { id: string; type: string; occurredAt: string; language: string; to: { email?: string; phone?: string }; text: string; data: Record<string, unknown> };
  receivedAt: number;
}

/** How the receiver answers one request: a status, or never (it hangs until the sender gives up). */
export type WebhookAnswer = number | 'hang';

/**
 * A real HTTP receiver on 127.0.0.1 (node:http) for the notifications webhook (SPEC §5.5). It checks
 * `Qorgau-Signature` the way a gateway would: `sha256=` + hex HMAC-SHA-256 of the raw body bytes.
 * `answer` decides each response; every request is recorded, answered or not.
 */
export async function startWebhookReceiver(secret: string): Promise<{
  url: string;
  deliveries: WebhookDelivery[];
  answer: (delivery: WebhookDelivery) => WebhookAnswer;
  setAnswer(answer: (delivery: WebhookDelivery) => WebhookAnswer): void;
  close(): Promise<void>;
}> {
  const deliveries: WebhookDelivery[] = [];
  const hanging = new Set<ServerResponse>();
  const receiver = {
    url: '',
    deliveries,
    answer: (() => 200) as (delivery: WebhookDelivery) => WebhookAnswer,
    setAnswer(answer: (delivery: WebhookDelivery) => WebhookAnswer) {
      receiver.answer = answer;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const signature = request.headers['qorgau-signature'] as string | undefined;
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
      const signatureValid = signature !== undefined && Buffer.byteLength(signature) === expected.length && timingSafeEqual(Buffer.from(signature), expected);
      const delivery: WebhookDelivery = { rawBody: raw.toString('utf8'), signature, signatureValid, message: JSON.parse(raw.toString('utf8')), receivedAt: Date.now() };
      deliveries.push(delivery);
      const answer = receiver.answer(delivery);
      if (answer === 'hang') {
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      }
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/qorgau`;
  return receiver;
}

/** A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps every message, parsed. */
export async function startSmtpReceiver(): Promise<{ url: string; messages: ParsedMail[]; close(): Promise<void> }> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The API's settings that point both channels at these receivers, its dispatcher polling every 50 ms. */
export function channelsTo(webhook: { url: string }, smtp: { url: string }, webhookSecret: string): Record<string, string> {
  return { NOTIFY_WEBHOOK_URL: webhook.url, NOTIFY_WEBHOOK_SECRET: webhookSecret, ...emailTo(smtp) };
}

/** The API's settings for e-mail alone, to this receiver, its dispatcher polling every 50 ms. */
export function emailTo(smtp: { url: string }): Record<string, string> {
  return { NOTIFY_SMTP_URL: smtp.url, NOTIFY_FROM: 'Qorgau <noreply@qorgau.test>', NOTIFY_POLL_MS: '50' };
}

/** Waits until `found` returns something, polling every 50 ms, for at most `timeoutMs`. */
export async function eventually<T>(found: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await found();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
