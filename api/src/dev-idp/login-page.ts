import { API_PREFIX, DEFAULT_LANGUAGE, isOneOf, LANGUAGES, type Language } from '@qorgau/shared';
import type { ContactClaims } from './dev-idp.rules';

/** The authorization request travels through the login form in these fields. */
export const AUTHORIZATION_PARAMETERS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'code_challenge',
  'code_challenge_method',
  'state',
  'nonce',
  'ui_locales',
] as const;

const TEXTS: Record<Language, { title: string; lead: string; iin: string; hint: string; email: string; phone: string; optional: string; submit: string; refused: string }> = {
  kk: {
    title: 'Сынақ сәйкестендіру провайдері',
    lead: 'Бұл провайдер тек әзірлеу мен сынаққа арналған: кез келген жарамды ЖСН-мен кіруге болады. Өндірісте ол өшірулі.',
    iin: 'ЖСН',
    hint: '12 цифр',
    email: 'Электрондық пошта',
    phone: 'Телефон',
    optional: 'міндетті емес',
    submit: 'Кіру',
    refused: 'Кіру сұрауы қабылданбады',
  },
  ru: {
    title: 'Тестовый поставщик удостоверений',
    lead: 'Этот поставщик только для разработки и тестов: войти можно с любым действительным ИИН. В рабочей среде он отключён.',
    iin: 'ИИН',
    hint: '12 цифр',
    email: 'Электронная почта',
    phone: 'Телефон',
    optional: 'необязательно',
    submit: 'Войти',
    refused: 'Запрос на вход отклонён',
  },
  en: {
    title: 'Development identity provider',
    lead: 'This provider is for development and tests only: any valid IIN signs in. It is off in production.',
    iin: 'IIN',
    hint: '12 digits',
    email: 'E-mail',
    phone: 'Phone',
    optional: 'optional',
    submit: 'Sign in',
    refused: 'The sign-in request was refused',
  },
};

/** The language asked for by `ui_locales` (the first of ours it names), else Kazakh. */
export function loginPageLanguage(uiLocales: unknown): Language {
  const asked = typeof uiLocales === 'string' ? uiLocales.split(' ').map((tag) => tag.slice(0, 2).toLowerCase()) : [];
  return asked.find((tag): tag is Language => isOneOf(LANGUAGES, tag)) ?? DEFAULT_LANGUAGE;
}

/** The login form: type an IIN, sign in. No script, so the strict CSP holds. */
export function loginPage(options: { lang: Language; parameters: Record<string, unknown>; iin?: string; contactClaims?: ContactClaims; error?: string }): string {
  const text = TEXTS[options.lang];
  const hidden = AUTHORIZATION_PARAMETERS.filter((name) => typeof options.parameters[name] === 'string')
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(options.parameters[name] as string)}">`)
    .join('\n        ');
  const error = options.error ? `<p id="iin-error" class="error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return page(
    options.lang,
    text.title,
    `<p>${escapeHtml(text.lead)}</p>
      <form method="post" action="${API_PREFIX}/dev-idp/authorize">
        ${hidden}
        <label for="iin">${text.iin} <span class="hint">(${text.hint})</span></label>
        <input id="iin" name="iin" inputmode="numeric" autocomplete="off" maxlength="12" required autofocus
          value="${escapeHtml(options.iin ?? '')}"${options.error ? ' aria-invalid="true" aria-describedby="iin-error"' : ''}>
        ${error}
        <label for="email">${text.email} <span class="hint">(${text.optional}: email)</span></label>
        <input id="email" name="email" type="email" autocomplete="off" maxlength="254" value="${escapeHtml(options.contactClaims?.email ?? '')}">
        <label for="phone_number">${text.phone} <span class="hint">(${text.optional}: phone_number)</span></label>
        <input id="phone_number" name="phone_number" type="tel" autocomplete="off" maxlength="254" value="${escapeHtml(options.contactClaims?.phone_number ?? '')}">
        <button type="submit">${text.submit}</button>
      </form>`,
  );
}

/** A refused authorization request that cannot go back to the client (unknown client or redirect URI). */
export function refusalPage(lang: Language, description: string): string {
  return page(lang, TEXTS[lang].refused, `<p role="alert">${escapeHtml(description)}</p>`);
}

function page(lang: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <style>
      body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1a1a1a; }
      main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 0.5rem; }
      label { display: block; font-weight: 600; margin-top: 1rem; }
      .hint { font-weight: 400; color: #555; }
      input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.6rem; margin-top: 0.25rem; border: 1px solid #767676; border-radius: 0.25rem; }
      button { font: inherit; margin-top: 1rem; padding: 0.6rem 1.2rem; background: #005a9c; color: #fff; border: 0; border-radius: 0.25rem; cursor: pointer; }
      :focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
      .error { color: #b00020; }
    </style>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      ${body}
    </main>
  </body>
</html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
