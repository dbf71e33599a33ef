import { browser } from 'wxt/browser';
import { browserI18n, type I18n } from '@/utils/i18n';

/**
 * The worker's words (toolbar titles, the menu, notifications) in the browser's language,
 * from the extension's messages: the same messages, plurals, digits and surah names as the
 * popup's.
 */
export function backgroundWords(): I18n {
  return browserI18n(browser);
}
