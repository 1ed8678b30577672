import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import type { qorgauEnglish } from './en';
import { mergeMessages, type Translation } from './merge';

const qorgauRussian: Translation<typeof qorgauEnglish> = {
  ra: {
    auth: {
      username: 'Электронная почта',
    },
    page: {
      dashboard: 'Обзор',
    },
  },
  qorgau: {
    app: {
      title: 'Qorgau',
      document_title: 'Qorgau — служебный кабинет',
      subtitle: 'Реестр скомпрометированных персональных данных',
      back_office: 'Служебный кабинет для регуляторов',
    },
    auth: {
      invalid_credentials: 'Неверная электронная почта или пароль.',
      locked: 'Слишком много неудачных попыток входа. Учётная запись временно заблокирована, попробуйте позже.',
      too_many_attempts: 'Слишком много попыток. Подождите и попробуйте снова.',
      session_expired: 'Сеанс истёк, войдите снова.',
    },
    dashboard: {
      title: 'Обзор реестра',
      users_total: 'Пользователи кабинета',
      users_active: 'Активные пользователи',
      users_inactive: 'Отключены: %{count}',
      by_role: 'Пользователи по ролям',
      generated_at: 'Данные на %{time}',
      load_error: 'Не удалось загрузить статистику.',
      retry: 'Повторить',
    },
    roles: {
      admin: 'Администраторы',
      analyst: 'Аналитики',
      reviewer: 'Проверяющие',
      auditor: 'Аудиторы',
    },
    role: {
      admin: 'Администратор',
      analyst: 'Аналитик',
      reviewer: 'Проверяющий',
      auditor: 'Аудитор',
    },
  },
  resources: {
    users: {
      // two forms on purpose: react-admin asks for the plural with smart_count 2
      name: 'Пользователь |||| Пользователи',
      fields: {
        email: 'Электронная почта',
        role: 'Роль',
        active: 'Активен',
        createdAt: 'Создан',
      },
    },
  },
};

// ra-language-russian 5.4 lacks a few newer react-admin keys: English fills those gaps.
export const ru: TranslationMessages = mergeMessages<TranslationMessages>(englishMessages, russianMessages, qorgauRussian);
export default ru;
