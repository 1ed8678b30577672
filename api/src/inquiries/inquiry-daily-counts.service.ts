import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InquiryDailyCountsRepository } from './inquiry-daily-counts.repository';
import { daysToCount } from './inquiry-daily-counts.rules';

const HOUR_MS = 3_600_000;

/**
 * Keeps the dashboard's daily counts of inquiries: at start (without holding the start up: until it
 * is done the dashboard counts those days from the rows) and then hourly, each complete day not
 * counted yet is counted from its partition, one day per transaction under an advisory lock, so
 * that processes starting together count each day once and a run cut short resumes where it stopped.
 */
@Injectable()
export class InquiryDailyCounts implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('InquiryDailyCounts');
  private timer?: NodeJS.Timeout;

  constructor(private readonly counts: InquiryDailyCountsRepository) {}

  onApplicationBootstrap(): void {
    void this.runLogged();
    this.timer = setInterval(() => void this.runLogged(), HOUR_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Counts every complete day not counted yet; returns how many it counted. */
  async run(now = new Date()): Promise<number> {
    let counted = 0;
    for (;;) {
      const more = await this.counts.exclusively(async (manager) => {
        const [day] = daysToCount(await this.counts.countedUntil(manager), now);
        if (!day) return false;
        await this.counts.countDay(manager, day);
        return true;
      });
      if (!more) return counted;
      counted++;
    }
  }

  private async runLogged(): Promise<void> {
    try {
      const counted = await this.run();
      if (counted > 0) this.logger.log({ days: counted }, 'Inquiries counted per day');
    } catch (error) {
      this.logger.error({ err: error }, 'Could not count the inquiries per day');
    }
  }
}
