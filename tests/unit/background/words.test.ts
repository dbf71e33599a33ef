import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundWords } from '@/entrypoints/background/words';
import { jsonLookup } from '@/utils/i18n';
import ar from '../../../public/_locales/ar/messages.json';
import en from '../../../public/_locales/en/messages.json';

// The worker words its toolbar titles, menu and notifications from the extension's messages
// in the browser's language, as the popup does.

function speak(messages: Record<string, { message: string }>, language: string) {
  const lookup = jsonLookup(messages);
  Object.assign(fakeBrowser.i18n, {
    getUILanguage: () => language,
    getMessage: (key: string, args?: string | string[]) =>
      lookup(key, typeof args === 'string' ? [args] : (args ?? [])),
  });
}

beforeEach(() => fakeBrowser.reset());

describe('backgroundWords', () => {
  it('takes the browser’s messages and language', () => {
    speak(en, 'en-US');
    const words = backgroundWords();
    expect(words.t('menuMarkRead')).toBe('Mark as read');
    expect(words.locale).toBe('en-US');
    expect(words.dir).toBe('ltr');
  });

  it('names a surah in the reader’s language: Surah 67 is Al-Mulk, الملك in Arabic', () => {
    speak(en, 'en');
    expect(backgroundWords().surah(67)).toBe('Al-Mulk');
    speak(ar, 'ar');
    expect(backgroundWords().surah(67)).toBe('الملك');
  });

  it('writes Arabic with Arabic-Indic digits, and right to left', () => {
    speak(ar, 'ar');
    const words = backgroundWords();
    expect(words.number(67)).toBe('٦٧');
    expect(words.dir).toBe('rtl');
  });

  it('counts with the language’s plural forms: Arabic has six', () => {
    speak(en, 'en');
    expect(backgroundWords().count('streakDays', 1, '1')).toBe('1-day streak');
    speak(ar, 'ar');
    const words = backgroundWords();
    const forms = [0, 1, 2, 3, 11, 100].map((n) => words.count('nDays', n, words.number(n)));
    // One message each of zero, one, two, few, many and other.
    expect(new Set(forms).size).toBe(6);
  });
});
