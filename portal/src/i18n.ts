import { DEFAULT_LANGUAGE, LANGUAGES, isOneOf, type Language } from '@qorgau/shared';

/** The portal's texts in Kazakh (the default), Russian and English. */
export type Lang = Language;

export const DEFAULT_LANG: Lang = DEFAULT_LANGUAGE;
export const LANG_STORAGE_KEY = 'qorgau.portal.lang';

/** Each language is named in itself, so a reader finds theirs whatever is shown. */
export const LANGS: ReadonlyArray<{ code: Lang; name: string }> = [
  { code: 'kk', name: 'Қазақша' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
];

export const isLang = (value: unknown): value is Lang => isOneOf(LANGUAGES, value);

export interface PortalStrings {
  documentTitle: string;
  skipLink: string;
  brandTagline: string;
  languageLabel: string;
  nav: { label: string; home: string; breaches: string; stats: string; me: string };
  /** The way into the citizen area (/me), shown on the home page. */
  checkMyData: string;
  notFound: { title: string; text: string; home: string };
  ministry: string;
  hero: { title: string; lead: string; signIn: string; howItWorks: string };
  /** The warning text itself is SCAM_WARNING from @qorgau/shared, the same the API sends. */
  scam: { title: string; advice: string };
  about: { title: string; text: string[] };
  why: { title: string; text: string[] };
  restriction: { title: string; text: string[] };
  how: { title: string; steps: string[] };
  signIn: { title: string; text: string[] };
  footer: { regulators: string; banks: string; about: string };
}

export const STRINGS: Record<Lang, PortalStrings> = {
  kk: {
    documentTitle: 'Qorgau — ағып кеткен дербес деректер тізілімі',
    skipLink: 'Негізгі мазмұнға өту',
    brandTagline: 'Ағып кеткен дербес деректер тізілімі',
    languageLabel: 'Тіл',
    nav: { label: 'Негізгі мәзір', home: 'Басты бет', breaches: 'Ағып кетулер', stats: 'Статистика', me: 'Менің деректерім' },
    checkMyData: 'Деректерімді тексеру',
    notFound: { title: 'Бет табылмады', text: 'Сұралған бет жоқ немесе жойылған.', home: 'Басты бетке оралу' },
    ministry: 'Қазақстан Республикасының Цифрлық даму министрлігі',
    hero: {
      title: 'Атыңызға рәсімделетін несиелерден қорғаныңыз',
      lead:
        'Qorgau — ағып кеткен дербес деректердің ұлттық тізілімі. Деректеріңіз қандай да бір компаниядан ағып кетсе, ' +
        'алаяқтар пайдалана алмауы үшін тізілім сіздің атыңызға жаңа несиелер мен микронесиелер беруді уақытша шектейді.',
      signIn: 'eGov арқылы кіру',
      howItWorks: 'Бұл қалай жұмыс істейді',
    },
    scam: {
      title: 'Шектеуді ешқашан біреудің өтініші бойынша алмаңыз',
      advice: 'Шектеуді тек өзіңіз және тек несие алатын кезде ғана алыңыз.',
    },
    about: {
      title: 'Qorgau дегеніміз не',
      text: [
        'Qorgau — Цифрлық даму министрлігі жүргізетін тізілім. Онда азаматтардың дербес деректері дүкеннен, байланыс ' +
          'операторынан, жеткізу қызметінен немесе мемлекеттік сайттан ағып кеткен әрбір оқиға және оған жол берген компания тіркеледі.',
        'Банктер мен микроқаржы ұйымдары несие бермес бұрын тізілімді тексереді.',
      ],
    },
    why: {
      title: 'Деректердің ағып кетуі неліктен қауіпті',
      text: [
        'Атыңызды, ЖСН-іңізді және телефон нөміріңізді білетін алаяқтар банк немесе полиция атынан қоңырау шалып, ' +
          'SMS-кодтарды сұрап алады да, сіздің атыңызға несиелер мен микронесиелер рәсімдейді.',
        'Мұндай қарыз туралы адам көбіне коллекторлар хабарласқанда ғана біледі.',
      ],
    },
    restriction: {
      title: 'Деректеріңіз ағып кетсе не болады',
      text: [
        'Министрлік деректердің ағып кетуін растағанда, ЖСН-і сол оқиғада анықталған әр адамға жаңа банк несиелері мен ' +
          'микронесиелерді алуға уақытша шектеу қойылады — әдетте 90 күнге. Әр банк пен микроқаржы ұйымы несие бермес бұрын осы шектеуді тексереді.',
        'Шектеу тек жаңа несиелерге қатысты: карталарыңыз, депозиттеріңіз және бұрын алынған несиелеріңіз бұрынғыша жұмыс істейді.',
        'Шектеу бірден қойылады, ал оны алу кідіріспен (әдетте 24 сағаттан кейін) күшіне енеді — ешкім сізді сол сағатта несие алуға көндіре алмауы үшін.',
      ],
    },
    how: {
      title: 'Өзіңізді қалай тексеруге және шектеуді қалай алуға болады',
      steps: [
        'Электрондық үкімет порталы eGov арқылы ЭЦҚ немесе бір реттік кодпен кіріңіз.',
        'Деректеріңіз ағып кеткен-кетпегенін, қай оқиғада екенін, шектеу бар-жоғын және оны қай банктер тексергенін көріңіз.',
        'Несие қажет болса, шектеуді алуға өтінім беріңіз: 30 күнге дейінгі мерзімге немесе біржола, барлық кредиторлар үшін ' +
          'немесе бір ғана банк үшін. Ол күту кезеңінен кейін күшіне енеді; өтінімді кез келген уақытта тоқтатсаңыз, қорғау бірден қайта қосылады.',
        'Деректер сіздікі болмаса, дау айтыңыз: маман өтінішіңізді тексеріп, шешімін түсіндіреді.',
        'Қорғауды ұзартуға да болады: шектеуді ұзартыңыз немесе оны бір жылға дейін өз еркіңізбен қойыңыз.',
      ],
    },
    signIn: {
      title: 'eGov арқылы кіру',
      text: [
        'Qorgau-да азаматтарға арналған жеке құпиясөз жоқ. Сіз электрондық үкімет порталы eGov (egov.kz) арқылы ЭЦҚ немесе ' +
          'бір реттік кодпен кіресіз, ал Qorgau одан тек ЖСН-іңізді алады.',
        'Бірдеңе енгізбес бұрын мекенжай жолында eGov-тың ресми сайты ашылғанына көз жеткізіңіз.',
      ],
    },
    footer: {
      regulators: 'Реттеушілерге: басқару кабинеті',
      banks: 'Банктер мен микроқаржы ұйымдарына: API',
      about: 'Qorgau — ағып кеткен дербес деректер тізілімі.',
    },
  },
  ru: {
    documentTitle: 'Qorgau — реестр скомпрометированных персональных данных',
    skipLink: 'Перейти к основному содержанию',
    brandTagline: 'Реестр скомпрометированных персональных данных',
    languageLabel: 'Язык',
    nav: { label: 'Главное меню', home: 'Главная', breaches: 'Утечки', stats: 'Статистика', me: 'Мои данные' },
    checkMyData: 'Проверить мои данные',
    notFound: { title: 'Страница не найдена', text: 'Такой страницы нет или она удалена.', home: 'На главную' },
    ministry: 'Министерство цифрового развития Республики Казахстан',
    hero: {
      title: 'Защитите себя от кредитов, оформленных на ваше имя',
      lead:
        'Qorgau — национальный реестр скомпрометированных персональных данных. Если ваши данные утекли из какой-либо ' +
        'компании, реестр временно ограничивает выдачу новых кредитов и микрокредитов на ваше имя, чтобы мошенники не смогли их получить.',
      signIn: 'Войти через eGov',
      howItWorks: 'Как это работает',
    },
    scam: {
      title: 'Никогда не снимайте ограничение по чьей-то просьбе',
      advice: 'Снимайте ограничение только сами и только когда берёте кредит.',
    },
    about: {
      title: 'Что такое Qorgau',
      text: [
        'Qorgau — реестр, который ведёт Министерство цифрового развития. В нём учитывается каждая утечка — когда персональные ' +
          'данные граждан утекают из магазина, у оператора связи, из службы доставки или с государственного сайта, — и компания, допустившая её.',
        'Банки и микрофинансовые организации проверяют реестр перед выдачей кредита.',
      ],
    },
    why: {
      title: 'Чем опасна утечка',
      text: [
        'Зная ваше имя, ИИН и номер телефона, мошенники звонят от имени банка или полиции, выпытывают коды из SMS ' +
          'и оформляют на вас кредиты и микрокредиты.',
        'О таком долге человек нередко узнаёт, только когда ему звонят коллекторы.',
      ],
    },
    restriction: {
      title: 'Что происходит, если ваши данные утекли',
      text: [
        'Когда министерство подтверждает утечку, всем, чей ИИН в ней оказался, временно ограничивается получение новых ' +
          'банковских кредитов и микрокредитов — обычно на 90 дней. Каждый банк и каждая МФО проверяет это ограничение перед выдачей.',
        'Ограничение касается только новых кредитов: ваши карты, депозиты и уже оформленные кредиты работают как прежде.',
        'Ограничение вводится сразу, а снятие вступает в силу с задержкой (обычно через 24 часа) — чтобы никто не смог уговорить вас взять кредит в тот же час.',
      ],
    },
    how: {
      title: 'Как проверить себя и снять ограничение',
      steps: [
        'Войдите через eGov — портал электронного правительства — с помощью ЭЦП или одноразового кода.',
        'Посмотрите, утекали ли ваши данные и в какой утечке, действует ли ограничение и какие банки его проверяли.',
        'Если вам нужен кредит, подайте заявку на снятие ограничения: на срок до 30 дней или бессрочно, для всех кредиторов ' +
          'или для одного банка. Снятие вступает в силу после периода ожидания; отмените заявку в любой момент — и защита сразу вернётся.',
        'Если данные не ваши, оспорьте их: специалист проверит обращение и объяснит решение.',
        'Защиту можно и продлить: продлите ограничение или установите его добровольно на срок до года.',
      ],
    },
    signIn: {
      title: 'Вход через eGov',
      text: [
        'У Qorgau нет отдельных паролей для граждан. Вы входите через портал электронного правительства eGov (egov.kz) ' +
          'с помощью ЭЦП или одноразового кода, и Qorgau получает от него только ваш ИИН.',
        'Прежде чем что-либо вводить, убедитесь, что в адресной строке открыт официальный сайт eGov.',
      ],
    },
    footer: {
      regulators: 'Для регуляторов: служебный кабинет',
      banks: 'Для банков и МФО: API',
      about: 'Qorgau — реестр скомпрометированных персональных данных.',
    },
  },
  en: {
    documentTitle: 'Qorgau — registry of compromised personal data',
    skipLink: 'Skip to main content',
    brandTagline: 'Registry of compromised personal data',
    languageLabel: 'Language',
    nav: { label: 'Main menu', home: 'Home', breaches: 'Breaches', stats: 'Statistics', me: 'My data' },
    checkMyData: 'Check my data',
    notFound: { title: 'Page not found', text: 'This page does not exist or has been removed.', home: 'Back to the home page' },
    ministry: 'Ministry of Digital Development of the Republic of Kazakhstan',
    hero: {
      title: 'Protect yourself from loans taken in your name',
      lead:
        'Qorgau is the national registry of compromised personal data. When your data leaks from a company, the registry ' +
        'temporarily restricts new loans and microcredits in your name, so that fraudsters cannot take them.',
      signIn: 'Sign in with eGov',
      howItWorks: 'How it works',
    },
    scam: {
      title: 'Never lift the restriction because someone asked you to',
      advice: 'Lift the restriction only yourself, and only when you are about to take a loan.',
    },
    about: {
      title: 'What Qorgau is',
      text: [
        'Qorgau is a registry run by the Ministry of Digital Development. It records every data breach — when citizens’ ' +
          'personal data leaks from a shop, a telecom operator, a delivery service or a government website — and the company responsible for it.',
        'Banks and microfinance organisations check the registry before they lend.',
      ],
    },
    why: {
      title: 'Why a leak matters',
      text: [
        'Knowing your name, IIN and phone number, fraudsters call pretending to be your bank or the police, talk you into ' +
          'reading out SMS codes, and take loans and microcredits in your name.',
        'People often learn about such a debt only when debt collectors call.',
      ],
    },
    restriction: {
      title: 'What happens when your data has leaked',
      text: [
        'Once the ministry confirms a breach, everyone whose IIN leaked in it is temporarily restricted from obtaining new ' +
          'bank loans and microcredits, usually for 90 days. Every bank and microfinance organisation checks this restriction before lending.',
        'The restriction concerns new loans only: your cards, deposits and existing loans keep working as before.',
        'The restriction starts at once, while lifting it takes effect after a delay (usually 24 hours), so that nobody can talk you into a loan within the hour.',
      ],
    },
    how: {
      title: 'How to check yourself and lift the restriction',
      steps: [
        'Sign in through eGov, the e-government portal, with your digital signature or a one-time code.',
        'See whether your data has leaked and in which breach, whether you are restricted, and which banks checked it.',
        'If you need a loan, ask to lift the restriction: for up to 30 days or permanently, for all lenders or for one bank. ' +
          'The lift takes effect after a waiting period; cancel it at any time and the protection returns at once.',
        'If the data is not yours, dispute it: a reviewer checks your request and explains the decision.',
        'You can also stay protected for longer: extend the restriction, or place one voluntarily for up to a year.',
      ],
    },
    signIn: {
      title: 'Sign in through eGov',
      text: [
        'Qorgau has no passwords of its own for citizens. You sign in through the e-government portal eGov (egov.kz) with ' +
          'your digital signature or a one-time code, and Qorgau learns only your IIN from it.',
        'Before you enter anything, make sure the address bar shows the official eGov site.',
      ],
    },
    footer: {
      regulators: 'For regulators: back office',
      banks: 'For banks and microfinance organisations: API',
      about: 'Qorgau — registry of compromised personal data.',
    },
  },
};
