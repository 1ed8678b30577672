import { Inject, Injectable } from '@nestjs/common';
import { Batcher } from '../common/batcher';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { IdentifierHasher } from '../ingestion/identifier-hasher';
import { RestrictionLookupRepository, type PersonRecords } from './restriction-lookup.repository';
import { restrictionStatus, type Lender, type RestrictionStatus } from './restrictions.rules';

/**
 * The hot path of the bank check (SPEC §5.2, §6) and of the citizen's own view: the HMAC of each
 * IIN computed once, one prepared statement on the hot-path pool, and concurrent single checks
 * batched into one statement while earlier ones are in flight.
 */
@Injectable()
export class RestrictionLookup {
  private readonly hasher: IdentifierHasher;
  private readonly singles: Batcher<Buffer, PersonRecords>;

  constructor(
    private readonly repository: RestrictionLookupRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.hasher = new IdentifierHasher(config.registry.pepper);
    this.singles = new Batcher((hashes) => this.repository.recordsOfMany(hashes, new Date()), { maxBatchSize: 500, maxConcurrentBatches: 1 });
  }

  /** The stored form of a valid IIN (SPEC §3.7). */
  iinHash(iin: string): Buffer {
    return this.hasher.hash('iin', iin);
  }

  /** One person's records; concurrent calls share a statement. */
  recordsOf(iinHash: Buffer): Promise<PersonRecords> {
    return this.singles.submit(iinHash);
  }

  /** The status of one person for a lender (or for every lender, with `null`) now. */
  async statusOf(iinHash: Buffer, lender: Lender | null, at = new Date()): Promise<RestrictionStatus> {
    const records = await this.recordsOf(iinHash);
    return restrictionStatus(records.restrictions, records.lifts, at, lender);
  }

  /** The statuses of many people for a lender, in the order asked, from one statement. */
  async statusesOf(iinHashes: Buffer[], lender: Lender | null, at: Date): Promise<RestrictionStatus[]> {
    const records = await this.repository.recordsOfMany(iinHashes, at);
    return records.map((person) => restrictionStatus(person.restrictions, person.lifts, at, lender));
  }
}
