import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { I18n } from '@/utils/i18n';

/** The reader's language; components read it with `useI18n()`. */
export const I18nContext = createContext<I18n | null>(null);

/** The reader's language (a provider must be above). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('No I18nContext provider.');
  return i18n;
}
