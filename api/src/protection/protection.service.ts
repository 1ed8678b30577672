import { Injectable } from '@nestjs/common';
import type { MeRestriction } from '@qorgau/shared';
import type { Citizen } from '../common/citizen';
import { CitizenProblem } from '../common/citizen-messages';
import { ProtectionRepository } from './protection.repository';
import { planProtection } from './protection.rules';

@Injectable()
export class ProtectionService {
  constructor(private readonly protections: ProtectionRepository) {}

  /** Places (or, ending later than the person's restrictions, extends) a restriction by choice, in force at once. */
  async protect(citizen: Citizen, until: string): Promise<MeRestriction> {
    const plan = planProtection(new Date(until), new Date());
    if (!plan.ok) throw CitizenProblem.invalid({ until: plan.error });
    return this.protections.insert(citizen.iinHash, plan.period);
  }

  listOf(iinHash: Buffer): Promise<MeRestriction[]> {
    return this.protections.listCurrent(iinHash, new Date());
  }
}
