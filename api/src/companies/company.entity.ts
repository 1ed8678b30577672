import type { CompanySector } from '@qorgau/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A company responsible for breaches. Its breach figures are computed by queries, not stored. */
@Entity({ name: 'companies' })
export class CompanyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  bin: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  sector: CompanySector;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** The person responsible for personal data at the company. */
  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  /** E.164. */
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Optimistic-locking counter, raised by every update. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
