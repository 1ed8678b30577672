import { Injectable } from '@nestjs/common';
import type { AdminDispute, Dispute, DisputeCreated } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import type { Citizen } from '../common/citizen';
import { CitizenProblem } from '../common/citizen-messages';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { DisputeException } from './dispute.exception';
import { toAdminDisputeView, toDisputeView } from './dispute.view';
import { DISPUTE_SORT_FIELDS, DisputesRepository, type DisputeRecord } from './disputes.repository';
import { canDecide, countsAfterRemoval, decisionAuditAfter, lacksRequiredText, parseDisputeFilter } from './disputes.rules';
import type { DisputeDecisionDto } from './dto/dispute-decision.dto';
import type { DisputeRequestDto } from './dto/dispute-request.dto';

@Injectable()
export class DisputesService {
  constructor(
    private readonly disputes: DisputesRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
  ) {}

  /**
   * A person disputes their exposure in a breach (SPEC §3.4). Only a breach that contains their
   * data and that they are shown can be disputed: any other id is "not found" (404), whether or not
   * such a breach exists, so that the answer reveals nothing about other breaches. One open dispute
   * per breach (409).
   */
  async create(citizen: Citizen, request: DisputeRequestDto): Promise<DisputeCreated> {
    const text = request.text ?? '';
    if (lacksRequiredText(request.reason, text)) throw CitizenProblem.invalid({ text: { code: 'field-required' } });
    if (!(await this.disputes.personIsInBreach(citizen.iinHash, request.breachId))) {
      throw new CitizenProblem({ code: 'dispute-breach-not-found' }, { breachId: { code: 'dispute-breach-not-found' } });
    }
    const id = await this.disputes.insertOpen({ iinHash: citizen.iinHash, breachId: request.breachId, reason: request.reason, text });
    if (id === null) throw new CitizenProblem({ code: 'dispute-already-open' });
    return { id, status: 'open' };
  }

  /** The person's disputes, newest first, with their outcome. */
  async listOf(iinHash: Buffer): Promise<Dispute[]> {
    return (await this.disputes.listOfPerson(iinHash)).map(toDisputeView);
  }

  async list(rawQuery: RawListQuery): Promise<{ disputes: AdminDispute[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: DISPUTE_SORT_FIELDS, defaultSort: ['queue', 'ASC'] });
    const [disputes, total] = await this.disputes.list(query, parseDisputeFilter(query.filter));
    return { disputes: disputes.map(toAdminDisputeView), total, offset: query.offset };
  }

  async get(id: string): Promise<AdminDispute> {
    return toAdminDisputeView(await this.findOrFail(id));
  }

  /**
   * A reviewer decides, with a reason the person reads. Accepting removes the person's exposure in
   * the breach and the restriction it caused, and takes them off the breach's counts — in the same
   * transaction as the decision and its audit events. A decision is final (409 for a second one).
   */
  async decide(id: string, input: DisputeDecisionDto, actor: Actor): Promise<AdminDispute> {
    if (!isUuid(id)) throw new NotFoundProblem('dispute', id);
    return this.disputes.transaction(async (manager) => {
      if (!(await this.disputes.lock(manager, id))) throw new NotFoundProblem('dispute', id);
      const dispute = (await this.disputes.findById(id, manager))!;
      if (!canDecide(dispute.status)) throw DisputeException.alreadyDecided(dispute.status);
      const decidedAt = new Date();
      await this.disputes.decide(manager, id, { outcome: input.outcome, reason: input.reason, userId: actor.id, at: decidedAt });
      // The person hears of it, in the decision's transaction (SPEC §3.8).
      await this.notifications.enqueue(manager, {
        type: 'dispute.decided',
        iinHash: dispute.iinHash,
        subjectId: id,
        payload: { disputeId: id, outcome: input.outcome },
        occurredAt: decidedAt,
        dueAt: decidedAt,
      });
      const removal = input.outcome === 'accepted' ? await this.disputes.removeExposure(manager, dispute.iinHash, dispute.breachId) : null;
      if (removal) {
        await this.audit.append(manager, {
          actor,
          action: 'breach.exposure-removed',
          entityType: 'breach',
          entityId: dispute.breachId,
          before: removal.before,
          after: { ...countsAfterRemoval(removal), disputeId: id },
        });
      }
      const after = decisionAuditAfter(input.outcome, input.reason, removal);
      await this.audit.append(manager, { actor, action: `dispute.${input.outcome}`, entityType: 'dispute', entityId: id, before: { status: 'open' }, after });
      return toAdminDisputeView((await this.disputes.findById(id, manager))!);
    });
  }

  private async findOrFail(id: string): Promise<DisputeRecord> {
    const dispute = isUuid(id) ? await this.disputes.findById(id) : null;
    if (!dispute) throw new NotFoundProblem('dispute', id);
    return dispute;
  }
}
