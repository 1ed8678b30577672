import { useLang } from '../useLang';
import { MESSAGES } from './messages';

/** The chosen language and the public pages' texts in it. */
export const usePublicMessages = () => {
  const [lang] = useLang();
  return [lang, MESSAGES[lang]] as const;
};
