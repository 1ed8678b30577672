import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeRestriction } from '@qorgau/shared';
import { DataSource } from 'typeorm';
import type { RestrictionPeriod } from '../restrictions/restrictions.rules';

interface ProtectionRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
}

function toView(row: ProtectionRow): MeRestriction {
  return { id: row.id, breachId: null, startsAt: row.starts_at.toISOString(), endsAt: row.ends_at.toISOString() };
}

/** Table `protections` (migration 1763770000000-restrictions), read by the restriction lookup like any restriction. */
@Injectable()
export class ProtectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(iinHash: Buffer, period: RestrictionPeriod): Promise<MeRestriction> {
    const [row]: ProtectionRow[] = await this.dataSource.query(
      `INSERT INTO protections (iin_hash, starts_at, ends_at) VALUES ($1, $2, $3) RETURNING id, starts_at, ends_at`,
      [iinHash, period.startsAt, period.endsAt],
    );
    return toView(row);
  }

  /** The person's protections not over at `at`, latest end first. */
  async listCurrent(iinHash: Buffer, at: Date): Promise<MeRestriction[]> {
    const rows: ProtectionRow[] = await this.dataSource.query(
      `SELECT id, starts_at, ends_at FROM protections WHERE iin_hash = $1 AND ends_at > $2 ORDER BY ends_at DESC, id`,
      [iinHash, at],
    );
    return rows.map(toView);
  }
}
