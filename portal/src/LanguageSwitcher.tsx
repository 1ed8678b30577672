import { LANGS, type Lang } from './i18n';

interface LanguageSwitcherProps {
  lang: Lang;
  label: string;
  onChange: (lang: Lang) => void;
}

/** One button per language, each named in its own language (hence its own `lang`). */
export const LanguageSwitcher = ({ lang, label, onChange }: LanguageSwitcherProps) => (
  <nav className="lang-switcher" aria-label={label}>
    <ul>
      {LANGS.map(({ code, name }) => (
        <li key={code}>
          <button type="button" lang={code} aria-pressed={code === lang} onClick={() => onChange(code)}>
            {name}
          </button>
        </li>
      ))}
    </ul>
  </nav>
);
