import { ayahCount } from './quran/ayah-counts';
import { readVerseRange } from './quran/read-range';
import type { VerseRange } from './quran/schema';

/** The reader's language: messages, numbers, dates and surah names. */
export interface Words {
  /** The message `key` with `$1`, `$2`… replaced by `args`. */
  t(key: string, ...args: string[]): string;
  /**
   * The message that counts `n`: `key_<plural category of n>` (`Intl.PluralRules`: zero, one,
   * two, few, many, other), else `key_other`, with `$1`, `$2`… replaced by `args`.
   */
  count(key: string, n: number, ...args: string[]): string;
  /** A number in the reader's numerals, at most one decimal. */
  number(n: number): string;
  /** A date (`YYYY-MM-DD`) the way the reader writes it, with the year. */
  date(ymd: string): string;
  /** A day of the plan's week (`Mon 3 Mar`). */
  day(ymd: string): string;
  /** A surah's name in the reader's language. */
  surah(n: number): string;
}

/** A range in reader words: "Read Al-Mulk", "Read Al-Baqarah 1–20", "Read Al-Fatihah 1 – Al-Baqarah 5". */
export function rangeWords({ from, to }: VerseRange, w: Words): string {
  const n = w.number;
  if (from.surah !== to.surah) {
    return w.t('readAcross', w.surah(from.surah), n(from.ayah), w.surah(to.surah), n(to.ayah));
  }
  if (from.ayah === 1 && to.ayah === ayahCount(to.surah))
    return w.t('readSurah', w.surah(from.surah));
  if (from.ayah === to.ayah) return w.t('readAyah', w.surah(from.surah), n(from.ayah));
  return w.t('readAyahs', w.surah(from.surah), n(from.ayah), n(to.ayah));
}

/** An amount in reader words: "Read 10 minutes", "Read 2.5 pages", "Read Al-Baqarah 1–20". */
export function amountWords(type: string, amount: number | string, w: Words): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (type === 'QURAN_TIME' && Number.isFinite(value)) {
    if (value < 60) return w.count('readSeconds', value, w.number(value));
    const minutes = Math.round(value / 6) / 10;
    return w.count('readMinutes', minutes, w.number(minutes));
  }
  if (type === 'QURAN_PAGES' && Number.isFinite(value)) {
    return w.count('readPages', value, w.number(value));
  }
  const ranges = String(amount)
    .split(',')
    .map((text) => readVerseRange(text));
  if (type === 'QURAN_RANGE' && ranges.every((r) => r !== null)) {
    return ranges.map((range) => rangeWords(range as VerseRange, w)).join(w.t('listSeparator'));
  }
  return w.t('readAmount', String(amount));
}
