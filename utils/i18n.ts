import type { Words } from './plan-words';

/** The reader's language and writing direction. */
export interface I18n extends Words {
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** Looks a message up by name with its `$1`… arguments (`browser.i18n.getMessage` does). */
export type MessageLookup = (key: string, args: string[]) => string;

/** The writing direction of a language: right to left for Arabic, Persian, Urdu and their like. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return /^(ar|ur|fa|he|ps|sd|ug|yi|dv|ckb)\b/i.test(language) ? 'rtl' : 'ltr';
}

/**
 * Languages whose every region writes numbers in Latin digits: there a whole number under a
 * thousand is written as JavaScript writes it, and the popup's first paint (mushaf page
 * counts, presets) makes no number formatter, whose locale data takes milliseconds to load.
 */
const LATIN_DIGITS = /^(de|en|es|fr|id|it|ms|nl|pt|sq|sw|tr|vi)(-[A-Z]{2}|-\d{3})?$/;

/**
 * The locale numbers and dates are written in: Arabic is written with Arabic-Indic digits
 * (CLDR now defaults some of its locales to Latin ones), except in the Maghreb, whose usage is
 * Latin digits; a numbering system the reader chose (`-u-nu-`) is kept.
 */
export function numeralLocale(locale: string): string {
  if (!/^ar\b/i.test(locale) || /-u-(.+-)?nu-/i.test(locale)) return locale;
  if (/^ar-(MA|DZ|TN|LY|EH|MR)\b/i.test(locale)) return locale;
  return `${locale}${/-u-/i.test(locale) ? '-nu-arab' : '-u-nu-arab'}`;
}

/** Builds the reader's language around a message lookup. */
export function createI18n(lookup: MessageLookup, locale: string, dir: string): I18n {
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  let names: string[] | undefined;
  const latin = LATIN_DIGITS.test(locale);
  const written = numeralLocale(locale);
  const t = (key: string, ...args: string[]) => lookup(key, args) || key;
  // Date formatters are made on first use: making one loads time zone data, which the first
  // paint of the popup does not need.
  const format = (options: Intl.DateTimeFormatOptions) => {
    let formatter: Intl.DateTimeFormat | undefined;
    return (ymd: string) => {
      const date = new Date(`${ymd}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return ymd;
      formatter ??= new Intl.DateTimeFormat(written, { ...options, timeZone: 'UTC' });
      return formatter.format(date);
    };
  };
  const number = (n: number) => {
    if (latin && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
    numbers ??= new Intl.NumberFormat(written, { maximumFractionDigits: 1 });
    return numbers.format(n);
  };
  return {
    locale,
    dir: dir === 'rtl' ? 'rtl' : 'ltr',
    t,
    count: (key, n, ...args) => {
      plurals ??= new Intl.PluralRules(locale);
      return lookup(`${key}_${plurals.select(n)}`, args) || t(`${key}_other`, ...args);
    },
    number,
    date: format({ day: 'numeric', month: 'long', year: 'numeric' }),
    day: format({ weekday: 'short', day: 'numeric', month: 'short' }),
    // The locale's own names (its `surahNames` message: 114 names, `|` between them).
    surah: (n) => {
      names ??= t('surahNames').split('|');
      return names[n - 1] ?? `${t('surah')} ${number(n)}`;
    },
  };
}

/** A lookup over a `messages.json` object, replacing `$1`… as browsers do (for tests and previews). */
export function jsonLookup(messages: Record<string, { message: string }>): MessageLookup {
  return (key, args) =>
    (messages[key]?.message ?? '').replace(/\$(\d)|\$\$/g, (whole, n) =>
      n ? (args[Number(n) - 1] ?? '') : whole === '$$' ? '$' : whole,
    );
}

/** The extension API an i18n is read from (the popup's, the options page's, the worker's). */
interface I18nApi {
  i18n: { getMessage(key: string, args?: string | string[]): string; getUILanguage(): string };
}

/**
 * The reader's language, from the browser's i18n (`_locales`). The page speaks the language
 * of the messages shown (their `lang`), which is the browser's unless the extension has no
 * messages in it (a German browser reads English): numbers, dates and the direction follow
 * the messages, in the browser's own regional form when it is the same language (`en-GB`).
 */
export function browserI18n(api: I18nApi): I18n {
  const getMessage = api.i18n.getMessage;
  const browserLanguage = api.i18n.getUILanguage();
  const written = getMessage('lang') || 'en';
  const locale =
    browserLanguage.split('-')[0]?.toLowerCase() === written ? browserLanguage : written;
  return createI18n((key, args) => getMessage(key, args), locale, textDirection(locale));
}
