import type { Lang } from '../i18n';

/** Texts of the public pages: the wall, a breach, a company, the statistics, open data. */
export interface PublicMessages {
  loading: string;
  loadFailed: string;
  retry: string;
  home: { seeBreaches: string; wallTitle: string; wallText: string; seeStats: string };
  wall: {
    title: string;
    intro: string;
    searchLabel: string;
    searchHint: string;
    searchButton: string;
    clearSearch: string;
    found: (count: string) => string;
    foundFor: (count: string, query: string) => string;
    noResults: string;
    empty: string;
    pagination: string;
    previous: string;
    next: string;
    pageOf: (page: string, pages: string) => string;
  };
  breach: {
    company: string;
    reported: string;
    discovered: string;
    occurred: string;
    whatLeaked: string;
    peopleExposed: string;
    peopleExposedHint: string;
    recordsClaimed: string;
    reportingDelay: string;
    late: string;
    onTime: string;
    lateHint: string;
    status: string;
    details: (title: string) => string;
    description: string;
    backToList: string;
    allOfCompany: (company: string) => string;
    notFound: string;
    ifYouWereThere: string;
    checkMyData: string;
  };
  company: {
    bin: string;
    sector: string;
    website: string;
    breaches: string;
    peopleExposed: string;
    lateReports: string;
    history: string;
    notFound: string;
    invalidBin: string;
  };
  stats: {
    title: string;
    intro: string;
    totalBreaches: string;
    totalCompanies: string;
    totalPeople: string;
    lateShare: string;
    perMonth: string;
    perMonthSummary: (total: string, months: string) => string;
    perSector: string;
    lateReports: string;
    onTime: string;
    late: string;
    month: string;
    sector: string;
    breaches: string;
    peopleExposed: string;
    reports: string;
    share: string;
    showTable: string;
    hideTable: string;
    noData: string;
  };
  openData: { title: string; text: string; csv: string; json: string };
}

export const MESSAGES: Record<Lang, PublicMessages> = {
  kk: {
    loading: 'Жүктелуде…',
    loadFailed: 'Деректерді жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    retry: 'Қайталау',
    home: {
      seeBreaches: 'Ағып кетулер тізімі',
      wallTitle: 'Қай компаниялардан деректер ағып кетті',
      wallText: 'Расталған әрбір ағып кету жарияланады: компания, күндер, не ағып кеткені, қанша адам зардап шекті және компания бұл туралы қаншалықты тез хабарлағаны.',
      seeStats: 'Статистика',
    },
    wall: {
      title: 'Деректердің ағып кетуі',
      intro: 'Министрлік растаған және жариялаған ағып кетулер. Жеке тұлғалардың деректері мұнда ешқашан көрсетілмейді.',
      searchLabel: 'Компания немесе оқиға атауы бойынша іздеу',
      searchHint: 'Мысалы: телеком, жеткізу, forum',
      searchButton: 'Іздеу',
      clearSearch: 'Іздеуді тазалау',
      found: (count) => `Барлығы: ${count}`,
      foundFor: (count, query) => `«${query}» бойынша табылды: ${count}`,
      noResults: 'Ештеңе табылмады. Басқа сөзбен іздеп көріңіз.',
      empty: 'Әзірге жарияланған ағып кетулер жоқ.',
      pagination: 'Беттер',
      previous: 'Алдыңғы',
      next: 'Келесі',
      pageOf: (page, pages) => `${pages} беттің ${page}-і`,
    },
    breach: {
      company: 'Компания',
      reported: 'Хабарланды',
      discovered: 'Анықталды',
      occurred: 'Болды',
      whatLeaked: 'Не ағып кетті',
      peopleExposed: 'Зардап шеккендер',
      peopleExposedHint: 'Тізілімге жүктелген, осы оқиғада табылған сәйкестендіргіштер саны (ЖСН, телефондар, e-mail).',
      recordsClaimed: 'Мәлімделген жазбалар',
      reportingDelay: 'Хабарлау мерзімі',
      late: 'Кешіктіріп хабарланды',
      onTime: 'Уақытында хабарланды',
      lateHint: 'Заң бойынша компания ағып кетуді анықтағаннан кейін бір жұмыс күні ішінде хабарлауы тиіс.',
      status: 'Мәртебесі',
      details: (title) => `Толығырақ: ${title}`,
      description: 'Сипаттама',
      backToList: 'Барлық ағып кетулер',
      allOfCompany: (company) => `${company}: барлық ағып кетулер`,
      notFound: 'Мұндай жарияланған ағып кету жоқ.',
      ifYouWereThere: 'Деректеріңіз осы оқиғада болуы мүмкін бе? eGov арқылы кіріп, тексеріңіз.',
      checkMyData: 'Деректерімді тексеру',
    },
    company: {
      bin: 'БСН',
      sector: 'Сала',
      website: 'Сайт',
      breaches: 'Ағып кетулер',
      peopleExposed: 'Зардап шеккендер',
      lateReports: 'Кешіктірілген хабарлар',
      history: 'Ағып кетулер тарихы',
      notFound: 'Бұл компанияның жарияланған ағып кетулері жоқ.',
      invalidBin: 'БСН қате: ол 12 цифрдан тұрады.',
    },
    stats: {
      title: 'Статистика',
      intro: 'Тек жарияланған ағып кетулер бойынша жиынтық сандар.',
      totalBreaches: 'Ағып кетулер',
      totalCompanies: 'Компаниялар',
      totalPeople: 'Зардап шеккендер',
      lateShare: 'Кешіктірілген хабарлар үлесі',
      perMonth: 'Айына ағып кетулер',
      perMonthSummary: (total, months) => `${months} айда барлығы ${total} ағып кету.`,
      perSector: 'Салалар бойынша зардап шеккендер',
      lateReports: 'Уақытында және кешіктіріп хабарланғандар',
      onTime: 'Уақытында',
      late: 'Кешіктіріп',
      month: 'Ай',
      sector: 'Сала',
      breaches: 'Ағып кетулер',
      peopleExposed: 'Зардап шеккендер',
      reports: 'Хабарлар',
      share: 'Үлесі',
      showTable: 'Кесте түрінде көрсету',
      hideTable: 'Кестені жасыру',
      noData: 'Әзірге деректер жоқ.',
    },
    openData: {
      title: 'Ашық деректер',
      text: 'Барлық жарияланған ағып кетулерді жүктеп алыңыз — еркін пайдалануға болады.',
      csv: 'CSV жүктеу (Excel)',
      json: 'JSON жүктеу',
    },
  },
  ru: {
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить данные. Проверьте подключение и попробуйте ещё раз.',
    retry: 'Повторить',
    home: {
      seeBreaches: 'Список утечек',
      wallTitle: 'Из каких компаний утекли данные',
      wallText: 'Каждая подтверждённая утечка публикуется: компания, даты, что утекло, сколько людей пострадало и как быстро компания сообщила о ней.',
      seeStats: 'Статистика',
    },
    wall: {
      title: 'Утечки данных',
      intro: 'Утечки, подтверждённые и опубликованные министерством. Данные конкретных людей здесь никогда не показываются.',
      searchLabel: 'Поиск по компании или названию утечки',
      searchHint: 'Например: телеком, доставка, forum',
      searchButton: 'Найти',
      clearSearch: 'Сбросить поиск',
      found: (count) => `Всего: ${count}`,
      foundFor: (count, query) => `Найдено по запросу «${query}»: ${count}`,
      noResults: 'Ничего не найдено. Попробуйте другое слово.',
      empty: 'Опубликованных утечек пока нет.',
      pagination: 'Страницы',
      previous: 'Назад',
      next: 'Вперёд',
      pageOf: (page, pages) => `Страница ${page} из ${pages}`,
    },
    breach: {
      company: 'Компания',
      reported: 'Сообщено',
      discovered: 'Обнаружено',
      occurred: 'Произошло',
      whatLeaked: 'Что утекло',
      peopleExposed: 'Пострадавших',
      peopleExposedHint: 'Число идентификаторов (ИИН, телефонов, e-mail), найденных в утечке и загруженных в реестр.',
      recordsClaimed: 'Заявлено записей',
      reportingDelay: 'Срок сообщения',
      late: 'Сообщено с опозданием',
      onTime: 'Сообщено вовремя',
      lateHint: 'По закону компания должна сообщить об утечке в течение одного рабочего дня после её обнаружения.',
      status: 'Статус',
      details: (title) => `Подробнее: ${title}`,
      description: 'Описание',
      backToList: 'Все утечки',
      allOfCompany: (company) => `Все утечки: ${company}`,
      notFound: 'Такой опубликованной утечки нет.',
      ifYouWereThere: 'Ваши данные могли попасть в эту утечку? Войдите через eGov и проверьте.',
      checkMyData: 'Проверить мои данные',
    },
    company: {
      bin: 'БИН',
      sector: 'Отрасль',
      website: 'Сайт',
      breaches: 'Утечек',
      peopleExposed: 'Пострадавших',
      lateReports: 'Сообщений с опозданием',
      history: 'История утечек',
      notFound: 'У этой компании нет опубликованных утечек.',
      invalidBin: 'Неверный БИН: он состоит из 12 цифр.',
    },
    stats: {
      title: 'Статистика',
      intro: 'Сводные цифры только по опубликованным утечкам.',
      totalBreaches: 'Утечек',
      totalCompanies: 'Компаний',
      totalPeople: 'Пострадавших',
      lateShare: 'Доля сообщений с опозданием',
      perMonth: 'Утечки по месяцам',
      perMonthSummary: (total, months) => `Всего ${total} утечек за ${months} мес.`,
      perSector: 'Пострадавшие по отраслям',
      lateReports: 'Сообщено вовремя и с опозданием',
      onTime: 'Вовремя',
      late: 'С опозданием',
      month: 'Месяц',
      sector: 'Отрасль',
      breaches: 'Утечек',
      peopleExposed: 'Пострадавших',
      reports: 'Сообщений',
      share: 'Доля',
      showTable: 'Показать таблицей',
      hideTable: 'Скрыть таблицу',
      noData: 'Данных пока нет.',
    },
    openData: {
      title: 'Открытые данные',
      text: 'Скачайте все опубликованные утечки — их можно свободно использовать.',
      csv: 'Скачать CSV (Excel)',
      json: 'Скачать JSON',
    },
  },
  en: {
    loading: 'Loading…',
    loadFailed: 'The data could not be loaded. Check your connection and try again.',
    retry: 'Try again',
    home: {
      seeBreaches: 'List of breaches',
      wallTitle: 'Which companies leaked data',
      wallText: 'Every confirmed breach is published: the company, the dates, what leaked, how many people were exposed and how quickly the company reported it.',
      seeStats: 'Statistics',
    },
    wall: {
      title: 'Data breaches',
      intro: 'Breaches confirmed and published by the ministry. No one’s personal data is ever shown here.',
      searchLabel: 'Search by company or breach title',
      searchHint: 'For example: telecom, delivery, forum',
      searchButton: 'Search',
      clearSearch: 'Clear the search',
      found: (count) => `${count} in total`,
      foundFor: (count, query) => `${count} found for “${query}”`,
      noResults: 'Nothing found. Try another word.',
      empty: 'No breaches have been published yet.',
      pagination: 'Pages',
      previous: 'Previous',
      next: 'Next',
      pageOf: (page, pages) => `Page ${page} of ${pages}`,
    },
    breach: {
      company: 'Company',
      reported: 'Reported',
      discovered: 'Discovered',
      occurred: 'Occurred',
      whatLeaked: 'What leaked',
      peopleExposed: 'People exposed',
      peopleExposedHint: 'The identifiers (IINs, phone numbers, e-mail addresses) found in the leak and loaded into the registry.',
      recordsClaimed: 'Records claimed',
      reportingDelay: 'Reported after',
      late: 'Reported late',
      onTime: 'Reported on time',
      lateHint: 'The law gives a company one business day from discovering a breach to report it.',
      status: 'Status',
      details: (title) => `Details: ${title}`,
      description: 'Description',
      backToList: 'All breaches',
      allOfCompany: (company) => `All breaches of ${company}`,
      notFound: 'There is no such published breach.',
      ifYouWereThere: 'Could your data be in this breach? Sign in through eGov and check.',
      checkMyData: 'Check my data',
    },
    company: {
      bin: 'BIN',
      sector: 'Sector',
      website: 'Website',
      breaches: 'Breaches',
      peopleExposed: 'People exposed',
      lateReports: 'Late reports',
      history: 'Breach history',
      notFound: 'This company has no published breaches.',
      invalidBin: 'This BIN is invalid: a BIN has 12 digits.',
    },
    stats: {
      title: 'Statistics',
      intro: 'Aggregate figures over published breaches only.',
      totalBreaches: 'Breaches',
      totalCompanies: 'Companies',
      totalPeople: 'People exposed',
      lateShare: 'Share of late reports',
      perMonth: 'Breaches per month',
      perMonthSummary: (total, months) => `${total} breaches over ${months} months.`,
      perSector: 'People exposed per sector',
      lateReports: 'Reported on time and late',
      onTime: 'On time',
      late: 'Late',
      month: 'Month',
      sector: 'Sector',
      breaches: 'Breaches',
      peopleExposed: 'People exposed',
      reports: 'Reports',
      share: 'Share',
      showTable: 'Show as a table',
      hideTable: 'Hide the table',
      noData: 'No data yet.',
    },
    openData: {
      title: 'Open data',
      text: 'Download every published breach — free to reuse.',
      csv: 'Download CSV (Excel)',
      json: 'Download JSON',
    },
  },
};
