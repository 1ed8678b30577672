import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_LANG, LANG_STORAGE_KEY, STRINGS, isLang, type Lang } from './i18n';

const storedLang = (): Lang => {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
};

// One language for the whole page: the header's switcher and every page reading useLang() agree.
let currentLang: Lang = storedLang();
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const getLang = () => currentLang;

/** The chosen language: remembered in localStorage, reflected in <html lang> and the title. */
export const useLang = () => {
  const lang = useSyncExternalStore(subscribe, getLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].documentTitle;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    currentLang = next;
    listeners.forEach((listener) => listener());
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }, []);

  return [lang, setLang] as const;
};
