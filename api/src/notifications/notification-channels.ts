import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NotificationChannel } from '@qorgau/shared';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';

/**
 * The channels of this process (SPEC §5.5): the webhook when NOTIFY_WEBHOOK_URL is set, e-mail when
 * NOTIFY_SMTP_URL is. Messages are written for the configured channels; with none configured they
 * are written for channel `none`: never sent, kept pending in the outbox, where a developer sees what
 * would have gone out.
 */
@Injectable()
export class NotificationChannels {
  readonly configured: readonly NotificationChannel[];
  /** The channels a new message gets one row for. */
  readonly written: readonly NotificationChannel[];
  /** The one channel a message to an admin is written for: e-mail when configured, otherwise `none` (never the webhook). */
  readonly staffWritten: NotificationChannel;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    const configured: NotificationChannel[] = [];
    if (config.notifications.webhook) configured.push('webhook');
    if (config.notifications.smtp) configured.push('email');
    this.configured = configured;
    this.written = configured.length > 0 ? configured : ['none'];
    this.staffWritten = config.notifications.smtp ? 'email' : 'none';
    if (configured.length === 0 && config.env === 'production') {
      new Logger(NotificationChannels.name).warn('No notification channel is configured (NOTIFY_WEBHOOK_URL, NOTIFY_SMTP_URL): people are told nothing');
    }
  }

  isConfigured(channel: NotificationChannel): boolean {
    return this.configured.includes(channel);
  }
}
