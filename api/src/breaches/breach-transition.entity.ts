import type { BreachStatus, Role } from '@qorgau/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One move of a breach through its lifecycle: the breach's timeline. */
@Entity({ name: 'breach_transitions' })
export class BreachTransitionRecord {
  /** Identity column: the order moves were made in. bigint, so a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'breach_id', type: 'uuid' })
  breachId: string;

  @Column({ name: 'from_status', type: 'text' })
  from: BreachStatus;

  @Column({ name: 'to_status', type: 'text' })
  to: BreachStatus;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: Role;

  @Column({ type: 'timestamptz' })
  at: Date;
}
