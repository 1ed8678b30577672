/**
 * Inquiries are kept in one partition per calendar month of checked_at, in UTC (SPEC §6: tens of
 * millions a year). These rules decide which months must exist and which are past retention.
 */

/** Months created ahead of the current one: a daily maintenance that fails for weeks still finds them made. */
export const INQUIRY_PARTITIONS_AHEAD = 3;

const PARTITION_NAME = /^inquiries_y(\d{4})m(\d{2})$/;

/** One month's partition: rows with from ≤ checked_at < to. */
export interface MonthPartition {
  name: string;
  from: Date;
  to: Date;
}

/** The month that starts `offset` months after the month holding `at` (UTC). */
export function monthPartition(at: Date, offset = 0): MonthPartition {
  const from = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const month = String(from.getUTCMonth() + 1).padStart(2, '0');
  return { name: `inquiries_y${from.getUTCFullYear()}m${month}`, from, to };
}

/** The partition a name stands for, or null for a table that is not one month's partition (the DEFAULT one). */
export function parsePartitionName(name: string): MonthPartition | null {
  const match = PARTITION_NAME.exec(name);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return monthPartition(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}

/** The current month and the {@link INQUIRY_PARTITIONS_AHEAD} after it. */
export function partitionsToEnsure(now: Date): MonthPartition[] {
  return Array.from({ length: INQUIRY_PARTITIONS_AHEAD + 1 }, (_, offset) => monthPartition(now, offset));
}

/** Inquiries checked before this instant are past retention: exactly `retentionMonths` calendar months before now. */
export function retentionCutoff(now: Date, retentionMonths: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  // setUTCMonth overflows into the next month from a 31st (31 March − 1 month = 3 March): clamp to the month's last day.
  const wanted = (((now.getUTCMonth() - retentionMonths) % 12) + 12) % 12;
  if (cutoff.getUTCMonth() !== wanted) cutoff.setUTCDate(0);
  return cutoff;
}

/** The partitions every row of which is past retention: only whole months are dropped, never a row still kept. */
export function partitionsToDrop(partitionNames: string[], now: Date, retentionMonths: number): MonthPartition[] {
  const cutoff = retentionCutoff(now, retentionMonths);
  return partitionNames
    .map(parsePartitionName)
    .filter((partition): partition is MonthPartition => partition !== null && partition.to <= cutoff)
    .sort((a, b) => a.from.getTime() - b.from.getTime());
}
