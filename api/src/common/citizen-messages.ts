import {
  DEFAULT_LANGUAGE,
  describeValidationFailure,
  DISPUTE_TEXT_MAX_LENGTH,
  isOneOf,
  LANGUAGES,
  SCAM_WARNING,
  type Language,
  type ValidationFailureCode,
} from '@qorgau/shared';
import { DomainException } from './domain.exception';

/**
 * Every sentence the citizen API says to a person, in Kazakh, Russian and English, in one place
 * (SPEC §5.3: refusals "with a message a citizen understands, in their language"). A refusal
 * carries a stable code and its parameters; the words are chosen per request, from
 * `Accept-Language`, when the problem document is written (problem-details.filter.ts).
 */

interface MessageParameters {
  maxDays?: number;
  limit?: number;
  days?: number;
  /** ISO 8601 instants, shown in Almaty time. */
  at?: string;
  failure?: ValidationFailureCode;
}

type Sentence = (parameters: MessageParameters, language: Language) => string;

const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** An instant as a person in Kazakhstan reads it: the date and time in Almaty. */
function when(iso: string | undefined, language: Language): string {
  if (!iso) return '';
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Almaty' });
  return `${format.format(new Date(iso))} (${language === 'en' ? 'Almaty time' : language === 'ru' ? 'по времени Алматы' : 'Алматы уақыты'})`;
}

const CATALOGUE = {
  // ── Requests in general ──
  'invalid-request': {
    kk: () => 'Сұрауда қате бар. Белгіленген өрістерді тексеріңіз.',
    ru: () => 'В запросе есть ошибки. Проверьте отмеченные поля.',
    en: () => 'Some of what you sent is not right. Check the fields marked.',
  },
  'field-required': {
    kk: () => 'Бұл өрісті толтырыңыз.',
    ru: () => 'Заполните это поле.',
    en: () => 'Fill this in.',
  },
  'unknown-field': {
    kk: () => 'Бұл өріс қабылданбайды.',
    ru: () => 'Это поле не принимается.',
    en: () => 'This field is not accepted.',
  },
  'invalid-date': {
    kk: () => 'Күн мен уақытты уақыт белдеуімен көрсетіңіз, мысалы 2026-03-01T09:30:00+05:00.',
    ru: () => 'Укажите дату и время с часовым поясом, например 2026-03-01T09:30:00+05:00.',
    en: () => 'Give a date and time with a time zone, like 2026-03-01T09:30:00+05:00.',
  },
  'invalid-lift-kind': {
    kk: () => 'Уақытша немесе тұрақты алып тастауды таңдаңыз.',
    ru: () => 'Выберите временное или постоянное снятие.',
    en: () => 'Choose a temporary or a permanent lift.',
  },
  'invalid-lender-kind': {
    kk: () => 'Тек банктерді немесе тек МҚҰ-ларды таңдаңыз.',
    ru: () => 'Выберите только банки или только МФО.',
    en: () => 'Choose banks only or microfinance organisations only.',
  },
  'invalid-dispute-reason': {
    kk: () => 'Себептердің бірін таңдаңыз: деректер менікі емес, мен бұл компанияның клиенті болмадым немесе басқа себеп.',
    ru: () => 'Выберите одну из причин: это не мои данные, я не был клиентом этой компании или другое.',
    en: () => 'Choose one of the reasons: this is not my data, I was never this company’s customer, or another reason.',
  },
  'invalid-id': {
    kk: () => 'Бұл сәйкестендіргіш жарамсыз.',
    ru: () => 'Неверный идентификатор.',
    en: () => 'This is not a valid identifier.',
  },
  'text-too-long': {
    kk: () => `Мәтін тым ұзын: ең көбі ${DISPUTE_TEXT_MAX_LENGTH} таңба.`,
    ru: () => `Слишком длинный текст: не более ${DISPUTE_TEXT_MAX_LENGTH} символов.`,
    en: () => `This text is too long: at most ${DISPUTE_TEXT_MAX_LENGTH} characters.`,
  },
  'lender-bin-invalid': {
    kk: ({ failure }) => describeValidationFailure('bin', failure ?? 'format', 'kk'),
    ru: ({ failure }) => describeValidationFailure('bin', failure ?? 'format', 'ru'),
    en: ({ failure }) => describeValidationFailure('bin', failure ?? 'format', 'en'),
  },
  'phone-invalid': {
    kk: ({ failure }) => describeValidationFailure('phone', failure ?? 'format', 'kk'),
    ru: ({ failure }) => describeValidationFailure('phone', failure ?? 'format', 'ru'),
    en: ({ failure }) => describeValidationFailure('phone', failure ?? 'format', 'en'),
  },
  'email-invalid': {
    kk: ({ failure }) => describeValidationFailure('email', failure ?? 'format', 'kk'),
    ru: ({ failure }) => describeValidationFailure('email', failure ?? 'format', 'ru'),
    en: ({ failure }) => describeValidationFailure('email', failure ?? 'format', 'en'),
  },
  'invalid-language': {
    kk: () => 'Тілді таңдаңыз: kk, ru немесе en.',
    ru: () => 'Выберите язык: kk, ru или en.',
    en: () => 'Choose a language: kk, ru or en.',
  },

  // ── Lifts (SPEC §3.3) ──
  'lift-until-required': {
    kk: () => 'Уақытша алып тастаудың аяқталу күнін көрсетіңіз.',
    ru: () => 'Укажите, до какого момента действует временное снятие.',
    en: () => 'Say when the temporary lift should end.',
  },
  'lift-until-not-allowed': {
    kk: () => 'Тұрақты алып тастаудың аяқталу күні болмайды. Мерзімі бар алып тастау үшін уақытшаны таңдаңыз.',
    ru: () => 'У постоянного снятия нет даты окончания. Если нужен срок, выберите временное снятие.',
    en: () => 'A permanent lift has no end date. For a lift with an end, choose a temporary one.',
  },
  'lift-from-in-past': {
    kk: () => 'Басталу уақыты өтіп кеткен. Қазіргі немесе болашақ уақытты таңдаңыз.',
    ru: () => 'Время начала уже прошло. Выберите текущий или будущий момент.',
    en: () => 'The start is in the past. Choose now or a later time.',
  },
  'lift-until-in-past': {
    kk: () => 'Аяқталу уақыты өтіп кеткен. Болашақтағы уақытты таңдаңыз.',
    ru: () => 'Время окончания уже прошло. Выберите момент в будущем.',
    en: () => 'The end is in the past. Choose a time in the future.',
  },
  'lift-until-before-from': {
    kk: () => 'Аяқталу уақыты басталу уақытынан кейін болуы керек.',
    ru: () => 'Окончание должно быть позже начала.',
    en: () => 'The end must come after the start.',
  },
  'lift-window-too-long': {
    kk: ({ maxDays }) => `Уақытша алып тастау ${maxDays} күннен аспайды. Ұзағырақ қажет болса, тұрақты алып тастауды таңдаңыз.`,
    ru: ({ maxDays }) => `Временное снятие длится не больше ${maxDays} дней. Если нужно дольше, выберите постоянное снятие.`,
    en: ({ maxDays }) => `A temporary lift lasts at most ${maxDays} days. If you need longer, choose a permanent lift.`,
  },
  'lift-ends-before-effective': {
    kk: ({ at }, language) => `Алып тастау тек ${when(at, language)} күшіне енеді, ал сіз таңдаған аяқталу уақыты одан ерте. Кейінірек аяқталу уақытын таңдаңыз.`,
    ru: ({ at }, language) => `Снятие вступит в силу только ${when(at, language)}, а выбранное окончание раньше. Выберите более позднее окончание.`,
    en: ({ at }, language) => `The lift would take effect only on ${when(at, language)}, and the end you chose comes before that. Choose a later end.`,
  },
  'lift-scope-conflict': {
    kk: () => 'Не барлық банктерді немесе МҚҰ-ларды, не БСН бойынша бір несие берушіні таңдаңыз — екеуін бірге емес.',
    ru: () => 'Выберите либо вид кредиторов (банки или МФО), либо одного кредитора по БИН — не оба сразу.',
    en: () => 'Choose either a kind of lender (banks or microfinance organisations) or one lender by its BIN, not both.',
  },
  'lift-quota-exceeded': {
    kk: ({ limit, days, at }, language) =>
      `${days} күн ішінде ең көбі ${limit} алып тастау сұрауына болады (бас тартылғандары да есептеледі). Келесі сұрауды ${when(at, language)} бастап жасауға болады.`,
    ru: ({ limit, days, at }, language) =>
      `За ${days} дней можно подать не больше ${limit} запросов на снятие (отменённые тоже считаются). Следующий запрос можно подать с ${when(at, language)}.`,
    en: ({ limit, days, at }, language) =>
      `You can ask for at most ${limit} lifts in ${days} days (cancelled ones count too). You can ask again from ${when(at, language)}.`,
  },
  'lift-not-found': {
    kk: () => 'Сізде мұндай алып тастау сұрауы жоқ.',
    ru: () => 'У вас нет такого запроса на снятие.',
    en: () => 'You have no such lift.',
  },
  'lift-over': {
    kk: () => 'Бұл алып тастаудың мерзімі аяқталды: шектеу қайтадан әрекет етеді, бас тартудың қажеті жоқ.',
    ru: () => 'Срок этого снятия уже истёк: ограничение снова действует, отменять нечего.',
    en: () => 'This lift is already over: the restriction applies again, there is nothing to cancel.',
  },

  // ── Disputes (SPEC §3.4) ──
  'dispute-breach-not-found': {
    kk: () => 'Деректеріңіз табылған мұндай ағып кету жоқ. Тек өз деректеріңіз бар ағып кетуге дау айта аласыз.',
    ru: () => 'Среди утечек с вашими данными такой нет. Оспорить можно только утечку, в которой есть ваши данные.',
    en: () => 'None of the breaches your data was found in has this id. You can dispute only a breach that contains your data.',
  },
  'dispute-already-open': {
    kk: () => 'Бұл ағып кету бойынша дауыңыз қаралуда. Шешімді күтіңіз.',
    ru: () => 'Ваш спор по этой утечке уже рассматривается. Дождитесь решения.',
    en: () => 'Your dispute about this breach is already being reviewed. Wait for the decision.',
  },

  // ── Protection by choice (SPEC §3.4) ──
  'protection-until-in-past': {
    kk: () => 'Қорғаудың аяқталу уақыты болашақта болуы керек.',
    ru: () => 'Окончание защиты должно быть в будущем.',
    en: () => 'The protection must end in the future.',
  },
  'protection-too-long': {
    kk: ({ maxDays }) => `Өз қалауыңызбен қорғау ең көбі ${maxDays} күнге қойылады.`,
    ru: ({ maxDays }) => `Защиту по своему выбору можно установить не больше чем на ${maxDays} дней.`,
    en: ({ maxDays }) => `Protection by choice lasts at most ${maxDays} days.`,
  },
} satisfies Record<string, Record<Language, Sentence>>;

export type CitizenMessageCode = keyof typeof CATALOGUE;

/** Codes whose message is about lifting: these also carry the scam warning (SPEC §3.3). */
const ABOUT_LIFTING = (Object.keys(CATALOGUE) as CitizenMessageCode[]).filter((code) => code.startsWith('lift-'));

export function isCitizenMessageCode(value: unknown): value is CitizenMessageCode {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}

/** A message in the making: its code and what it needs to be said. */
export interface CitizenMessage {
  code: CitizenMessageCode;
  parameters?: MessageParameters;
}

function citizenMessage(message: CitizenMessage, language: Language): string {
  return CATALOGUE[message.code][language](message.parameters ?? {}, language);
}

/** The problem's `detail`: the message, and for anything about lifting the scam warning after it. */
export function citizenDetail(message: CitizenMessage, language: Language): string {
  const sentence = citizenMessage(message, language);
  return ABOUT_LIFTING.includes(message.code) ? `${sentence} ${SCAM_WARNING[language]}` : sentence;
}

/**
 * The language a person asked for in `Accept-Language` (`ru-RU,ru;q=0.9,en;q=0.8`): the supported
 * language with the highest weight, Kazakh when none is supported or nothing was asked.
 */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  let best: { language: Language; weight: number } | null = null;
  for (const part of acceptLanguage.split(',')) {
    const [tag, ...options] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (!isOneOf(LANGUAGES, primary)) continue;
    const q = options.map((option) => option.trim()).find((option) => option.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (best === null || weight > best.weight) best = { language: primary, weight };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

const STATUS: Record<CitizenMessageCode, number> = {
  'invalid-request': 400,
  'field-required': 400,
  'unknown-field': 400,
  'invalid-date': 400,
  'invalid-lift-kind': 400,
  'invalid-lender-kind': 400,
  'invalid-dispute-reason': 400,
  'invalid-id': 400,
  'text-too-long': 400,
  'lender-bin-invalid': 400,
  'phone-invalid': 400,
  'email-invalid': 400,
  'invalid-language': 400,
  'lift-until-required': 400,
  'lift-until-not-allowed': 400,
  'lift-from-in-past': 400,
  'lift-until-in-past': 400,
  'lift-until-before-from': 400,
  'lift-window-too-long': 400,
  'lift-ends-before-effective': 400,
  'lift-scope-conflict': 400,
  'lift-quota-exceeded': 429,
  'lift-not-found': 404,
  'lift-over': 409,
  'dispute-breach-not-found': 404,
  'dispute-already-open': 409,
  'protection-until-in-past': 400,
  'protection-too-long': 400,
};

/**
 * A refusal of a citizen's request. `fields` names the fields at fault (the problem's `errors`).
 * Its words are English until the problem filter puts them in the person's language.
 */
export class CitizenProblem extends DomainException<CitizenMessageCode> {
  constructor(
    readonly reason: CitizenMessage,
    readonly fields: Record<string, CitizenMessage> = {},
    private readonly extra: Record<string, unknown> = {},
    readonly language: Language = 'en',
  ) {
    super(reason.code, STATUS[reason.code], citizenDetail(reason, language));
  }

  /** A 400 for fields at fault; its code is that of the first field's message. */
  static invalid(fields: Record<string, CitizenMessage>): CitizenProblem {
    const [first] = Object.values(fields);
    return new CitizenProblem(first ?? { code: 'invalid-request' }, fields);
  }

  /** The same refusal in `language`. */
  inLanguage(language: Language): CitizenProblem {
    return new CitizenProblem(this.reason, this.fields, this.extra, language);
  }

  override get extensions(): Record<string, unknown> {
    const errors = Object.entries(this.fields).map(([field, message]) => [field, citizenMessage(message, this.language)]);
    return { code: this.code, ...(errors.length > 0 ? { errors: Object.fromEntries(errors) } : {}), ...this.extra };
  }
}

const CITIZEN_FACING = Symbol('citizen-facing');

/**
 * Marks a request DTO of the citizen API: its validation messages are citizen-message codes
 * (`@IsIn(LIFT_KINDS, { message: 'invalid-lift-kind' })`), so the validation pipe refuses it as a
 * CitizenProblem, worded in the person's language; any other message becomes "invalid request".
 */
export function CitizenFacing(): ClassDecorator {
  return (target) => {
    Object.defineProperty(target, CITIZEN_FACING, { value: true });
  };
}

export function isCitizenFacing(type: unknown): boolean {
  return typeof type === 'function' && (type as unknown as Record<symbol, unknown>)[CITIZEN_FACING] === true;
}

/** A citizen DTO's field errors (`{field: message}`) as the refusal a person reads. */
export function citizenValidationProblem(errors: Record<string, string>): CitizenProblem {
  const fields = Object.entries(errors).map(([field, message]): [string, CitizenMessage] => [
    field,
    { code: isCitizenMessageCode(message) ? message : message === 'unknown field' ? 'unknown-field' : 'invalid-request' },
  ]);
  return CitizenProblem.invalid(Object.fromEntries(fields));
}
