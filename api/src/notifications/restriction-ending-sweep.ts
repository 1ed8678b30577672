import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { NotificationsRepository } from './notifications.repository';

/** A person is told this many days before their restriction ends (SPEC §3.8). */
export const ENDING_NOTICE_DAYS = 7;

/**
 * Writes the `restriction.ending` messages: at start and then every NOTIFY_ENDING_SWEEP_MS (an hour
 * by default), one process at a time, each restriction's end told once. A run missed (the process
 * stopped, the database away) is made up by the next: an end stays within the week for days.
 */
@Injectable()
export class RestrictionEndingSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RestrictionEndingSweep');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly notifications: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.runLogged(), this.config.notifications.endingSweepMs);
    this.timer.unref();
    this.runLogged();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The messages written, or null when another process was running the sweep. */
  run(): Promise<number | null> {
    return this.notifications.enqueueRestrictionEndings(ENDING_NOTICE_DAYS);
  }

  private runLogged(): void {
    if (this.running) return;
    this.running = this.run()
      .then((written) => {
        if (written) this.logger.log({ written }, 'Restrictions ending soon: people told');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'Could not look for restrictions ending soon'))
      .finally(() => (this.running = undefined));
  }
}
