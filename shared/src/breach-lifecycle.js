"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BREACH_DESCRIPTION_MAX_LENGTH = exports.BREACH_TITLE_MAX_LENGTH = exports.TRANSITION_REASON_MAX_LENGTH = exports.BREACH_TRANSITIONS = void 0;
/**
 * SPEC §3.1: `draft → investigating → confirmed → closed`; `draft | investigating → rejected`; a
 * confirmed breach may be `retracted`. Closed, rejected and retracted are final. The server
 * enforces it; the back office offers only these moves.
 */
exports.BREACH_TRANSITIONS = {
    draft: ['investigating', 'rejected'],
    investigating: ['confirmed', 'rejected'],
    confirmed: ['closed', 'retracted'],
    closed: [],
    rejected: [],
    retracted: [],
};
/** Every move needs a reason, kept in the breach's timeline and the audit trail. */
exports.TRANSITION_REASON_MAX_LENGTH = 2000;
/** Limits of a breach's texts, the same in the back-office form and the API. */
exports.BREACH_TITLE_MAX_LENGTH = 300;
exports.BREACH_DESCRIPTION_MAX_LENGTH = 10_000;
//# sourceMappingURL=breach-lifecycle.js.map