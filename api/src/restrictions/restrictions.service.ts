import { Injectable } from '@nestjs/common';
import { isValidIin, type AdminRestriction } from '@qorgau/shared';
import type { Actor } from '../common/actor';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { LookupsService } from '../lookups/lookups.service';
import { checkLookupReason } from '../lookups/lookups.rules';
import { PERSON_REF_PATTERN, personRef } from '../common/person-ref';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { RestrictionLookup } from './restriction-lookup.service';
import { RESTRICTION_SORT_FIELDS, RestrictionsRepository, type RestrictionFilter, type RestrictionRow } from './restrictions.repository';

/**
 * How deep a list over a whole breach or the whole table may page: each page skips the rows before
 * it, so page 400,000 of ten million would read them all. A person is found by IIN, not by paging.
 */
export const MAX_BROWSE_OFFSET = 10_000;

/** Bytes of the keyed hash in a restriction's id: unique in practice, and shown nowhere as a reference. */
const ID_HASH_BYTES = 12;

@Injectable()
export class RestrictionsService {
  constructor(
    private readonly restrictions: RestrictionsRepository,
    private readonly lookup: RestrictionLookup,
    private readonly lookups: LookupsService,
  ) {}

  /**
   * `/admin/restrictions` (SPEC §5.1) without identifiers (SPEC §3.6): filter `iin` (hashed here; a
   * reviewer answering a citizen's call) with the `reason` for looking the person up, `personRef`,
   * `breachId`. Sorted by person. A look-up by IIN is audited and counted toward the account's
   * LOOKUP_ALERT_PER_HOUR (SPEC §3.9) before it is answered.
   */
  async list(rawQuery: RawListQuery, actor: Actor): Promise<{ restrictions: AdminRestriction[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: RESTRICTION_SORT_FIELDS, defaultSort: ['id', 'ASC'] });
    const { lookup, ...filter } = this.parseFilter(query.filter);
    if (!filter.person && query.offset + query.limit > MAX_BROWSE_OFFSET) {
      throw new ValidationException({
        range: `Only the first ${MAX_BROWSE_OFFSET} restrictions of a breach or of the registry can be paged through; look a person up by IIN.`,
      });
    }
    if (lookup) await this.lookups.recordLookup(actor, lookup.iinHash, lookup.reason);
    const [rows, total] = await this.restrictions.list(query, filter);
    return { restrictions: rows.map(toView), total, offset: query.offset };
  }

  private parseFilter(filter: Record<string, unknown>): RestrictionFilter & { lookup?: { iinHash: Buffer; reason: string } } {
    const errors: Record<string, string> = {};
    const parsed: RestrictionFilter & { lookup?: { iinHash: Buffer; reason: string } } = {};
    const given = (value: unknown) => value !== undefined && value !== null && value !== '';
    if (given(filter.breachId)) {
      if (isUuid(filter.breachId)) parsed.breachId = filter.breachId;
      else errors['filter.breachId'] = 'must be a breach id';
    }
    if (given(filter.iin) && given(filter.personRef)) {
      errors['filter.iin'] = 'give an IIN or a person reference, not both';
    } else if (given(filter.iin)) {
      // The value is never echoed back: it is a person's identifier.
      const reason = checkLookupReason(filter.reason);
      if ('error' in reason) errors['filter.reason'] = reason.error;
      if (typeof filter.iin === 'string' && isValidIin(filter.iin)) {
        const hash = this.lookup.iinHash(filter.iin);
        // Exactly this hash: no key sorts between a hash and the same hash followed by a zero byte.
        parsed.person = { from: hash, to: Buffer.concat([hash, Buffer.from([0])]) };
        if ('reason' in reason) parsed.lookup = { iinHash: hash, reason: reason.reason };
      } else {
        errors['filter.iin'] = 'must be a valid IIN: 12 digits with a correct check digit';
      }
    } else if (given(filter.personRef)) {
      if (typeof filter.personRef === 'string' && PERSON_REF_PATTERN.test(filter.personRef)) parsed.person = prefixRange(Buffer.from(filter.personRef, 'hex'));
      else errors['filter.personRef'] = 'must be a person reference (8 hexadecimal digits)';
    }
    if (Object.keys(errors).length > 0) throw new ValidationException(errors);
    return parsed;
  }
}

/** The hashes that begin with `prefix`: from the prefix itself up to (without) the next prefix, if any. */
function prefixRange(prefix: Buffer): { from: Buffer; to: Buffer | null } {
  const next = Buffer.from(prefix);
  for (let index = next.length - 1; index >= 0; index--) {
    if (next[index] < 0xff) {
      next[index]++;
      return { from: prefix, to: next.subarray(0, index + 1) };
    }
  }
  return { from: prefix, to: null };
}

function toView(row: RestrictionRow): AdminRestriction {
  return {
    id: `${row.iinHash.subarray(0, ID_HASH_BYTES).toString('hex')}-${row.breachId}`,
    breachId: row.breachId,
    personRef: personRef(row.iinHash),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    active: row.active,
  };
}
