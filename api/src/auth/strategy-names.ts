/** Passport strategy names, one per kind of caller (SPEC §5.1–§5.3); the route-access guard picks one per route. */
export const REGULATOR_STRATEGY = 'regulator-jwt';
export const BANK_STRATEGY = 'bank-api-key';
export const CITIZEN_STRATEGY = 'citizen-oidc';
