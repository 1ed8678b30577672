import type { DisputeReason, DisputeStatus, LiftStatus, NotificationChannel } from '@qorgau/shared';
import type { Lang } from '../i18n';

/** The citizen area's texts in Kazakh (the default), Russian and English. */
export interface CitizenMessages {
  nav: { label: string; home: string; inquiries: string; lifts: string; disputes: string; protection: string; contacts: string; signOut: string };
  signIn: { title: string; lead: string; button: string; development: string; failed: string; completing: string; unavailable: string };
  loading: string;
  retry: string;
  loadFailed: string;
  home: {
    title: string;
    restricted: (until: string) => string;
    restrictedExplained: string;
    notRestricted: string;
    notRestrictedExplained: string;
    breachesTitle: string;
    noBreaches: string;
    company: string;
    reported: string;
    occurred: string;
    leaked: string;
    adviceTitle: string;
    dispute: string;
    fineScamTitle: string;
    fineScam: string;
    lateReport: string;
  };
  inquiries: { title: string; lead: string; none: string; bank: string; bin: string; purpose: string; time: string; result: string; purposes: Record<'loan' | 'microcredit', string>; restricted: string; notRestricted: string; alert: InquiryAlertMessages };
  lifts: {
    title: string;
    lead: string;
    newLift: string;
    none: string;
    status: Record<LiftStatus, string>;
    kindTemporary: string;
    kindPermanent: string;
    scopeAll: string;
    scopeBank: string;
    scopeMfo: string;
    scopeLender: (bin: string) => string;
    window: (from: string, until: string) => string;
    effectiveAt: (at: string) => string;
    countdown: string;
    cancel: string;
    cancelled: string;
    reviewerCancelled: string;
    formTitle: string;
    kindLegend: string;
    temporaryHint: string;
    permanentHint: string;
    from: string;
    fromHint: string;
    until: string;
    scopeLegend: string;
    lenderBin: string;
    coolingOff: (duration: string) => string;
    confirm: string;
    submit: string;
    created: string;
  };
  disputes: {
    title: string;
    lead: string;
    none: string;
    formTitle: (breach: string) => string;
    reasonLegend: string;
    reasons: Record<DisputeReason, string>;
    text: string;
    submit: string;
    created: string;
    status: Record<DisputeStatus, string>;
    decision: string;
    filed: string;
  };
  protection: { title: string; lead: string; until: string; submit: string; done: string; current: (until: string) => string; none: string };
  contacts: {
    title: string;
    lead: string;
    never: string;
    email: string;
    emailHint: string;
    phone: string;
    phoneHint: string;
    suggested: string;
    language: string;
    save: string;
    saved: string;
    remove: string;
    removed: string;
    nothingSaved: string;
  };
  scamTitle: string;
  /** Units of time by plural category (Intl.PluralRules): browsers lack Kazakh unit names. */
  units: Record<TimeUnit, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
}

/** How the person was told of a lender's check, on the list of checks. */
export interface InquiryAlertMessages {
  title: string;
  channels: Record<NotificationChannel, string>;
  delivered: (at: string) => string;
  pending: string;
  parked: string;
  notSent: string;
  text: string;
  none: string;
  addContacts: string;
}

export type TimeUnit = 'day' | 'hour' | 'minute' | 'second';

export const MESSAGES: Record<Lang, CitizenMessages> = {
  kk: {
    nav: { label: 'Жеке кабинет', home: 'Менің жағдайым', inquiries: 'Кім тексерді', lifts: 'Шектеуді алу', disputes: 'Шағымдар', protection: 'Қорғанысты ұзарту', contacts: 'Сізбен байланыс', signOut: 'Шығу' },
    signIn: {
      title: 'Жеке кабинетке кіру',
      lead: 'Деректеріңіз ағып кеткенін, шектеуіңізді және сіз туралы кім сұрағанын көру үшін eGov арқылы кіріңіз.',
      button: 'eGov арқылы кіру',
      development: 'Әзірлеу ортасы: сынақ сәйкестендіру провайдері қолданылады.',
      failed: 'Кіру сәтсіз аяқталды. Қайталап көріңіз.',
      completing: 'Кіру аяқталуда…',
      unavailable: 'Кіру қазір қолжетімсіз.',
    },
    loading: 'Жүктелуде…',
    retry: 'Қайталау',
    loadFailed: 'Деректерді жүктеу мүмкін болмады.',
    home: {
      title: 'Менің жағдайым',
      restricted: (until) => `Сізге ${until} дейін жаңа несиелер мен микронесиелер берілмейді.`,
      restrictedExplained:
        'Деректеріңіз ағып кеткендіктен, алаяқтар сіздің атыңызға несие ала алмауы үшін тізілім банктер мен МҚҰ-ларға шектеу туралы хабарлайды. Несие қажет болса, шектеуді өзіңіз уақытша ала аласыз.',
      notRestricted: 'Сізге шектеу жоқ: банктер мен МҚҰ-лар несие бере алады.',
      notRestrictedExplained: 'Деректеріңіз жаңа ағып кетуде табылса, шектеу бірден қойылады.',
      breachesTitle: 'Деректеріңіз табылған ағып кетулер',
      noBreaches: 'Расталған ағып кетулерде ЖСН-іңіз табылған жоқ.',
      company: 'Компания',
      reported: 'Хабарланған күні',
      occurred: 'Болған күні',
      leaked: 'Не ағып кетті',
      adviceTitle: 'Не істеу керек',
      dispute: 'Бұл менің деректерім емес — шағым беру',
      fineScamTitle: '«Айыппұлды тексеру» алаяқтығы',
      fineScam:
        'Кез келген ЖСН үшін айыппұл көрсететін жалған сайттар бар. Айыппұлдарды тек eGov немесе ресми қосымшалар арқылы тексеріңіз, SMS-сілтеме арқылы төлемеңіз.',
      lateReport: 'Компания ағып кету туралы кеш хабарлады',
    },
    inquiries: {
      title: 'Сіз туралы кім сұрады',
      lead: 'Несие беру алдында банк немесе МҚҰ шектеуді тексерген сайын жазба қалады. Танымайтын тексеру болса, бұл алаяқтардың әрекеті болуы мүмкін.',
      none: 'Сіз туралы әзірге ешкім сұрамаған.',
      bank: 'Банк немесе МҚҰ',
      bin: 'БСН',
      purpose: 'Мақсаты',
      time: 'Уақыты',
      result: 'Жауап',
      purposes: { loan: 'Несие', microcredit: 'Микронесие' },
      restricted: 'Шектеу бар',
      notRestricted: 'Шектеу жоқ',
      alert: {
        title: 'Хабарлама',
        channels: { webhook: 'SMS немесе eGov хабарламасы', email: 'Электрондық пошта', none: 'Арна жоқ' },
        delivered: (at) => `Жеткізілді, ${at}`,
        pending: 'Жіберілуде',
        parked: 'Жеткізу мүмкін болмады',
        notSent: 'Жіберілмеді: жеткізу арнасы бапталмаған',
        text: 'Хабарламаның мәтіні',
        none: 'Хабарлама жіберілмеді: бізде сізбен байланыс деректері болмады.',
        addContacts: 'Байланыс деректерін қосу',
      },
    },
    lifts: {
      title: 'Шектеуді алу',
      lead: 'Несие алғыңыз келсе, шектеуді белгілі бір мерзімге немесе біржола алуға болады. Алу бірден емес, күту кезеңінен кейін күшіне енеді.',
      newLift: 'Шектеуді алуды сұрау',
      none: 'Сіз шектеуді алуды сұраған жоқсыз.',
      status: { pending: 'Күтуде', effective: 'Күшінде', cancelled: 'Болдырылмады', expired: 'Мерзімі өтті' },
      kindTemporary: 'Уақытша',
      kindPermanent: 'Біржола',
      scopeAll: 'Барлық банктер мен МҚҰ-лар үшін',
      scopeBank: 'Тек банктер үшін',
      scopeMfo: 'Тек МҚҰ-лар үшін',
      scopeLender: (bin) => `Бір ұйым үшін (БСН ${bin})`,
      window: (from, until) => `${from} — ${until}`,
      effectiveAt: (at) => `Күшіне енеді: ${at}`,
      countdown: 'Күшіне енгенге дейін',
      cancel: 'Болдырмау — қорғанысты қазір қалпына келтіру',
      cancelled: 'Сұрау болдырылмады, қорғаныс қалпына келтірілді.',
      reviewerCancelled: 'Тексеруші алаяқтық күдігімен болдырмады:',
      formTitle: 'Шектеуді алуды сұрау',
      kindLegend: 'Қандай алу керек?',
      temporaryHint: 'Көрсетілген күндерде ғана (30 күнге дейін), содан кейін қорғаныс өзі қайтады.',
      permanentHint: 'Қазіргі шектеулер біржола алынады; жаңа ағып кету қайта шектейді.',
      from: 'Басталуы',
      fromHint: 'Бос қалдырсаңыз — күту кезеңі аяқталған соң.',
      until: 'Аяқталуы',
      scopeLegend: 'Кім үшін алу керек?',
      lenderBin: 'Ұйымның БСН-і',
      coolingOff: (duration) => `Алу сұрағаннан кейін кемінде ${duration} өткен соң ғана күшіне енеді. Осы уақытта оны бір батырмамен болдырмауға болады.`,
      confirm: 'Мұны ешкім сұраған жоқ: шешімді өзім қабылдадым',
      submit: 'Алуды сұрау',
      created: 'Сұрау қабылданды. Ол күшіне енгенге дейін кез келген уақытта болдырмауға болады.',
    },
    disputes: {
      title: 'Шағымдар',
      lead: 'Ағып кетуде табылған деректер сіздікі болмаса, шағым беріңіз. Тексеруші шешім қабылдап, оны түсіндіреді.',
      none: 'Сіз шағым берген жоқсыз.',
      formTitle: (breach) => `Шағым: ${breach}`,
      reasonLegend: 'Себебі',
      reasons: { not_mine: 'Бұл менің деректерім емес', never_customer: 'Мен бұл компанияның клиенті болған емеспін', other: 'Басқа себеп' },
      text: 'Түсіндірме',
      submit: 'Шағым жіберу',
      created: 'Шағым жіберілді.',
      status: { open: 'Қаралуда', accepted: 'Қанағаттандырылды', rejected: 'Қабылданбады' },
      decision: 'Тексерушінің түсіндірмесі',
      filed: 'Берілген күні',
    },
    protection: {
      title: 'Қорғанысты ұзарту',
      lead: 'Жаңа несиелерге тыйымды өзіңіз қоя немесе ұзарта аласыз — бір жылға дейін. Оны алу да күту кезеңі арқылы өтеді.',
      until: 'Қорғаныс мерзімі',
      submit: 'Қорғанысты қою',
      done: 'Қорғаныс қойылды.',
      current: (until) => `Қазіргі шектеу ${until} дейін.`,
      none: 'Қазір шектеу жоқ.',
    },
    contacts: {
      title: 'Сізбен қалай байланысамыз',
      lead: 'Банк немесе МҚҰ сізді тексерген сайын, шектеуді алу сұралғанда немесе шағым шешілгенде бірден хабарлаймыз — SMS, eGov хабарламасы немесе электрондық пошта арқылы.',
      never: 'Qorgau ешқашан сілтеме жібермейді және код сұрамайды. Сілтемесі бар немесе код сұрайтын хабарлама бізден емес.',
      email: 'Электрондық пошта',
      emailHint: 'Мысалы: aigerim@mail.kz. Бос қалдырсаңыз, пошта арқылы жазбаймыз.',
      phone: 'Телефон нөмірі',
      phoneHint: 'Қазақстандық ұялы нөмір, мысалы +7 701 123 4567. Бос қалдырсаңыз, SMS жібермейміз.',
      suggested: 'eGov профиліңізден ұсынылды: тексеріп, сақтаңыз.',
      language: 'Хабарламалар тілі',
      save: 'Сақтау',
      saved: 'Сақталды. Енді сізге бірден хабарлаймыз.',
      remove: 'Байланыс деректерін жою',
      removed: 'Жойылды. Енді сізге хабарлама жібермейміз.',
      nothingSaved: 'Әзірге ештеңе сақталмаған: сізге хабарлама жібермейміз.',
    },
    scamTitle: 'Назар аударыңыз',
    units: { day: { other: 'күн' }, hour: { other: 'сағат' }, minute: { other: 'минут' }, second: { other: 'секунд' } },
  },
  ru: {
    nav: { label: 'Личный кабинет', home: 'Моё положение', inquiries: 'Кто проверял', lifts: 'Снять ограничение', disputes: 'Жалобы', protection: 'Продлить защиту', contacts: 'Как с вами связаться', signOut: 'Выйти' },
    signIn: {
      title: 'Вход в личный кабинет',
      lead: 'Войдите через eGov, чтобы увидеть, утекли ли ваши данные, ваше ограничение и кто о вас спрашивал.',
      button: 'Войти через eGov',
      development: 'Среда разработки: используется тестовый поставщик удостоверений.',
      failed: 'Войти не удалось. Попробуйте ещё раз.',
      completing: 'Завершаем вход…',
      unavailable: 'Вход сейчас недоступен.',
    },
    loading: 'Загрузка…',
    retry: 'Повторить',
    loadFailed: 'Не удалось загрузить данные.',
    home: {
      title: 'Моё положение',
      restricted: (until) => `До ${until} вам не выдадут новые кредиты и микрокредиты.`,
      restrictedExplained:
        'Ваши данные утекли, поэтому реестр сообщает банкам и МФО об ограничении, чтобы мошенники не взяли кредит на ваше имя. Если кредит нужен вам, ограничение можно снять самому на время.',
      notRestricted: 'Ограничений нет: банки и МФО могут выдать вам кредит.',
      notRestrictedExplained: 'Если ваши данные найдут в новой утечке, ограничение появится сразу.',
      breachesTitle: 'Утечки, в которых нашли ваши данные',
      noBreaches: 'В подтверждённых утечках ваш ИИН не найден.',
      company: 'Компания',
      reported: 'Сообщено',
      occurred: 'Произошла',
      leaked: 'Что утекло',
      adviceTitle: 'Что делать',
      dispute: 'Это не мои данные — подать жалобу',
      fineScamTitle: 'Мошенничество с «проверкой штрафов»',
      fineScam:
        'Существуют поддельные сайты, которые показывают штраф для любого ИИН. Проверяйте штрафы только через eGov или официальные приложения и не платите по ссылкам из SMS.',
      lateReport: 'Компания сообщила об утечке с опозданием',
    },
    inquiries: {
      title: 'Кто о вас спрашивал',
      lead: 'Каждый раз, когда банк или МФО проверяет ограничение перед выдачей кредита, остаётся запись. Незнакомая проверка может означать, что кредит пытаются взять мошенники.',
      none: 'О вас пока никто не спрашивал.',
      bank: 'Банк или МФО',
      bin: 'БИН',
      purpose: 'Цель',
      time: 'Время',
      result: 'Ответ',
      purposes: { loan: 'Кредит', microcredit: 'Микрокредит' },
      restricted: 'Ограничение есть',
      notRestricted: 'Ограничения нет',
      alert: {
        title: 'Оповещение',
        channels: { webhook: 'SMS или уведомление eGov', email: 'Электронная почта', none: 'Нет канала' },
        delivered: (at) => `Доставлено ${at}`,
        pending: 'Отправляется',
        parked: 'Не удалось доставить',
        notSent: 'Не отправлено: канал доставки не настроен',
        text: 'Текст оповещения',
        none: 'Оповещение не отправлялось: у нас не было ваших контактов.',
        addContacts: 'Указать контакты',
      },
    },
    lifts: {
      title: 'Снять ограничение',
      lead: 'Если вы хотите взять кредит, ограничение можно снять на время или насовсем. Снятие вступает в силу не сразу, а после периода ожидания.',
      newLift: 'Попросить снять ограничение',
      none: 'Вы не просили снять ограничение.',
      status: { pending: 'Ожидает', effective: 'Действует', cancelled: 'Отменено', expired: 'Истекло' },
      kindTemporary: 'Временно',
      kindPermanent: 'Насовсем',
      scopeAll: 'Для всех банков и МФО',
      scopeBank: 'Только для банков',
      scopeMfo: 'Только для МФО',
      scopeLender: (bin) => `Для одной организации (БИН ${bin})`,
      window: (from, until) => `${from} — ${until}`,
      effectiveAt: (at) => `Вступит в силу: ${at}`,
      countdown: 'До вступления в силу',
      cancel: 'Отменить — вернуть защиту сейчас',
      cancelled: 'Запрос отменён, защита восстановлена.',
      reviewerCancelled: 'Отменено проверяющим из-за подозрения на мошенничество:',
      formTitle: 'Запрос на снятие ограничения',
      kindLegend: 'Какое снятие нужно?',
      temporaryHint: 'Только на выбранные даты (до 30 дней), затем защита вернётся сама.',
      permanentHint: 'Текущие ограничения снимаются насовсем; новая утечка снова ограничит.',
      from: 'Начало',
      fromHint: 'Если оставить пустым — сразу после периода ожидания.',
      until: 'Окончание',
      scopeLegend: 'Для кого снять?',
      lenderBin: 'БИН организации',
      coolingOff: (duration) => `Снятие вступит в силу не раньше чем через ${duration} после запроса. До этого его можно отменить одной кнопкой.`,
      confirm: 'Никто меня об этом не просит: я решил(а) сам(а)',
      submit: 'Попросить снять',
      created: 'Запрос принят. До вступления в силу его можно отменить в любой момент.',
    },
    disputes: {
      title: 'Жалобы',
      lead: 'Если данные из утечки не ваши, подайте жалобу. Проверяющий примет решение и объяснит его.',
      none: 'Вы не подавали жалоб.',
      formTitle: (breach) => `Жалоба: ${breach}`,
      reasonLegend: 'Причина',
      reasons: { not_mine: 'Это не мои данные', never_customer: 'Я никогда не был(а) клиентом этой компании', other: 'Другая причина' },
      text: 'Пояснение',
      submit: 'Отправить жалобу',
      created: 'Жалоба отправлена.',
      status: { open: 'На рассмотрении', accepted: 'Удовлетворена', rejected: 'Отклонена' },
      decision: 'Пояснение проверяющего',
      filed: 'Подана',
    },
    protection: {
      title: 'Продлить защиту',
      lead: 'Вы можете сами поставить или продлить запрет на новые кредиты — до одного года. Снимается он тоже через период ожидания.',
      until: 'Защита до',
      submit: 'Поставить защиту',
      done: 'Защита установлена.',
      current: (until) => `Текущее ограничение до ${until}.`,
      none: 'Сейчас ограничения нет.',
    },
    contacts: {
      title: 'Как с вами связаться',
      lead: 'Мы сразу сообщим, когда банк или МФО проверит вас, когда запросят снятие ограничения или решат вашу жалобу — по SMS, уведомлением eGov или по электронной почте.',
      never: 'Qorgau никогда не присылает ссылок и не просит кодов. Сообщение со ссылкой или просьбой назвать код — не от нас.',
      email: 'Электронная почта',
      emailHint: 'Например, aigerim@mail.kz. Оставьте пустым — писать на почту не будем.',
      phone: 'Номер телефона',
      phoneHint: 'Казахстанский мобильный номер, например +7 701 123 4567. Оставьте пустым — SMS не будет.',
      suggested: 'Взято из вашего профиля eGov: проверьте и сохраните.',
      language: 'Язык сообщений',
      save: 'Сохранить',
      saved: 'Сохранено. Теперь мы сообщим вам сразу.',
      remove: 'Удалить мои контакты',
      removed: 'Удалено. Мы больше не будем присылать вам сообщения.',
      nothingSaved: 'Пока ничего не сохранено: сообщений вам не будет.',
    },
    scamTitle: 'Внимание',
    units: {
      day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
      hour: { one: 'час', few: 'часа', many: 'часов', other: 'часа' },
      minute: { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' },
      second: { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' },
    },
  },
  en: {
    nav: { label: 'My account', home: 'My status', inquiries: 'Who checked me', lifts: 'Lift the restriction', disputes: 'Disputes', protection: 'Extend protection', contacts: 'How we reach you', signOut: 'Sign out' },
    signIn: {
      title: 'Sign in to your account',
      lead: 'Sign in with eGov to see whether your data leaked, your restriction and who asked about you.',
      button: 'Sign in with eGov',
      development: 'Development setup: a test identity provider is used.',
      failed: 'Signing in failed. Please try again.',
      completing: 'Signing you in…',
      unavailable: 'Signing in is not available right now.',
    },
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'Your data could not be loaded.',
    home: {
      title: 'My status',
      restricted: (until) => `Until ${until}, no bank or MFO may give you a new loan or microcredit.`,
      restrictedExplained:
        'Your data leaked, so the registry tells banks and MFOs you are restricted: fraudsters cannot take a loan in your name. If you need a loan yourself, you can lift the restriction for a while.',
      notRestricted: 'You are not restricted: banks and MFOs may lend to you.',
      notRestrictedExplained: 'If your data turns up in a new breach, you are restricted at once.',
      breachesTitle: 'Breaches your data was found in',
      noBreaches: 'Your IIN was not found in any confirmed breach.',
      company: 'Company',
      reported: 'Reported',
      occurred: 'Happened',
      leaked: 'What leaked',
      adviceTitle: 'What to do',
      dispute: 'This is not my data — dispute it',
      fineScamTitle: 'The “fine check” scam',
      fineScam:
        'Fake sites show a fine for any IIN you type. Check fines only on eGov or in official apps, and never pay through a link sent by SMS.',
      lateReport: 'The company reported the breach late',
    },
    inquiries: {
      title: 'Who asked about you',
      lead: 'Each time a bank or MFO checks your restriction before lending, it is recorded. A check you do not recognise may mean fraudsters are trying to borrow in your name.',
      none: 'Nobody has asked about you yet.',
      bank: 'Bank or MFO',
      bin: 'BIN',
      purpose: 'Purpose',
      time: 'Time',
      result: 'Answer',
      purposes: { loan: 'Loan', microcredit: 'Microcredit' },
      restricted: 'Restricted',
      notRestricted: 'Not restricted',
      alert: {
        title: 'Alert',
        channels: { webhook: 'SMS or eGov notification', email: 'E-mail', none: 'No channel' },
        delivered: (at) => `Delivered ${at}`,
        pending: 'Being sent',
        parked: 'Could not be delivered',
        notSent: 'Not sent: no delivery channel is set up',
        text: 'What the alert said',
        none: 'No alert was sent: we had no way to reach you.',
        addContacts: 'Tell us how to reach you',
      },
    },
    lifts: {
      title: 'Lift the restriction',
      lead: 'If you want a loan, you can lift the restriction for a while or for good. A lift takes effect only after a cooling-off period, not at once.',
      newLift: 'Ask to lift the restriction',
      none: 'You have not asked to lift the restriction.',
      status: { pending: 'Pending', effective: 'In effect', cancelled: 'Cancelled', expired: 'Expired' },
      kindTemporary: 'Temporary',
      kindPermanent: 'Permanent',
      scopeAll: 'For all banks and MFOs',
      scopeBank: 'For banks only',
      scopeMfo: 'For MFOs only',
      scopeLender: (bin) => `For one lender (BIN ${bin})`,
      window: (from, until) => `${from} – ${until}`,
      effectiveAt: (at) => `Takes effect: ${at}`,
      countdown: 'Takes effect in',
      cancel: 'Cancel — restore my protection now',
      cancelled: 'The request is cancelled and your protection is back.',
      reviewerCancelled: 'Cancelled by a reviewer who suspected fraud:',
      formTitle: 'Ask to lift the restriction',
      kindLegend: 'What kind of lift?',
      temporaryHint: 'Only for the dates you choose (up to 30 days); then the protection comes back by itself.',
      permanentHint: 'Ends your current restrictions for good; a new breach restricts you again.',
      from: 'From',
      fromHint: 'Leave empty to start as soon as the cooling-off ends.',
      until: 'Until',
      scopeLegend: 'For which lenders?',
      lenderBin: 'The lender’s BIN',
      coolingOff: (duration) => `The lift takes effect no sooner than ${duration} after you ask. Until then you can cancel it with one click.`,
      confirm: 'Nobody is asking me to do this: it is my own decision',
      submit: 'Ask to lift',
      created: 'Your request is in. You can cancel it at any time until it takes effect.',
    },
    disputes: {
      title: 'Disputes',
      lead: 'If the data found in a breach is not yours, dispute it. A reviewer decides and explains the decision.',
      none: 'You have not filed any dispute.',
      formTitle: (breach) => `Dispute: ${breach}`,
      reasonLegend: 'Reason',
      reasons: { not_mine: 'This is not my data', never_customer: 'I was never a customer of this company', other: 'Another reason' },
      text: 'Explanation',
      submit: 'Send the dispute',
      created: 'Your dispute was sent.',
      status: { open: 'Under review', accepted: 'Upheld', rejected: 'Rejected' },
      decision: 'The reviewer’s explanation',
      filed: 'Filed',
    },
    protection: {
      title: 'Extend protection',
      lead: 'You can place or extend a ban on new loans yourself — for up to a year. Lifting it also goes through the cooling-off.',
      until: 'Protected until',
      submit: 'Place protection',
      done: 'Protection placed.',
      current: (until) => `You are restricted until ${until}.`,
      none: 'You are not restricted now.',
    },
    contacts: {
      title: 'How we reach you',
      lead: 'We tell you at once when a bank or MFO checks you, when a lift of your restriction is asked for and when your dispute is decided — by SMS, eGov notification or e-mail.',
      never: 'Qorgau never sends links and never asks for codes. A message with a link or asking for a code is not from us.',
      email: 'E-mail',
      emailHint: 'For example aigerim@mail.kz. Leave it empty and we will not write to you by e-mail.',
      phone: 'Phone number',
      phoneHint: 'A Kazakh mobile number, for example +7 701 123 4567. Leave it empty and we will not send SMS.',
      suggested: 'Offered from your eGov profile: check it, then save.',
      language: 'Language of the messages',
      save: 'Save',
      saved: 'Saved. We will tell you at once from now on.',
      remove: 'Remove my contacts',
      removed: 'Removed. We will not send you messages any more.',
      nothingSaved: 'Nothing saved yet: we send you no messages.',
    },
    scamTitle: 'Warning',
    units: {
      day: { one: 'day', other: 'days' },
      hour: { one: 'hour', other: 'hours' },
      minute: { one: 'minute', other: 'minutes' },
      second: { one: 'second', other: 'seconds' },
    },
  },
};
