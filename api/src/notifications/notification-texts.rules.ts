import {
  isOneOf,
  STAFF_NOTIFICATION_TYPES,
  type CitizenNotificationType,
  type DisputeOutcome,
  type InquiryPurpose,
  type Language,
  type LiftCanceller,
  type NotificationType,
  type Role,
  type StaffNotificationType,
} from '@qorgau/shared';

/*
 * What each notification says (SPEC §3.8), in Kazakh, Russian and English: short enough for an SMS
 * (at most NOTIFICATION_TEXT_MAX_LENGTH characters, asserted in the spec for the longest data), no
 * link, and each one saying that Qorgau never sends links or asks for codes. Texts are made at
 * delivery from the row's payload, so the outbox keeps data, not words. Messages to back-office
 * accounts (STAFF_NOTIFICATION_TYPES) go by e-mail only and need not fit an SMS: to admins in
 * English; to a locked account, its unlock token in Kazakh, Russian and English at once (an account
 * has no language of its own).
 */

export const NOTIFICATION_TEXT_MAX_LENGTH = 160;
/** A lender's name is cut to this many characters so that the inquiry alert fits. */
export const LENDER_NAME_MAX_LENGTH = 20;

/** The payload of each type: what its text is made of (also the webhook's `data`). */
export interface NotificationPayloads {
  exposure: { breachId: string; companyName: string };
  inquiry: { inquiryId: string; bankName: string; bankBin: string; purpose: InquiryPurpose; restricted: boolean; checkedAt: string };
  'lift.pending': { liftId: string; effectiveAt: string };
  'lift.effective': { liftId: string; effectiveAt: string };
  'lift.cancelled': { liftId: string; by: LiftCanceller };
  'dispute.decided': { disputeId: string; outcome: DisputeOutcome };
  'restriction.ending': { endsAt: string };
  /** SPEC §3.9: the account over the limit, as stored in `lookup_alerts` (`alertId` its id). */
  'lookup.alert': { alertId: string; actorEmail: string; actorRole: Role; lookups: number; limit: number; raisedAt: string };
  /** A locked account's unlock token, by its id only (account-unlock-token.rules.ts): the token is revealed at delivery. */
  'account.unlock': { tokenId: string; lockedUntil: string; expiresAt: string };
}

/** What a message carries that its stored payload does not, given only by whoever sends it: the unlock token. */
export interface RevealedAtDelivery {
  unlockToken?: string;
}

/** The unlock token where it is not revealed: in the back office's view of the outbox. */
export const UNLOCK_TOKEN_MASK = '••••••';
/** Where a locked account's owner signs in with the token: a path of the back office, never a host. */
export const UNLOCK_PATH = '/admin/?unlock=';

export type NotificationPayload<T extends NotificationType = NotificationType> = NotificationPayloads[T];

const NEVER: Record<Language, string> = {
  kk: 'Qorgau сілтеме жібермейді, код сұрамайды.',
  ru: 'Qorgau не шлёт ссылок и не просит кодов.',
  en: 'Qorgau never sends links or asks for codes.',
};

const PURPOSES: Record<Language, Record<InquiryPurpose, string>> = {
  kk: { loan: 'несие', microcredit: 'микрокредит' },
  ru: { loan: 'кредит', microcredit: 'микрокредит' },
  en: { loan: 'loan', microcredit: 'microcredit' },
};

const ANSWERS: Record<Language, Record<'true' | 'false', string>> = {
  kk: { true: 'шектеу бар', false: 'шектеу жоқ' },
  ru: { true: 'ограничен', false: 'не ограничен' },
  en: { true: 'restricted', false: 'not restricted' },
};

type Texts = { [T in CitizenNotificationType]: Record<Language, (data: NotificationPayloads[T]) => string> };
type StaffTexts = { [T in StaffNotificationType]: { text: (data: NotificationPayloads[T], revealed: RevealedAtDelivery) => string; subject: string } };

const TEXTS: Texts = {
  exposure: {
    kk: (d) => `Qorgau: деректеріңіз ${lender(d.companyName)} ағуында табылды, несиеге шектеу қойылды. ${NEVER.kk}`,
    ru: (d) => `Qorgau: ваши данные нашлись в утечке ${lender(d.companyName)}, кредиты вам ограничены. ${NEVER.ru}`,
    en: (d) => `Qorgau: your data was found in a leak from ${lender(d.companyName)}; new loans to you are restricted. ${NEVER.en}`,
  },
  inquiry: {
    kk: (d) => `Qorgau: ${lender(d.bankName)} сізді тексерді (${PURPOSES.kk[d.purpose]}, ${almaty(d.checkedAt)}): ${ANSWERS.kk[`${d.restricted}`]}. Сіз емес пе? Банкке хабарласыңыз. ${NEVER.kk}`,
    ru: (d) => `Qorgau: ${lender(d.bankName)} проверил вас (${PURPOSES.ru[d.purpose]}, ${almaty(d.checkedAt)}): ${ANSWERS.ru[`${d.restricted}`]}. Не вы? Звоните в банк. ${NEVER.ru}`,
    en: (d) => `Qorgau: ${lender(d.bankName)} checked you (${PURPOSES.en[d.purpose]}, ${almaty(d.checkedAt)}): ${ANSWERS.en[`${d.restricted}`]}. Not you? Call your bank. ${NEVER.en}`,
  },
  'lift.pending': {
    kk: (d) => `Qorgau: шектеуді алу сұралды, ${almaty(d.effectiveAt)} күшіне енеді. Сіз емес пе? Порталда тоқтатыңыз. ${NEVER.kk}`,
    ru: (d) => `Qorgau: запрошено снятие ограничения, в силе с ${almaty(d.effectiveAt)}. Не вы? Отмените на портале. ${NEVER.ru}`,
    en: (d) => `Qorgau: a lift of your restriction was asked for, in force from ${almaty(d.effectiveAt)}. Not you? Cancel it on the portal. ${NEVER.en}`,
  },
  'lift.effective': {
    kk: (d) => `Qorgau: шектеуіңіз ${almaty(d.effectiveAt)} бастап алынды. Сіз емес пе? Порталда тоқтатыңыз. ${NEVER.kk}`,
    ru: (d) => `Qorgau: ваше ограничение снято с ${almaty(d.effectiveAt)}. Не вы? Отмените на портале. ${NEVER.ru}`,
    en: (d) => `Qorgau: your restriction is lifted from ${almaty(d.effectiveAt)}. Not you? Cancel the lift on the portal. ${NEVER.en}`,
  },
  'lift.cancelled': {
    kk: (d) => `Qorgau: шектеуді алу ${d.by === 'reviewer' ? 'тізілім тарапынан ' : ''}тоқтатылды, шектеу қайта күшінде. ${NEVER.kk}`,
    ru: (d) => `Qorgau: снятие ограничения отменено${d.by === 'reviewer' ? ' реестром' : ''}, ограничение снова действует. ${NEVER.ru}`,
    en: (d) => `Qorgau: the lift of your restriction was cancelled${d.by === 'reviewer' ? ' by the registry' : ''}; the restriction applies again. ${NEVER.en}`,
  },
  'dispute.decided': {
    kk: (d) =>
      d.outcome === 'accepted'
        ? `Qorgau: шағымыңыз қанағаттандырылды, жазба мен шектеу жойылды. ${NEVER.kk}`
        : `Qorgau: шағымыңыз қабылданбады, себебі порталда. ${NEVER.kk}`,
    ru: (d) =>
      d.outcome === 'accepted'
        ? `Qorgau: ваше оспаривание принято, запись и ограничение удалены. ${NEVER.ru}`
        : `Qorgau: ваше оспаривание отклонено, причина на портале. ${NEVER.ru}`,
    en: (d) =>
      d.outcome === 'accepted'
        ? `Qorgau: your dispute was upheld; the record and its restriction are removed. ${NEVER.en}`
        : `Qorgau: your dispute was rejected; the reason is on the portal. ${NEVER.en}`,
  },
  'restriction.ending': {
    kk: (d) => `Qorgau: несиеге шектеуіңіз ${almaty(d.endsAt)} аяқталады. Ұзартуға болады порталда. ${NEVER.kk}`,
    ru: (d) => `Qorgau: ваше ограничение на кредиты закончится ${almaty(d.endsAt)}. Продлить можно на портале. ${NEVER.ru}`,
    en: (d) => `Qorgau: your restriction on new loans ends ${almaty(d.endsAt)}. You can extend it on the portal. ${NEVER.en}`,
  },
};

const STAFF_TEXTS: StaffTexts = {
  'lookup.alert': {
    text: (d) =>
      `Qorgau: the ${d.actorRole} account ${d.actorEmail} made ${d.lookups} person look-ups in the last hour, over the limit of ${d.limit} ` +
      `(alert raised ${almaty(d.raisedAt)}, Almaty time). Review them in the audit trail (filter by actor). ${NEVER.en}`,
    subject: 'Qorgau: too many person look-ups by one account',
  },
  'account.unlock': {
    text: (d, revealed) => {
      const path = `${UNLOCK_PATH}${revealed.unlockToken ?? UNLOCK_TOKEN_MASK}`;
      const [lockedUntil, expiresAt] = [almaty(d.lockedUntil), almaty(d.expiresAt)];
      return [
        `Qorgau: артқы кеңсе тіркелгіңізге қатарынан 10 рет қате құпиясөз енгізілді, ол ${lockedUntil} дейін бұғатталды (Алматы уақыты). ` +
          `Бұл сіз болсаңыз, Qorgau артқы кеңсесінде ${path} жолын ашып, өз құпиясөзіңізбен кіріңіз: бұғат алынады. ` +
          `Код бір рет қана, ${expiresAt} дейін жарамды. Бұл сіз болмасаңыз, әкімшіге хабарлаңыз. ` +
          'Qorgau кодты ешқашан телефонмен сұрамайды: оны ешкімге айтпаңыз.',
        `Qorgau: в вашу учётную запись бэк-офиса 10 раз подряд ввели неверный пароль, она заблокирована до ${lockedUntil} (время Алматы). ` +
          `Если это были вы, откройте в бэк-офисе Qorgau путь ${path} и войдите со своим паролем: блокировка снимется. ` +
          `Код одноразовый и действует до ${expiresAt}. Если это были не вы, сообщите администратору. ` +
          'Qorgau никогда не просит коды по телефону: никому его не сообщайте.',
        `Qorgau: ten sign-ins in a row with a wrong password locked your back-office account until ${lockedUntil} (Almaty time). ` +
          `If that was you, open the path ${path} on your Qorgau back office and sign in with your password: the lock is lifted. ` +
          `The code works once, until ${expiresAt}. If it was not you, tell an administrator. ` +
          'Qorgau never asks for codes by phone: tell this one to no one.',
      ].join('\n\n');
    },
    subject: 'Qorgau: тіркелгі бұғатталды / учётная запись заблокирована / account locked',
  },
};

const SUBJECTS: Record<CitizenNotificationType, Record<Language, string>> = {
  exposure: { kk: 'Qorgau: деректеріңіз ағуда', ru: 'Qorgau: ваши данные в утечке', en: 'Qorgau: your data in a leak' },
  inquiry: { kk: 'Qorgau: сізді кредитор тексерді', ru: 'Qorgau: вас проверил кредитор', en: 'Qorgau: a lender checked you' },
  'lift.pending': { kk: 'Qorgau: шектеуді алу сұралды', ru: 'Qorgau: запрошено снятие ограничения', en: 'Qorgau: a lift was asked for' },
  'lift.effective': { kk: 'Qorgau: шектеу алынды', ru: 'Qorgau: ограничение снято', en: 'Qorgau: your restriction is lifted' },
  'lift.cancelled': { kk: 'Qorgau: шектеу қайта күшінде', ru: 'Qorgau: ограничение снова действует', en: 'Qorgau: your restriction applies again' },
  'dispute.decided': { kk: 'Qorgau: шағым бойынша шешім', ru: 'Qorgau: решение по оспариванию', en: 'Qorgau: your dispute is decided' },
  'restriction.ending': { kk: 'Qorgau: шектеу аяқталуда', ru: 'Qorgau: ограничение заканчивается', en: 'Qorgau: your restriction is ending' },
};

/** The message's text in `language` (a message to a back-office account is in its own languages whatever its row says). */
export function notificationText<T extends NotificationType>(type: T, language: Language, payload: NotificationPayloads[T], revealed: RevealedAtDelivery = {}): string {
  if (isOneOf(STAFF_NOTIFICATION_TYPES, type)) {
    return (STAFF_TEXTS[type].text as (data: NotificationPayloads[T], revealed: RevealedAtDelivery) => string)(payload, revealed);
  }
  return (TEXTS[type as CitizenNotificationType][language] as (data: NotificationPayloads[T]) => string)(payload);
}

/** The e-mail's subject. */
export function notificationSubject(type: NotificationType, language: Language): string {
  return isOneOf(STAFF_NOTIFICATION_TYPES, type) ? STAFF_TEXTS[type].subject : SUBJECTS[type as CitizenNotificationType][language];
}

/** A lender's or company's name, cut to fit. */
function lender(name: string): string {
  return name.length <= LENDER_NAME_MAX_LENGTH ? name : `${name.slice(0, LENDER_NAME_MAX_LENGTH - 1)}…`;
}

const ALMATY_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The last minute formatted: alerts come in runs of the same minute, and Intl's formatting was a tenth of a delivery's CPU. */
let lastAlmaty = { minute: Number.NaN, text: '' };

/** `04.12 06:19`: day, month and time in Almaty, the way a phone shows it. */
function almaty(iso: string): string {
  const minute = Math.floor(Date.parse(iso) / 60_000);
  if (minute !== lastAlmaty.minute) {
    const parts = Object.fromEntries(ALMATY_FORMAT.formatToParts(new Date(minute * 60_000)).map((part) => [part.type, part.value]));
    lastAlmaty = { minute, text: `${parts.day}.${parts.month} ${parts.hour}:${parts.minute}` };
  }
  return lastAlmaty.text;
}
