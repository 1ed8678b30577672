import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANG, LANG_STORAGE_KEY, STRINGS, isLang, type Lang } from './i18n';

const storedLang = (): Lang => {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
};

/** The chosen language: remembered in localStorage, reflected in <html lang> and the title. */
export const useLang = () => {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].documentTitle;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }, []);

  return [lang, setLang] as const;
};
