import fc from 'fast-check';
import { ROLES } from '@qorgau/shared';
import { wouldRemoveLastAdmin } from './users.rules';

const account = fc.record({ role: fc.constantFrom(...ROLES), active: fc.boolean() });

describe('wouldRemoveLastAdmin', () => {
  it('refuses disabling or demoting the only active admin', () => {
    expect(wouldRemoveLastAdmin({ role: 'admin', active: true }, { role: 'admin', active: false }, 1)).toBe(true);
    expect(wouldRemoveLastAdmin({ role: 'admin', active: true }, { role: 'auditor', active: true }, 1)).toBe(true);
  });

  it('allows it while another active admin remains', () => {
    expect(wouldRemoveLastAdmin({ role: 'admin', active: true }, { role: 'auditor', active: true }, 2)).toBe(false);
  });

  it('never concerns accounts that are not active admins, nor changes that keep one', () => {
    fc.assert(
      fc.property(account, account, fc.nat(5), (current, next, admins) => {
        const removesAnAdmin = current.role === 'admin' && current.active && !(next.role === 'admin' && next.active);
        expect(wouldRemoveLastAdmin(current, next, admins)).toBe(removesAnAdmin && admins <= 1);
      }),
    );
  });
});
