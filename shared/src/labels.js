"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECTOR_LABELS = void 0;
/** A company's sector in words, the same in the back office and on the portal. */
exports.SECTOR_LABELS = {
    kk: {
        retail: 'Бөлшек сауда',
        telecom: 'Телекоммуникация',
        finance: 'Қаржы',
        government: 'Мемлекеттік сектор',
        health: 'Денсаулық сақтау',
        delivery: 'Жеткізу',
        education: 'Білім беру',
        other: 'Басқа',
    },
    ru: {
        retail: 'Розничная торговля',
        telecom: 'Телекоммуникации',
        finance: 'Финансы',
        government: 'Госсектор',
        health: 'Здравоохранение',
        delivery: 'Доставка',
        education: 'Образование',
        other: 'Другое',
    },
    en: {
        retail: 'Retail',
        telecom: 'Telecommunications',
        finance: 'Finance',
        government: 'Government',
        health: 'Healthcare',
        delivery: 'Delivery',
        education: 'Education',
        other: 'Other',
    },
};
//# sourceMappingURL=labels.js.map