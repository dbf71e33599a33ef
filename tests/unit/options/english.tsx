import type { ComponentChildren } from 'preact';
import { I18nContext } from '@/components/i18n';
import en from '@/public/_locales/en/messages.json';
import { createI18n, jsonLookup } from '@/utils/i18n';

/** The options page's words in English, from the extension's own messages. */
export const english = createI18n(jsonLookup(en), 'en', 'ltr');

/** A testing-library wrapper that speaks English. */
export function English({ children }: { children?: ComponentChildren }) {
  return <I18nContext.Provider value={english}>{children}</I18nContext.Provider>;
}
