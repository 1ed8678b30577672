"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeValidationFailure = describeValidationFailure;
exports.validationFailure = validationFailure;
const enums_1 = require("../enums");
/** How each language names an IIN and a BIN. */
const NUMBER_NAMES = {
    en: { iin: 'IIN', bin: 'BIN' },
    ru: { iin: 'ИИН', bin: 'БИН' },
    kk: { iin: 'ЖСН', bin: 'БСН' },
};
function numberMessages(lang, kind) {
    const n = NUMBER_NAMES[lang][kind];
    switch (lang) {
        case 'en': {
            const an = kind === 'iin' ? 'An' : 'A';
            return {
                empty: () => `Enter the ${n}: 12 digits.`,
                digits: () => `${an} ${n} contains only digits.`,
                length: (d) => d.length === undefined ? `${an} ${n} has 12 digits.` : `${an} ${n} has 12 digits; this one has ${d.length}.`,
                checksum: () => `The last digit of this ${n} does not match the others: check for a typo.`,
                format: () => `${an} ${n} is written as 12 digits.`,
            };
        }
        case 'ru':
            return {
                empty: () => `Введите ${n} — 12 цифр.`,
                digits: () => `${n} состоит только из цифр.`,
                length: (d) => (d.length === undefined ? `В ${n} 12 цифр.` : `В ${n} 12 цифр, а здесь — ${d.length}.`),
                checksum: () => `Последняя цифра ${n} не сходится с остальными — проверьте, нет ли опечатки.`,
                format: () => `${n} записывается 12 цифрами.`,
            };
        case 'kk':
            return {
                empty: () => `${n} енгізіңіз — 12 цифр.`,
                digits: () => `${n} тек цифрлардан тұрады.`,
                length: (d) => d.length === undefined ? `${n} 12 цифрдан тұрады.` : `${n} 12 цифрдан тұрады, ал мұнда — ${d.length}.`,
                checksum: () => `${n}-нің соңғы цифры қалғандарымен сәйкес келмейді — қате терілмегенін тексеріңіз.`,
                format: () => `${n} 12 цифрмен жазылады.`,
            };
    }
}
const PHONE_EXAMPLE = '+7 701 123 4567';
const PHONE_MESSAGES = {
    en: {
        empty: () => 'Enter a phone number.',
        digits: () => 'A phone number contains only digits, a leading +, spaces, dashes, dots and brackets.',
        length: () => `A Kazakhstan phone number is +7 followed by 10 digits (or 8 followed by 10 digits), like ${PHONE_EXAMPLE}.`,
        checksum: () => `Only Kazakhstan numbers are accepted: they start with +7 7, like ${PHONE_EXAMPLE}.`,
        format: (d) => d.russianPrefix
            ? `This is a Russian number (+7 ${d.russianPrefix}…): only Kazakhstan numbers, starting with +7 7, are accepted.`
            : `Only Kazakhstan numbers are accepted: they start with +7 7, like ${PHONE_EXAMPLE}.`,
    },
    ru: {
        empty: () => 'Введите номер телефона.',
        digits: () => 'Номер телефона может содержать только цифры, + в начале, пробелы, дефисы, точки и скобки.',
        length: () => `Казахстанский номер — это +7 и ещё 10 цифр (или 8 и 10 цифр), например ${PHONE_EXAMPLE}.`,
        checksum: () => `Принимаются только казахстанские номера: они начинаются с +7 7, например ${PHONE_EXAMPLE}.`,
        format: (d) => d.russianPrefix
            ? `Это российский номер (+7 ${d.russianPrefix}…): принимаются только казахстанские номера, начинающиеся с +7 7.`
            : `Принимаются только казахстанские номера: они начинаются с +7 7, например ${PHONE_EXAMPLE}.`,
    },
    kk: {
        empty: () => 'Телефон нөмірін енгізіңіз.',
        digits: () => 'Телефон нөмірінде тек цифрлар, басындағы +, бос орындар, сызықшалар, нүктелер және жақшалар болуы мүмкін.',
        length: () => `Қазақстан телефон нөмірі — +7 және тағы 10 цифр (немесе 8 және 10 цифр), мысалы ${PHONE_EXAMPLE}.`,
        checksum: () => `Тек Қазақстан нөмірлері қабылданады: олар +7 7-ден басталады, мысалы ${PHONE_EXAMPLE}.`,
        format: (d) => d.russianPrefix
            ? `Бұл — Ресей нөмірі (+7 ${d.russianPrefix}…): тек +7 7-ден басталатын Қазақстан нөмірлері қабылданады.`
            : `Тек Қазақстан нөмірлері қабылданады: олар +7 7-ден басталады, мысалы ${PHONE_EXAMPLE}.`,
    },
};
const EMAIL_MESSAGES = (() => {
    const en = {
        empty: 'Enter an e-mail address.',
        length: 'An e-mail address is at most 254 characters long, and the part before the @ at most 64.',
        format: 'This is not an e-mail address: it needs a name, one @ and a domain such as example.kz, with no spaces.',
    };
    const ru = {
        empty: 'Введите адрес электронной почты.',
        length: 'Адрес электронной почты — не длиннее 254 символов, а часть до @ — не длиннее 64.',
        format: 'Это не адрес электронной почты: нужны имя, один знак @ и домен вроде example.kz, без пробелов.',
    };
    const kk = {
        empty: 'Электрондық пошта мекенжайын енгізіңіз.',
        length: 'Электрондық пошта мекенжайы 254 таңбадан, ал @ белгісіне дейінгі бөлігі 64 таңбадан аспауы керек.',
        format: 'Бұл электрондық пошта мекенжайы емес: онда атау, бір @ белгісі және example.kz сияқты домен болуы керек, бос орынсыз.',
    };
    const build = (m) => ({
        empty: () => m.empty,
        length: () => m.length,
        format: () => m.format,
        // An e-mail address is never refused for these; keep a sensible sentence anyway.
        digits: () => m.format,
        checksum: () => m.format,
    });
    return { en: build(en), ru: build(ru), kk: build(kk) };
})();
const CATALOGUES = {
    en: { iin: numberMessages('en', 'iin'), bin: numberMessages('en', 'bin'), phone: PHONE_MESSAGES.en, email: EMAIL_MESSAGES.en },
    ru: { iin: numberMessages('ru', 'iin'), bin: numberMessages('ru', 'bin'), phone: PHONE_MESSAGES.ru, email: EMAIL_MESSAGES.ru },
    kk: { iin: numberMessages('kk', 'iin'), bin: numberMessages('kk', 'bin'), phone: PHONE_MESSAGES.kk, email: EMAIL_MESSAGES.kk },
};
/**
 * The sentence explaining why a value of `kind` was refused with `code`, in `lang`
 * (English when `lang` is not one of {@link LANGUAGES}). Pass `details` for a more precise sentence.
 *
 * @example describeValidationFailure('iin', 'length', 'ru', { length: 11 }) // 'В ИИН 12 цифр, а здесь — 11.'
 */
function describeValidationFailure(kind, code, lang = 'en', details = {}) {
    const catalogue = CATALOGUES[(0, enums_1.isOneOf)(enums_1.LANGUAGES, lang) ? lang : 'en'];
    // Own-property lookups only: `kind` and `code` may be anything at run time.
    const messages = Object.hasOwn(catalogue, kind) ? catalogue[kind] : undefined;
    const template = messages && Object.hasOwn(messages, code) ? messages[code] : undefined;
    return template ? template(details ?? {}) : 'This value is not valid.';
}
/** Builds a failure result with its reason in `lang`. */
function validationFailure(kind, code, lang, details) {
    return { valid: false, code, reason: describeValidationFailure(kind, code, lang ?? 'en', details) };
}
//# sourceMappingURL=validation.js.map