import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Words } from '@/utils/plan-words';
import { surahArabicName, surahName } from '@/utils/quran/surah-names';

/** The reader's language and writing direction, handed to components through context. */
export interface I18n extends Words {
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** Looks a message up by name with its `$1`… arguments (`browser.i18n.getMessage` does). */
export type MessageLookup = (key: string, args: string[]) => string;

/**
 * The writing direction of the UI language. The browser's `@@bidi_dir` follows its own
 * locale, which can differ from the language of the messages shown (as in headless Chromium
 * started with `--lang=ar`), so a right-to-left UI language decides too.
 */
export function textDirection(bidiDir: string, uiLanguage: string): 'ltr' | 'rtl' {
  return bidiDir === 'rtl' || /^(ar|ur|fa|he|ps|sd|ug|yi|dv|ckb)\b/i.test(uiLanguage)
    ? 'rtl'
    : 'ltr';
}

/**
 * Languages whose every region writes numbers in Latin digits: there a whole number under a
 * thousand is written as JavaScript writes it, and the popup's first paint (mushaf page
 * counts, presets) makes no number formatter, whose locale data takes milliseconds to load.
 */
const LATIN_DIGITS = /^(de|en|es|fr|id|it|ms|nl|pt|tr)(-[A-Z]{2}|-\d{3})?$/;

/** Builds the reader's language around a message lookup. */
export function createI18n(lookup: MessageLookup, locale: string, dir: string): I18n {
  let numbers: Intl.NumberFormat | undefined;
  const latin = LATIN_DIGITS.test(locale);
  // Date formatters are made on first use: making one loads time zone data, which the first
  // paint of the popup does not need.
  const format = (options: Intl.DateTimeFormatOptions) => {
    let formatter: Intl.DateTimeFormat | undefined;
    return (ymd: string) => {
      const date = new Date(`${ymd}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return ymd;
      formatter ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      return formatter.format(date);
    };
  };
  const arabicNames = /^(ar|ur)\b/i.test(locale);
  return {
    locale,
    dir: dir === 'rtl' ? 'rtl' : 'ltr',
    t: (key, ...args) => lookup(key, args) || key,
    number: (n) => {
      if (latin && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
      numbers ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      return numbers.format(n);
    },
    date: format({ day: 'numeric', month: 'long', year: 'numeric' }),
    day: format({ weekday: 'short', day: 'numeric', month: 'short' }),
    surah: (n) => (arabicNames ? surahArabicName(n) : surahName(n)),
  };
}

/** A lookup over a `messages.json` object, replacing `$1`… as browsers do (for tests and previews). */
export function jsonLookup(messages: Record<string, { message: string }>): MessageLookup {
  return (key, args) =>
    (messages[key]?.message ?? '').replace(/\$(\d)|\$\$/g, (whole, n) =>
      n ? (args[Number(n) - 1] ?? '') : whole === '$$' ? '$' : whole,
    );
}

/** The reader's language; components read it with `useI18n()`. */
export const I18nContext = createContext<I18n | null>(null);

/** The reader's language (a provider must be above). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('No I18nContext provider.');
  return i18n;
}
