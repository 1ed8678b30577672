/** Back-office passwords: long rather than complicated (NIST SP 800-63B), checked the same in forms and on the server. */
export declare const PASSWORD_MIN_LENGTH = 12;
export declare const PASSWORD_MAX_LENGTH = 1024;
export type PasswordProblem = 'too-short' | 'too-long' | 'contains-email' | 'repetitive' | 'common';
/** The first problem with a password for the account `email`, or null when it is acceptable. */
export declare function checkPasswordPolicy(password: string, email?: string): {
    problem: PasswordProblem;
    message: string;
} | null;
