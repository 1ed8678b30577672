"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const constants_1 = require("./constants");
const enums_1 = require("./enums");
describe('constants', () => {
    it('match SPEC §3 and §5', () => {
        expect(constants_1.API_PREFIX).toBe('/api/v1');
        expect([constants_1.RESTRICTION_DAYS_MIN, constants_1.RESTRICTION_DAYS_DEFAULT, constants_1.RESTRICTION_DAYS_MAX]).toEqual([1, 90, 365]);
        expect([constants_1.LIFT_MAX_TEMPORARY_DAYS, constants_1.LIFTS_PER_WINDOW, constants_1.LIFT_WINDOW_DAYS]).toEqual([30, 3, 30]);
        expect(constants_1.BATCH_CHECK_MAX_IINS).toBe(1000);
    });
    it('has the scam warning in every language, naming SMS codes', () => {
        expect(Object.keys(constants_1.SCAM_WARNING).sort()).toEqual([...enums_1.LANGUAGES].sort());
        for (const lang of enums_1.LANGUAGES)
            expect(constants_1.SCAM_WARNING[lang]).toContain('SMS');
        expect(constants_1.SCAM_WARNING.en).toContain('No bank, police officer, courier or utility employee will ever ask you');
        expect(constants_1.SCAM_WARNING.ru).toMatch(/банк.*полиции.*курьер.*коммунальной/);
        expect(constants_1.SCAM_WARNING.kk).toMatch(/банк.*полиция.*курьер.*коммуналдық/);
    });
});
//# sourceMappingURL=constants.spec.js.map