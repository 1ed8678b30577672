import fc from 'fast-check';
import { PASSWORD_MIN_LENGTH, checkPasswordPolicy } from './password-policy';

describe('checkPasswordPolicy', () => {
  it.each([
    ['short-one', 'a@b.kz', 'too-short'],
    ['x'.repeat(1025), 'a@b.kz', 'too-long'],
    ['my name is aigerim!', 'aigerim@qorgau.kz', 'contains-email'],
    ['MY NAME IS AIGERIM!', 'aigerim@qorgau.kz', 'contains-email'],
    ['zzzzzzzzzzzzzz', 'a@b.kz', 'repetitive'],
    ['Password1234', 'a@b.kz', 'common'],
  ])('refuses %j for %s as %s', (password, email, problem) => {
    expect(checkPasswordPolicy(password, email)?.problem).toBe(problem);
  });

  it('accepts a long passphrase', () => {
    expect(checkPasswordPolicy('steppe wind over the Ishim', 'aigerim@qorgau.kz')).toBeNull();
  });

  it('ignores e-mail local parts too short to mean anything', () => {
    expect(checkPasswordPolicy('a long passphrase here', 'a@b.kz')).toBeNull();
  });

  it('accepts every password of 12+ distinct-enough characters that avoids the e-mail, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ minLength: PASSWORD_MIN_LENGTH, maxLength: 64 }), (password) => {
        const result = checkPasswordPolicy(password, 'someone@qorgau.kz');
        if (result) expect(['contains-email', 'repetitive', 'common']).toContain(result.problem);
      }),
    );
    fc.assert(fc.property(fc.anything(), fc.anything(), (password, email) => void checkPasswordPolicy(password as string, email as string)));
  });
});
