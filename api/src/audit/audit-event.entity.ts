import type { Role } from '@qorgau/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldChanges } from './audit.rules';

/** One link of the append-only, hash-chained audit trail (rows are never updated or deleted). */
@Entity({ name: 'audit_events' })
export class AuditEventRecord {
  /** Gapless sequence number, assigned under a lock while appending. */
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: Role | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb' })
  changes: FieldChanges;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
