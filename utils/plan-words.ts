import { todayIn } from './goal-form';
import { readVerseRange } from './quran/parse';
import type { VerseRange } from './quran/schema';
import { ayahCount } from './quran/verses';

/** The reader's language: messages, numbers, dates and surah names. */
export interface Words {
  /** The message `key` with `$1`, `$2`… replaced by `args`. */
  t(key: string, ...args: string[]): string;
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
    if (value < 60) return w.t('readSeconds', w.number(value));
    const minutes = Math.round(value / 6) / 10;
    return w.t(minutes === 1 ? 'readMinute' : 'readMinutes', w.number(minutes));
  }
  if (type === 'QURAN_PAGES' && Number.isFinite(value)) {
    return w.t(value === 1 ? 'readPage' : 'readPages', w.number(value));
  }
  const ranges = String(amount)
    .split(',')
    .map((text) => readVerseRange(text));
  if (type === 'QURAN_RANGE' && ranges.every((r) => r !== null)) {
    return ranges.map((range) => rangeWords(range as VerseRange, w)).join(w.t('listSeparator'));
  }
  return w.t('readAmount', String(amount));
}

/** One day of the plan, ready to show. */
export interface PlanDay {
  date: string;
  words: string;
}

/**
 * The reader's calendar day of an estimate day: the API names each day by an instant (its
 * start, written in UTC), which falls on the previous UTC date for readers east of UTC.
 */
export function planDay(date: string, timeZone: string | undefined): string {
  const instant = new Date(date);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) return date.slice(0, 10);
  return todayIn(timeZone, instant);
}

/** The week of an estimate in reader words, and how many days the goal runs beyond it. */
export function weekWords(
  type: string,
  week: readonly { date: string; amount: number | string }[],
  duration: number | null,
  w: Words,
  timeZone: string | undefined,
): { days: PlanDay[]; moreDays: number } {
  const days = week.map((day) => ({
    date: w.day(planDay(day.date, timeZone)),
    words: amountWords(type, day.amount, w),
  }));
  return { days, moreDays: duration === null ? 0 : Math.max(0, duration - week.length) };
}
