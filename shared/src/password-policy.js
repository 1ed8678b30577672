"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PASSWORD_MAX_LENGTH = exports.PASSWORD_MIN_LENGTH = void 0;
exports.checkPasswordPolicy = checkPasswordPolicy;
/** Back-office passwords: long rather than complicated (NIST SP 800-63B), checked the same in forms and on the server. */
exports.PASSWORD_MIN_LENGTH = 12;
exports.PASSWORD_MAX_LENGTH = 1024;
const COMMON_PASSWORDS = new Set([
    '123456789012',
    'qwertyuiopas',
    'password1234',
    'passwordpassword',
    'qwerty123456',
    'administrator',
    'qorgau123456',
    'letmein12345',
    'iloveyou1234',
    'kazakhstan2026',
    'astana123456',
    'almaty123456',
]);
const MESSAGES = {
    'too-short': `must be at least ${exports.PASSWORD_MIN_LENGTH} characters`,
    'too-long': `must be at most ${exports.PASSWORD_MAX_LENGTH} characters`,
    'contains-email': 'must not contain the e-mail address',
    repetitive: 'must not be one character repeated',
    common: 'is too common; choose a phrase of your own',
};
/** The first problem with a password for the account `email`, or null when it is acceptable. */
function checkPasswordPolicy(password, email = '') {
    const problem = findProblem(typeof password === 'string' ? password : '', typeof email === 'string' ? email : '');
    return problem ? { problem, message: MESSAGES[problem] } : null;
}
function findProblem(password, email) {
    if (password.length < exports.PASSWORD_MIN_LENGTH)
        return 'too-short';
    if (password.length > exports.PASSWORD_MAX_LENGTH)
        return 'too-long';
    const localPart = email.split('@')[0]?.trim().toLowerCase() ?? '';
    if (localPart.length >= 3 && password.toLowerCase().includes(localPart))
        return 'contains-email';
    if (new Set(password).size === 1)
        return 'repetitive';
    if (COMMON_PASSWORDS.has(password.toLowerCase()))
        return 'common';
    return null;
}
//# sourceMappingURL=password-policy.js.map