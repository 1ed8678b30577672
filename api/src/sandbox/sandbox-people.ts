import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { validNumber } from '../common/valid-number';
import { LiftsRepository } from '../lifts/lifts.repository';
import { planLift } from '../lifts/lifts.rules';
import { ProtectionRepository } from '../protection/protection.repository';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';

/**
 * The sandbox people (docs/lenders.md): IINs whose answers never change, so that a lender's own CI
 * can run its checks against a local Qorgau. No person has these IINs: their birth date (00-00-00)
 * and century digit (0) do not exist, though the check digit is right.
 */
export const SANDBOX_IINS = {
  /** Restricted for every lender until {@link SANDBOX_RESTRICTED_UNTIL}. */
  restricted: validNumber('0000000', 1),
  /** Restricted likewise, with a lift for banks in force: a bank sees `restricted: false`, an MFO sees it restricted. */
  liftedForBanks: validNumber('0000000', 2),
  /** Never in any breach, protection or lift: `restricted: false`. */
  neverSeen: validNumber('0000000', 3),
} as const;

export const SANDBOX_RESTRICTED_UNTIL = '2099-12-31T00:00:00.000Z';

/** Their restriction: a protection (not a breach, so no breach list shows them) from a fixed past date. */
const RESTRICTION = { startsAt: new Date('2020-01-01T00:00:00.000Z'), endsAt: new Date(SANDBOX_RESTRICTED_UNTIL) };
/** When the sandbox person asked for the banks' lift: after the restriction began, so it frees them. */
const LIFT_ASKED_AT = new Date('2020-01-02T00:00:00.000Z');

/**
 * Places the sandbox people's records where they are missing: at every start in development (under
 * the boot lock, so processes starting together place them once) and with the demo data. Written
 * directly, not through the citizen's services, because their dates are fixed in the past and the
 * restriction runs longer than a person may choose.
 */
@Injectable()
export class SandboxPeople implements OnApplicationBootstrap {
  private readonly logger = new Logger(SandboxPeople.name);

  constructor(
    private readonly lookup: RestrictionLookup,
    private readonly protections: ProtectionRepository,
    private readonly lifts: LiftsRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'development') await this.ensure();
  }

  async ensure(): Promise<void> {
    const restricted = this.lookup.iinHash(SANDBOX_IINS.restricted);
    const lifted = this.lookup.iinHash(SANDBOX_IINS.liftedForBanks);
    let placed = false;
    for (const person of [restricted, lifted]) {
      if ((await this.protections.listCurrent(person, new Date())).length > 0) continue;
      await this.protections.insert(person, RESTRICTION);
      placed = true;
    }
    if ((await this.lifts.listOfPerson(lifted)).length === 0) {
      const lift = planLift({ kind: 'permanent', lenderKind: 'bank' }, LIFT_ASKED_AT, this.config.lifts.coolingOffSeconds);
      if (!lift.ok) throw new Error(`The sandbox lift is refused: ${Object.keys(lift.errors).join(', ')}`);
      await this.lifts.transaction((manager) => this.lifts.insert(manager, lifted, lift.plan));
      placed = true;
    }
    if (placed) this.logger.log(`sandbox people placed: ${Object.values(SANDBOX_IINS).join(', ')} (docs/lenders.md)`);
  }
}
