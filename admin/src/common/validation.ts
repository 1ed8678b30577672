import { LANGUAGES, isOneOf, normalizeEmail, normalizePhone, validateBin, type Language } from '@qorgau/shared';
import { useMemo } from 'react';
import { useLocaleState, type Validator } from 'react-admin';

/**
 * Validators built on the same @qorgau/shared functions the server uses, so a form refuses what
 * the API would refuse, with the same sentence, in the reader's language.
 */
export const useSharedValidators = () => {
  const [locale] = useLocaleState();
  const lang: Language = isOneOf(LANGUAGES, locale) ? locale : 'kk';
  return useMemo(() => {
    const bin: Validator = (value: unknown) => {
      if (value === null || value === undefined || value === '') return undefined; // `required` reports it
      const result = validateBin(String(value), lang);
      return result.valid ? undefined : result.reason;
    };
    const optionalPhone: Validator = (value: unknown) => {
      if (value === null || value === undefined || String(value).trim() === '') return undefined;
      const result = normalizePhone(String(value), lang);
      return result.valid ? undefined : result.reason;
    };
    const optionalEmail: Validator = (value: unknown) => {
      if (value === null || value === undefined || String(value).trim() === '') return undefined;
      const result = normalizeEmail(String(value), lang);
      return result.valid ? undefined : result.reason;
    };
    return { bin, optionalPhone, optionalEmail };
  }, [lang]);
};

/** An http(s) address, or nothing. */
export const optionalWebsite: Validator = (value: unknown) => {
  if (value === null || value === undefined || String(value).trim() === '') return undefined;
  try {
    const url = new URL(String(value).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'qorgau.validation.website';
  } catch {
    return 'qorgau.validation.website';
  }
};

