import { DISPUTE_OUTCOMES, DISPUTE_REASONS, DISPUTE_STATUSES } from '@qorgau/shared';
import fc from 'fast-check';
import { ValidationException } from '../common/validation.exception';
import type { ExposureRemoval } from './disputes.repository';
import { canDecide, countsAfterRemoval, decisionAuditAfter, lacksRequiredText, parseDisputeFilter } from './disputes.rules';

const removals: fc.Arbitrary<ExposureRemoval> = fc
  .record({ exposureCount: fc.nat(), restrictedCount: fc.nat() })
  .chain((before) =>
    fc.record({
      exposures: fc.nat({ max: before.exposureCount }),
      restrictions: fc.nat({ max: before.restrictedCount }),
      before: fc.constant(before),
    }),
  );

describe('filing a dispute', () => {
  it('needs a text only for reason `other`, and any text will do', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DISPUTE_REASONS), fc.string(), (reason, text) => {
        expect(lacksRequiredText(reason, text)).toBe(reason === 'other' && text === '');
      }),
    );
  });
});

describe('deciding a dispute', () => {
  it('is possible only while it is open: a decision is final', () => {
    expect(DISPUTE_STATUSES.filter(canDecide)).toEqual(['open']);
  });

  it('records the outcome and the reason, and what an acceptance removed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DISPUTE_OUTCOMES), fc.string(), removals, (outcome, reason, removal) => {
        expect(decisionAuditAfter(outcome, reason, null)).toEqual({ status: outcome, decisionReason: reason });
        expect(decisionAuditAfter(outcome, reason, removal)).toEqual({
          status: outcome,
          decisionReason: reason,
          exposuresRemoved: removal.exposures,
          restrictionsRemoved: removal.restrictions,
        });
      }),
    );
  });

  it('takes what was removed off the breach’s counts, never below zero', () => {
    fc.assert(
      fc.property(removals, (removal) => {
        const after = countsAfterRemoval(removal);
        expect(after.exposureCount + removal.exposures).toBe(removal.before.exposureCount);
        expect(after.restrictedCount + removal.restrictions).toBe(removal.before.restrictedCount);
        expect(Math.min(after.exposureCount, after.restrictedCount)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('the back office’s dispute filter', () => {
  const id = '0b7f8a52-3c2e-4d6b-9a1f-5e4d3c2b1a09';

  it('reads every filter, one value or a list, and drops malformed ids', () => {
    expect(parseDisputeFilter({ id: [id, 'nope'], status: 'open', reason: ['not_mine', 'other'], breachId: id })).toEqual({
      ids: [id],
      statuses: ['open'],
      reasons: ['not_mine', 'other'],
      breachIds: [id],
    });
    expect(parseDisputeFilter({})).toEqual({ ids: undefined, statuses: undefined, reasons: undefined, breachIds: undefined });
  });

  it('refuses an unknown status or reason, naming each field', () => {
    let error: unknown;
    try {
      parseDisputeFilter({ status: 'pending', reason: 'bored' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationException);
    expect(Object.keys((error as ValidationException).errors).sort()).toEqual(['filter.reason', 'filter.status']);
  });
});
