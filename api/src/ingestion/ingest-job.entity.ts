import type { IngestJobStatus, IngestRejectSample, Role } from '@qorgau/shared';
import { Column, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/** bigint comes back from pg as a string; counts fit in a double exactly. */
const asNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One upload into a breach and its merge (SPEC §5.1). Never holds a raw identifier. */
@Entity({ name: 'ingest_jobs' })
export class IngestJobRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'breach_id', type: 'uuid' })
  breachId: string;

  @Column({ type: 'text' })
  status: IngestJobStatus;

  @Column({ name: 'rows_read', type: 'bigint', transformer: asNumber })
  rowsRead: number;

  /** Valid values read, duplicates included: accepted + duplicates once merged. */
  @Column({ name: 'valid_values', type: 'bigint', transformer: asNumber })
  validValues: number;

  @Column({ type: 'bigint', transformer: asNumber })
  accepted: number;

  @Column({ type: 'bigint', transformer: asNumber })
  rejected: number;

  @Column({ type: 'bigint', transformer: asNumber })
  duplicates: number;

  @Column({ name: 'reject_sample', type: 'jsonb' })
  rejectSample: IngestRejectSample[];

  @Column({ name: 'bytes_read', type: 'bigint', transformer: asNumber })
  bytesRead: number;

  @Column({ name: 'bytes_total', type: 'bigint', nullable: true, transformer: asNumber })
  bytesTotal: number | null;

  @Column({ type: 'double precision' })
  rate: number;

  @Column({ name: 'eta_seconds', type: 'integer', nullable: true })
  etaSeconds: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: Role | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** The token of the API process working on the job (database/process-liveness.ts). */
  @Column({ name: 'owner_token', type: 'integer', nullable: true })
  ownerToken: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
