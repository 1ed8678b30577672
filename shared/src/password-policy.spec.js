"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const password_policy_1 = require("./password-policy");
describe('checkPasswordPolicy', () => {
    it.each([
        ['short-one', 'a@b.kz', 'too-short'],
        ['x'.repeat(1025), 'a@b.kz', 'too-long'],
        ['my name is aigerim!', 'aigerim@qorgau.kz', 'contains-email'],
        ['MY NAME IS AIGERIM!', 'aigerim@qorgau.kz', 'contains-email'],
        ['zzzzzzzzzzzzzz', 'a@b.kz', 'repetitive'],
        ['Password1234', 'a@b.kz', 'common'],
    ])('refuses %j for %s as %s', (password, email, problem) => {
        expect((0, password_policy_1.checkPasswordPolicy)(password, email)?.problem).toBe(problem);
    });
    it('accepts a long passphrase', () => {
        expect((0, password_policy_1.checkPasswordPolicy)('steppe wind over the Ishim', 'aigerim@qorgau.kz')).toBeNull();
    });
    it('ignores e-mail local parts too short to mean anything', () => {
        expect((0, password_policy_1.checkPasswordPolicy)('a long passphrase here', 'a@b.kz')).toBeNull();
    });
    it('accepts every password of 12+ distinct-enough characters that avoids the e-mail, and never throws', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ minLength: password_policy_1.PASSWORD_MIN_LENGTH, maxLength: 64 }), (password) => {
            const result = (0, password_policy_1.checkPasswordPolicy)(password, 'someone@qorgau.kz');
            if (result)
                expect(['contains-email', 'repetitive', 'common']).toContain(result.problem);
        }));
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.anything(), fast_check_1.default.anything(), (password, email) => void (0, password_policy_1.checkPasswordPolicy)(password, email)));
    });
});
//# sourceMappingURL=password-policy.spec.js.map