// Writes each locale's `surahNames` message (the 114 names, `|` between them) from its source,
// so that the names shown are the ones a reader of that language knows:
// - Arabic script (ar, fa, ur): the Arabic names (utils/quran/surah-names.ts, checked there
//   against quran-meta's);
// - the languages quran-meta names the surahs in (ru, tr, fr): quran-meta's names;
// - every other language: the transliterations Quran.com shows in every language.
// Run: npx tsx scripts/surah-names-locales.ts [locale…] (tests/unit/locales checks the files
// against it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getSurahNames } from 'quran-meta/i18n';
import { surahArabicName, surahName } from '../utils/quran/surah-names';

const LOCALES = resolve(import.meta.dirname, '../public/_locales');
const SURAHS = Array.from({ length: 114 }, (_, i) => i + 1);

/** The languages whose readers write the surahs' names in Arabic script. */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur']);
/** The languages quran-meta has the surahs' names in, as their readers write them. */
const QURAN_META = new Set(['ru', 'tr', 'fr']);

/** A locale's 114 surah names, from its source. */
export function surahNamesOf(locale: string): string[] {
  if (ARABIC_SCRIPT.has(locale)) return SURAHS.map(surahArabicName);
  if (QURAN_META.has(locale)) {
    const names = getSurahNames(locale as 'ru') as unknown as string[][];
    return SURAHS.map((n) => names[n]?.[0] ?? surahName(n));
  }
  return SURAHS.map(surahName);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The locales named on the command line, else every one.
  const chosen = process.argv.slice(2);
  for (const locale of chosen.length ? chosen : readdirSync(LOCALES)) {
    const file = join(LOCALES, locale, 'messages.json');
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    messages.surahNames = {
      message: surahNamesOf(locale).join('|'),
      description: 'The 114 surah names, | between them (scripts/surah-names-locales.ts).',
    };
    writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
  }
}
