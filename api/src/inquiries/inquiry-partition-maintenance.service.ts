import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { InquiryPartitionsRepository } from './inquiry-partitions.repository';
import { monthPartition, partitionsToDrop, partitionsToEnsure, retentionCutoff } from './inquiry-partitions.rules';

const DAY_MS = 86_400_000;

/** What one maintenance run changed. */
export interface PartitionMaintenanceResult {
  created: string[];
  dropped: string[];
  deletedFromDefault: number;
}

/**
 * Keeps the inquiries' month partitions: at start and then daily it creates the current month and
 * the ones ahead, gives any month that has rows in the DEFAULT partition its own partition, and
 * drops the months past INQUIRY_RETENTION_MONTHS.
 */
@Injectable()
export class InquiryPartitionMaintenance implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('InquiryPartitions');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly partitions: InquiryPartitionsRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runLogged();
    this.timer = setInterval(() => void this.runLogged(), DAY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  run(now = new Date()): Promise<PartitionMaintenanceResult> {
    const retentionMonths = this.config.inquiries.retentionMonths;
    const cutoff = retentionCutoff(now, retentionMonths);
    return this.partitions.exclusively(async (manager) => {
      const existing = new Set(await this.partitions.partitionNames(manager));
      const deletedFromDefault = await this.partitions.deleteFromDefaultBefore(manager, cutoff);
      const wanted = [...partitionsToEnsure(now), ...(await this.partitions.monthsInDefault(manager)).map((month) => monthPartition(month))];
      const created: string[] = [];
      for (const partition of wanted) {
        if (existing.has(partition.name)) continue;
        await this.partitions.create(manager, partition);
        existing.add(partition.name);
        created.push(partition.name);
      }
      const dropped = partitionsToDrop([...existing], now, retentionMonths);
      for (const partition of dropped) await this.partitions.drop(manager, partition);
      return { created, dropped: dropped.map((partition) => partition.name), deletedFromDefault };
    });
  }

  /** A failed run costs nothing yet: inserts fall into the DEFAULT partition and the months ahead already exist. */
  private async runLogged(): Promise<void> {
    try {
      const result = await this.run();
      if (result.created.length + result.dropped.length + result.deletedFromDefault > 0) this.logger.log(result, 'Inquiry partitions maintained');
    } catch (error) {
      this.logger.error({ err: error }, 'Could not maintain the inquiry partitions');
    }
  }
}
