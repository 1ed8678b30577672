import { PROTECTION_MAX_DAYS } from '@qorgau/shared';
import fc from 'fast-check';
import { restrictionStatus } from '../restrictions/restrictions.rules';
import { planProtection } from './protection.rules';

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T06:00:00Z');
const at = (offset: number) => new Date(NOW.getTime() + offset);

describe('planProtection', () => {
  it('protects from now until the chosen time, up to a year ahead', () => {
    expect(planProtection(at(PROTECTION_MAX_DAYS * DAY), NOW)).toEqual({ ok: true, period: { startsAt: NOW, endsAt: at(PROTECTION_MAX_DAYS * DAY) } });
    expect(planProtection(at(PROTECTION_MAX_DAYS * DAY + 1), NOW)).toMatchObject({ ok: false, error: { code: 'protection-too-long' } });
    expect(planProtection(NOW, NOW)).toMatchObject({ ok: false, error: { code: 'protection-until-in-past' } });
  });

  it('restricts at once, even while a lift asked for earlier is in force', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: PROTECTION_MAX_DAYS * DAY }), fc.integer({ min: 0, max: 10 * DAY }), (length, liftAge) => {
        const plan = planProtection(at(length), NOW);
        if (!plan.ok) throw new Error('refused');
        const lift = {
          kind: 'permanent' as const,
          createdAt: at(-liftAge - 1),
          effectiveAt: at(-liftAge),
          until: null,
          lenderKind: null,
          lenderBin: null,
          cancelledAt: null,
        };
        expect(restrictionStatus([plan.period], [lift], NOW, null)).toEqual({ restricted: true, restrictedUntil: at(length) });
      }),
    );
  });
});
