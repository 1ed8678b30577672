"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRANSITION_REASON_MAX_LENGTH = exports.BREACH_TRANSITIONS = exports.BREACH_TITLE_MAX_LENGTH = exports.BREACH_DESCRIPTION_MAX_LENGTH = exports.PASSWORD_MIN_LENGTH = exports.PASSWORD_MAX_LENGTH = exports.checkPasswordPolicy = exports.normalizeIdentifier = exports.IDENTIFIER_KINDS = exports.detectIdentifierKind = exports.normalizeEmail = exports.isValidEmail = exports.EMAIL_MAX_LENGTH = exports.EMAIL_LOCAL_MAX_LENGTH = exports.normalizePhone = exports.isValidPhone = exports.validateIin = exports.validateBin = exports.isValidIin = exports.isValidBin = exports.computeIinCheckDigit = exports.describeValidationFailure = void 0;
__exportStar(require("./enums"), exports);
__exportStar(require("./constants"), exports);
__exportStar(require("./dto"), exports);
__exportStar(require("./labels"), exports);
var validation_1 = require("./identifiers/validation");
Object.defineProperty(exports, "describeValidationFailure", { enumerable: true, get: function () { return validation_1.describeValidationFailure; } });
var iin_1 = require("./identifiers/iin");
Object.defineProperty(exports, "computeIinCheckDigit", { enumerable: true, get: function () { return iin_1.computeIinCheckDigit; } });
Object.defineProperty(exports, "isValidBin", { enumerable: true, get: function () { return iin_1.isValidBin; } });
Object.defineProperty(exports, "isValidIin", { enumerable: true, get: function () { return iin_1.isValidIin; } });
Object.defineProperty(exports, "validateBin", { enumerable: true, get: function () { return iin_1.validateBin; } });
Object.defineProperty(exports, "validateIin", { enumerable: true, get: function () { return iin_1.validateIin; } });
var phone_1 = require("./identifiers/phone");
Object.defineProperty(exports, "isValidPhone", { enumerable: true, get: function () { return phone_1.isValidPhone; } });
Object.defineProperty(exports, "normalizePhone", { enumerable: true, get: function () { return phone_1.normalizePhone; } });
var email_1 = require("./identifiers/email");
Object.defineProperty(exports, "EMAIL_LOCAL_MAX_LENGTH", { enumerable: true, get: function () { return email_1.EMAIL_LOCAL_MAX_LENGTH; } });
Object.defineProperty(exports, "EMAIL_MAX_LENGTH", { enumerable: true, get: function () { return email_1.EMAIL_MAX_LENGTH; } });
Object.defineProperty(exports, "isValidEmail", { enumerable: true, get: function () { return email_1.isValidEmail; } });
Object.defineProperty(exports, "normalizeEmail", { enumerable: true, get: function () { return email_1.normalizeEmail; } });
var identifier_kind_1 = require("./identifiers/identifier-kind");
Object.defineProperty(exports, "detectIdentifierKind", { enumerable: true, get: function () { return identifier_kind_1.detectIdentifierKind; } });
Object.defineProperty(exports, "IDENTIFIER_KINDS", { enumerable: true, get: function () { return identifier_kind_1.IDENTIFIER_KINDS; } });
Object.defineProperty(exports, "normalizeIdentifier", { enumerable: true, get: function () { return identifier_kind_1.normalizeIdentifier; } });
var password_policy_1 = require("./password-policy");
Object.defineProperty(exports, "checkPasswordPolicy", { enumerable: true, get: function () { return password_policy_1.checkPasswordPolicy; } });
Object.defineProperty(exports, "PASSWORD_MAX_LENGTH", { enumerable: true, get: function () { return password_policy_1.PASSWORD_MAX_LENGTH; } });
Object.defineProperty(exports, "PASSWORD_MIN_LENGTH", { enumerable: true, get: function () { return password_policy_1.PASSWORD_MIN_LENGTH; } });
var breach_lifecycle_1 = require("./breach-lifecycle");
Object.defineProperty(exports, "BREACH_DESCRIPTION_MAX_LENGTH", { enumerable: true, get: function () { return breach_lifecycle_1.BREACH_DESCRIPTION_MAX_LENGTH; } });
Object.defineProperty(exports, "BREACH_TITLE_MAX_LENGTH", { enumerable: true, get: function () { return breach_lifecycle_1.BREACH_TITLE_MAX_LENGTH; } });
Object.defineProperty(exports, "BREACH_TRANSITIONS", { enumerable: true, get: function () { return breach_lifecycle_1.BREACH_TRANSITIONS; } });
Object.defineProperty(exports, "TRANSITION_REASON_MAX_LENGTH", { enumerable: true, get: function () { return breach_lifecycle_1.TRANSITION_REASON_MAX_LENGTH; } });
//# sourceMappingURL=index.js.map