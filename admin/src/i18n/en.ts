import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { mergeMessages } from './merge';

/** Our own messages, in English. The other languages must translate every key (see Translation<>). */
export const qorgauEnglish = {
  ra: {
    auth: {
      // The back office signs regulators in by e-mail address.
      username: 'E-mail',
    },
    page: {
      dashboard: 'Overview',
    },
  },
  qorgau: {
    app: {
      title: 'Qorgau',
      document_title: 'Qorgau — back office',
      subtitle: 'Registry of compromised personal data',
      back_office: 'Back office for regulators',
    },
    auth: {
      invalid_credentials: 'Wrong e-mail or password.',
      locked: 'Too many failed sign-ins. The account is locked for a while, try again later.',
      too_many_attempts: 'Too many attempts. Please wait and try again.',
      session_expired: 'Your session has expired, please sign in again.',
    },
    dashboard: {
      title: 'Registry overview',
      users_total: 'Back-office users',
      users_active: 'Active users',
      users_inactive: 'Deactivated: %{count}',
      by_role: 'Users by role',
      generated_at: 'Figures as of %{time}',
      load_error: 'Could not load the statistics.',
      retry: 'Try again',
    },
    roles: {
      admin: 'Administrators',
      analyst: 'Analysts',
      reviewer: 'Reviewers',
      auditor: 'Auditors',
    },
    role: {
      admin: 'Administrator',
      analyst: 'Analyst',
      reviewer: 'Reviewer',
      auditor: 'Auditor',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        email: 'E-mail',
        role: 'Role',
        active: 'Active',
        createdAt: 'Created',
      },
    },
  },
};

export const en: TranslationMessages = mergeMessages<TranslationMessages>(englishMessages, qorgauEnglish);
export default en;
