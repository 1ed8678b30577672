"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const enums_1 = require("./enums");
describe('enums', () => {
    it.each(Object.entries({
        DATA_CLASSES: enums_1.DATA_CLASSES,
        SENSITIVE_DATA_CLASSES: enums_1.SENSITIVE_DATA_CLASSES,
        BREACH_STATUSES: enums_1.BREACH_STATUSES,
        ROLES: enums_1.ROLES,
        LIFT_KINDS: enums_1.LIFT_KINDS,
        LIFT_STATUSES: enums_1.LIFT_STATUSES,
        LENDER_KINDS: enums_1.LENDER_KINDS,
        INQUIRY_PURPOSES: enums_1.INQUIRY_PURPOSES,
        COMPANY_SECTORS: enums_1.COMPANY_SECTORS,
        INGEST_JOB_STATUSES: enums_1.INGEST_JOB_STATUSES,
        LANGUAGES: enums_1.LANGUAGES,
    }))('%s has distinct snake_case members', (_name, list) => {
        expect(new Set(list).size).toBe(list.length);
        for (const member of list)
            expect(member).toMatch(/^[a-z]+(_[a-z]+)*$/);
    });
    it('lists the data classes of SPEC §5.1 in order', () => {
        expect(enums_1.DATA_CLASSES).toEqual([
            'iin', 'full_name', 'phone', 'email', 'address', 'birth_date', 'id_document',
            'bank_card', 'bank_account', 'vehicle_plate', 'order_history', 'password', 'health', 'biometric', 'other',
        ]);
    });
    it('makes the sensitive data classes a subset of the data classes', () => {
        for (const c of enums_1.SENSITIVE_DATA_CLASSES)
            expect(enums_1.DATA_CLASSES).toContain(c);
        expect(enums_1.SENSITIVE_DATA_CLASSES).toEqual(['health', 'biometric']);
    });
    it('defaults to Kazakh', () => {
        expect(enums_1.DEFAULT_LANGUAGE).toBe('kk');
        expect(enums_1.LANGUAGES).toContain(enums_1.DEFAULT_LANGUAGE);
    });
});
describe('isOneOf', () => {
    it('accepts members and narrows the type', () => {
        const value = 'reviewer';
        if (!(0, enums_1.isOneOf)(enums_1.ROLES, value))
            throw new Error('expected a role');
        const role = value;
        expect(role).toBe('reviewer');
    });
    it.each([undefined, null, 42, 'Admin', ' admin', 'toString', '', {}, ['admin']])('refuses %p', (value) => {
        expect((0, enums_1.isOneOf)(enums_1.ROLES, value)).toBe(false);
    });
});
//# sourceMappingURL=enums.spec.js.map