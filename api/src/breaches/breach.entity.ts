import type { BreachStatus, DataClass } from '@qorgau/shared';
import { Column, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/** numeric and bigint come back from pg as strings; these fit in a double exactly. */
const asNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One breach (SPEC §5.1). The row also has `search`, a generated tsvector of title and
 * description for full-text search, which the entity leaves to the database.
 */
@Entity({ name: 'breaches' })
export class BreachRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ name: 'discovered_at', type: 'timestamptz' })
  discoveredAt: Date;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'data_classes', type: 'text', array: true })
  dataClasses: DataClass[];

  @Column({ name: 'records_claimed', type: 'bigint', nullable: true, transformer: asNumber })
  recordsClaimed: number | null;

  /** Maintained by ingestion. */
  @Column({ name: 'exposure_count', type: 'integer', default: 0 })
  exposureCount: number;

  /** Maintained by the restrictions. */
  @Column({ name: 'restricted_count', type: 'integer', default: 0 })
  restrictedCount: number;

  @Column({ name: 'restriction_days', type: 'integer', default: 90 })
  restrictionDays: number;

  @Column({ type: 'text', default: 'draft' })
  status: BreachStatus;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'boolean', default: false })
  sensitive: boolean;

  /** Computed on write (breaches.rules.ts). */
  @Column({ name: 'reporting_delay_hours', type: 'numeric', precision: 9, scale: 1, transformer: asNumber })
  reportingDelayHours: number;

  /** Computed on write (breaches.rules.ts). */
  @Column({ name: 'reported_late', type: 'boolean' })
  reportedLate: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Optimistic-locking counter, raised by every update and transition. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
