"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// These shapes are checked by the type checker (`pnpm typecheck` covers spec files): a renamed or
// missing field fails to compile. The assertions pin the exact field names of SPEC §5.
describe('DTO shapes follow SPEC §5', () => {
    const at = '2025-03-01T09:30:00.000Z';
    it('LoginResponse', () => {
        const body = {
            accessToken: 'token',
            expiresIn: 3600,
            user: { id: 'u1', email: 'admin@qorgau.kz', role: 'admin' },
        };
        expect(Object.keys(body)).toEqual(['accessToken', 'expiresIn', 'user']);
    });
    it('Company and Breach', () => {
        const company = {
            id: 'c1', bin: '971240001315', name: 'Shop', sector: 'retail', website: null, contactName: null, contactEmail: null,
            contactPhone: null, createdAt: at, updatedAt: at, version: 1, breachCount: 1, peopleExposed: 0, lateReports: 0,
        };
        const breach = {
            id: 'b1', companyId: company.id, title: 'Leak', description: 'Orders leaked', occurredAt: null,
            discoveredAt: at, reportedAt: at, dataClasses: ['iin', 'phone'], recordsClaimed: null, exposureCount: 0,
            restrictedCount: 0, restrictionDays: 90, status: 'draft', published: false, sensitive: false,
            reportingDelayHours: 0, reportedLate: false, createdAt: at, updatedAt: at, version: 1,
        };
        expect(Object.keys(breach)).toEqual([
            'id', 'companyId', 'title', 'description', 'occurredAt', 'discoveredAt', 'reportedAt', 'dataClasses',
            'recordsClaimed', 'exposureCount', 'restrictedCount', 'restrictionDays', 'status', 'published', 'sensitive',
            'reportingDelayHours', 'reportedLate', 'createdAt', 'updatedAt', 'version',
        ]);
        expect(Object.keys(company)).toEqual([
            'id', 'bin', 'name', 'sector', 'website', 'contactName', 'contactEmail', 'contactPhone', 'createdAt', 'updatedAt',
            'version', 'breachCount', 'peopleExposed', 'lateReports',
        ]);
    });
    it('IngestJob, RestrictionAnswer, BatchCheckResponse, LiftRequest and MeResponse', () => {
        const job = {
            id: 'j1', breachId: 'b1', status: 'done', rowsRead: 2, accepted: 1, rejected: 1, duplicates: 0,
            rejectSample: [{ line: 2, value: '123', reason: 'An IIN has 12 digits; this one has 3.' }],
            startedAt: at, finishedAt: at, bytesRead: 64, bytesTotal: 64, rate: 2, etaSeconds: 0, error: null,
        };
        const answer = {
            iin: '900101300126', restricted: true, restrictedUntil: at, inquiryId: 'q1', checkedAt: at, signature: 'a.b.c',
        };
        const batch = {
            results: [{ iin: answer.iin, restricted: false, restrictedUntil: null }], inquiryId: 'q2', checkedAt: at,
        };
        const lift = { kind: 'temporary', until: at, lenderKind: 'mfo' };
        const me = {
            iin: answer.iin, restricted: false, restrictedUntil: null, exposures: [], restrictions: [], lifts: [],
        };
        expect(JSON.parse(JSON.stringify({ job, answer, batch, lift, me }))).toEqual({ job, answer, batch, lift, me });
    });
});
//# sourceMappingURL=dto.spec.js.map