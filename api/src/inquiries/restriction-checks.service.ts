import { Injectable } from '@nestjs/common';
import type { BatchCheckResponse, RestrictionAnswer } from '@qorgau/shared';
import { v7 as timeOrderedUuid } from 'uuid';
import type { BankPrincipal } from '../banks/bank-principal';
import { RestrictionLookup } from '../restrictions/restriction-lookup.service';
import { AnswerSigner } from '../signing/answer-signer.service';
import { InquiryRecorder } from './inquiry-recorder';
import type { BatchCheck, SingleCheck } from './inquiries.rules';

/**
 * The bank checks (SPEC §5.2). Per request: one HMAC per IIN, the batched lookup, the
 * group-committed inquiry insert, and (single check) one Ed25519 signature, made on the signing thread while the inquiry commits. The lender is the
 * caller, so lifts scoped to a kind of lender or to one BIN count for it alone.
 *
 * Inquiry ids are time-ordered (UUIDv7): each lands at the right edge of the indexes keyed by it
 * (the inquiries', and the alert's subject in the outbox) rather than on a random page, which after
 * every checkpoint wrote a full-page image to the WAL for nearly every check (`pnpm bench bank`).
 */
@Injectable()
export class RestrictionChecks {
  constructor(
    private readonly lookup: RestrictionLookup,
    private readonly recorder: InquiryRecorder,
    private readonly signer: AnswerSigner,
  ) {}

  async checkOne(bank: BankPrincipal, check: SingleCheck): Promise<RestrictionAnswer> {
    const checkedAt = new Date();
    const iinHash = this.lookup.iinHash(check.iin);
    const status = await this.lookup.statusOf(iinHash, bank, checkedAt);
    const inquiryId = timeOrderedUuid();
    const answer = {
      iin: check.iin,
      restricted: status.restricted,
      restrictedUntil: status.restrictedUntil?.toISOString() ?? null,
      inquiryId,
      checkedAt: checkedAt.toISOString(),
    };
    // Signed while the inquiry is being committed; the answer leaves only once both are done.
    const [signature] = await Promise.all([
      this.signer.sign(answer),
      this.recorder.record({ inquiryId, bankId: bank.bankId, purpose: check.purpose, reference: check.reference, iinHashes: [iinHash], statuses: [status], checkedAt }),
    ]);
    return { ...answer, signature };
  }

  async checkMany(bank: BankPrincipal, check: BatchCheck): Promise<BatchCheckResponse> {
    const checkedAt = new Date();
    const iinHashes = check.iins.map((iin) => this.lookup.iinHash(iin));
    const statuses = await this.lookup.statusesOf(iinHashes, bank, checkedAt);
    const inquiryId = timeOrderedUuid();
    await this.recorder.record({ inquiryId, bankId: bank.bankId, purpose: check.purpose, reference: check.reference, iinHashes, statuses, checkedAt });
    return {
      results: check.iins.map((iin, index) => ({
        iin,
        restricted: statuses[index].restricted,
        restrictedUntil: statuses[index].restrictedUntil?.toISOString() ?? null,
      })),
      inquiryId,
      checkedAt: checkedAt.toISOString(),
    };
  }
}
