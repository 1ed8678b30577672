import { Injectable } from '@nestjs/common';
import type { LenderKind } from '@qorgau/shared';
import { HotPathPool } from '../database/hot-path-pool';
import { RESTRICTING_STATUSES_SQL } from '../breaches/breaches.repository';
import type { LiftEffect, RestrictionPeriod } from './restrictions.rules';

/** A restriction as read for one person: from a breach (`breachId`) or by their own choice (`protectionId`). */
export interface PersonRestriction extends RestrictionPeriod {
  breachId: string | null;
  protectionId: string | null;
}

export interface PersonLift extends LiftEffect {
  id: string;
}

/** Everything that decides one person's status: their current restrictions and their lifts not cancelled or over. */
export interface PersonRecords {
  restrictions: PersonRestriction[];
  lifts: PersonLift[];
}

const SOURCE_BREACH = 0;
const SOURCE_PROTECTION = 1;
const SOURCE_LIFT = 2;

/**
 * One statement for any number of people, three index reads each: restrictions of breaches that
 * still restrict (confirmed or closed, read from the breach so that a retraction counts at once),
 * protections by choice, and lifts. `position` maps each row to its place in the input array.
 */
const LOOKUP_SQL = `
  WITH wanted AS (SELECT hash, position FROM unnest($1::bytea[]) WITH ORDINALITY AS wanted (hash, position))
  SELECT w.position::int AS position, ${SOURCE_BREACH} AS source, r.starts_at, r.ends_at, r.breach_id::text AS ref,
         NULL::text AS kind, NULL::timestamptz AS effective_at, NULL::timestamptz AS until, NULL::text AS lender_kind, NULL::text AS lender_bin
    FROM wanted w
    JOIN restrictions r ON r.iin_hash = w.hash AND r.ends_at > $2
    JOIN breaches b ON b.id = r.breach_id AND b.status IN (${RESTRICTING_STATUSES_SQL})
  UNION ALL
  SELECT w.position::int, ${SOURCE_PROTECTION}, p.starts_at, p.ends_at, p.id::text, NULL, NULL, NULL, NULL, NULL
    FROM wanted w JOIN protections p ON p.iin_hash = w.hash AND p.ends_at > $2
  UNION ALL
  SELECT w.position::int, ${SOURCE_LIFT}, l.created_at, NULL, l.id::text, l.kind, l.effective_at, l.window_until, l.lender_kind, l.lender_bin
    FROM wanted w JOIN lifts l ON l.iin_hash = w.hash AND l.cancelled_at IS NULL AND (l.window_until IS NULL OR l.window_until > $2)`;

interface LookupRow {
  position: number;
  source: number;
  starts_at: Date;
  ends_at: Date | null;
  ref: string;
  kind: 'temporary' | 'permanent' | null;
  effective_at: Date | null;
  until: Date | null;
  lender_kind: LenderKind | null;
  lender_bin: string | null;
}

/** The restriction lookup's one statement, a named prepared statement on the hot-path pool (SPEC §5.2, §6). */
@Injectable()
export class RestrictionLookupRepository {
  constructor(private readonly pool: HotPathPool) {}

  /** Many people's records in one statement, in the order asked. */
  async recordsOfMany(iinHashes: Buffer[], at: Date): Promise<PersonRecords[]> {
    const result = await this.pool.query<LookupRow>({ name: 'restriction-lookup', text: LOOKUP_SQL, values: [iinHashes, at] });
    const records = iinHashes.map((): PersonRecords => ({ restrictions: [], lifts: [] }));
    for (const row of result.rows) {
      const person = records[row.position - 1];
      if (row.source === SOURCE_LIFT) {
        person.lifts.push({
          id: row.ref,
          kind: row.kind!,
          createdAt: row.starts_at,
          effectiveAt: row.effective_at!,
          until: row.until,
          lenderKind: row.lender_kind,
          lenderBin: row.lender_bin,
          cancelledAt: null,
        });
      } else {
        person.restrictions.push({
          startsAt: row.starts_at,
          endsAt: row.ends_at!,
          breachId: row.source === SOURCE_BREACH ? row.ref : null,
          protectionId: row.source === SOURCE_PROTECTION ? row.ref : null,
        });
      }
    }
    return records;
  }
}
