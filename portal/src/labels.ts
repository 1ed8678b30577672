import type { BreachStatus, CompanySector, DataClass } from '@qorgau/shared';
import type { Lang } from './i18n';

/** What leaked, in words a person reads at a glance (the public wall and the citizen area alike). */
export const DATA_CLASS_LABELS: Record<Lang, Record<DataClass, string>> = {
  kk: {
    iin: 'ЖСН',
    full_name: 'Аты-жөні',
    phone: 'Телефон нөмірі',
    email: 'Электрондық пошта',
    address: 'Мекенжай',
    birth_date: 'Туған күні',
    id_document: 'Жеке куәлік',
    bank_card: 'Банк картасы',
    bank_account: 'Банк шоты',
    vehicle_plate: 'Көлік нөмірі',
    order_history: 'Тапсырыстар тарихы',
    password: 'Құпиясөз',
    health: 'Денсаулық туралы мәліметтер',
    biometric: 'Биометриялық деректер',
    other: 'Басқа деректер',
  },
  ru: {
    iin: 'ИИН',
    full_name: 'ФИО',
    phone: 'Номер телефона',
    email: 'Электронная почта',
    address: 'Адрес',
    birth_date: 'Дата рождения',
    id_document: 'Удостоверение личности',
    bank_card: 'Банковская карта',
    bank_account: 'Банковский счёт',
    vehicle_plate: 'Госномер автомобиля',
    order_history: 'История заказов',
    password: 'Пароль',
    health: 'Сведения о здоровье',
    biometric: 'Биометрические данные',
    other: 'Другие данные',
  },
  en: {
    iin: 'IIN',
    full_name: 'Full name',
    phone: 'Phone number',
    email: 'E-mail address',
    address: 'Address',
    birth_date: 'Date of birth',
    id_document: 'Identity document',
    bank_card: 'Bank card',
    bank_account: 'Bank account',
    vehicle_plate: 'Vehicle plate',
    order_history: 'Order history',
    password: 'Password',
    health: 'Health data',
    biometric: 'Biometric data',
    other: 'Other data',
  },
};

export const SECTOR_LABELS: Record<Lang, Record<CompanySector, string>> = {
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

/** The statuses a person can meet on the portal: a breach they see is confirmed or closed. */
export const BREACH_STATUS_LABELS: Record<Lang, Partial<Record<BreachStatus, string>>> = {
  kk: { confirmed: 'Расталды', closed: 'Жабылды' },
  ru: { confirmed: 'Подтверждена', closed: 'Закрыта' },
  en: { confirmed: 'Confirmed', closed: 'Closed' },
};
