import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surahNamesOf } from '@/scripts/surah-names-locales';
import { QURAN_COM_LANGUAGES } from '../../languages';

// Every locale carries every message, with the same placeholders, its language's plural forms,
// and no English left in it but names. The languages are Quran.com's.

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');

const LANGUAGES = QURAN_COM_LANGUAGES;

/** Browsers take `pt_BR`-style folder names; a bare language here. */
const folder = (language: string) => language;

type Messages = Record<string, { message: string; description?: string }>;
const read = (language: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, folder(language), 'messages.json'), 'utf8'));

const en = read('en');
/** A message's text, '' when the locale has none. */
const text = (messages: Messages, key: string) => messages[key]?.message ?? '';
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);

/** The plural messages' names (`nDays` for `nDays_one`, `nDays_other`…), from the English. */
const pluralBases = new Set(
  Object.keys(en)
    .map((key) => PLURAL.exec(key)?.[1])
    .filter((base): base is string => !!base && `${base}_other` in en),
);
const baseOf = (key: string) => {
  const base = PLURAL.exec(key)?.[1];
  return base && pluralBases.has(base) ? base : null;
};
const singleKeys = Object.keys(en).filter((key) => !baseOf(key));

/** `$1`, `$2`… in a message, as a sorted list. */
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

/** Messages that are names, the same in every language. */
const NAMES = new Set(['lang', 'extName', 'env_production', 'surahNames']);
/**
 * Labels that are one Quranic term, which many languages write as English does (juz, hizb,
 * surah, mushaf): they may be the same word.
 */
const TERMS = new Set(['part_juz', 'part_hizb', 'surah', 'mushaf']);

/**
 * Words that stay in Latin letters in every language: names (Quran.com, the Quran
 * Foundation…), technical terms (OAuth, URL, IANA, API), examples to type (Europe/London,
 * http://…, S:A-S:A), a command, and the permission names the server knows.
 */
const KEPT = [
  /Quran Goals/g,
  /Quran\.com/g,
  /Quran Foundation/g,
  /quran\.com/g,
  /OAuth2?/g,
  /\bURL\b/g,
  /\bIANA\b/g,
  /\bAPI\b/g,
  /\bID\b/gi,
  /Europe\/London/g,
  /Asia\/Karachi/g,
  /https?:\/\/[\w./:-]+/g,
  /npm run sandbox/g,
  /\bS:A-S:A\b/g,
  /[“"«](goal|streak|activity_day)[”"»]/g,
  /\b(goal|streak|activity_day|offline_access)\b/g,
  /\bSandbox\b/gi,
];

/** The non-Latin-script languages, in which any Latin word left is English left behind. */
const OTHER_SCRIPTS = ['ar', 'bn', 'fa', 'ru', 'th', 'ur', 'zh'];

describe('the locales', () => {
  it('are exactly Quran.com’s 19 languages, each with a messages file', () => {
    const folders = readdirSync(LOCALES_DIR).sort();
    expect(folders).toEqual(LANGUAGES.map(folder).sort());
    for (const language of LANGUAGES)
      expect(existsSync(join(LOCALES_DIR, folder(language), 'messages.json'))).toBe(true);
  });

  it('English has the plural forms English has, one and other', () => {
    expect(pluralBases.size).toBeGreaterThan(10);
    for (const base of pluralBases) {
      const forms = CATEGORIES.filter((c) => `${base}_${c}` in en);
      expect(forms, base).toEqual(['one', 'other']);
    }
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (language) => {
  const messages = read(language);

  it('has every message English has, with the same placeholders, and no other', () => {
    const missing = singleKeys.filter((key) => !messages[key]?.message);
    expect(missing).toEqual([]);
    const differ = singleKeys.filter(
      (key) =>
        messages[key] &&
        placeholders(text(messages, key)).join() !== placeholders(text(en, key)).join(),
    );
    expect(differ).toEqual([]);
    const extra = Object.keys(messages).filter((key) => !(key in en) && !baseOf(key));
    expect(extra).toEqual([]);
  });

  it('has each plural message in exactly the plural forms of its language (Intl.PluralRules)', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const wrong: string[] = [];
    for (const base of pluralBases) {
      const forms = CATEGORIES.filter((c) => `${base}_${c}` in messages);
      if (forms.slice().sort().join() !== [...categories].sort().join())
        wrong.push(`${base}: ${forms.join(',')} (wants ${categories.join(',')})`);
      const english = placeholders(text(en, `${base}_other`));
      for (const category of forms) {
        const found = placeholders(text(messages, `${base}_${category}`));
        // The "other" form carries them all; another may leave the count out ("one day").
        const fits =
          category === 'other'
            ? found.join() === english.join()
            : found.every((p) => english.includes(p)) && english.length - found.length <= 1;
        if (!fits) wrong.push(`${base}_${category}: ${found.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('translates every message but names and single words both languages share', () => {
    const same = Object.keys(messages).filter(
      (key) =>
        !NAMES.has(key) &&
        !TERMS.has(key) &&
        key in en &&
        text(messages, key) === text(en, key) &&
        // One word may be the same in both languages (Page, Minutes, Type); two are English.
        (text(en, key).match(/[A-Za-z]{3,}/g) ?? []).length > 1,
    );
    expect(same).toEqual([]);
  });

  // In the languages written in their own script, any Latin word is English left behind.
  if (OTHER_SCRIPTS.includes(language))
    it('leaves no English words in its own script, only names and terms kept in Latin letters', () => {
      const left = Object.entries(messages)
        .filter(([key]) => !NAMES.has(key))
        .map(([key, { message }]) => ({
          key,
          rest: KEPT.reduce((left, re) => left.replace(re, ''), message),
        }))
        .filter(({ rest }) => /[A-Za-z]{3,}/.test(rest.replace(/\$\d/g, '')))
        .map(({ key, rest }) => `${key}: ${rest}`);
      expect(left).toEqual([]);
    });

  it('names the extension and describes it within the stores’ limits (75 and 132 characters)', () => {
    expect(text(messages, 'extName').length).toBeLessThanOrEqual(75);
    expect(text(messages, 'extDescription').length).toBeLessThanOrEqual(132);
  });

  it('says which language its messages are in (`lang`, the folder’s name)', () => {
    expect(text(messages, 'lang')).toBe(language);
  });

  it('names the surahs as its readers do (scripts/surah-names-locales.ts)', () => {
    expect(text(messages, 'surahNames').split('|')).toEqual(surahNamesOf(language));
  });
});

describe('en', () => {
  it('names the surahs in Quran.com’s transliterations', () => {
    expect(text(en, 'surahNames').split('|')).toEqual(surahNamesOf('en'));
  });
});
