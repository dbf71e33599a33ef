import { AYAH_COUNTS, AYAH_COUNTS_TEXT, ayahCount } from './ayah-counts';
import type { VerseKey, VerseRange } from './schema';

export { AYAH_COUNTS_TEXT, ayahCount };

// Verse arithmetic on the Hafs count, free of zod and of quran-meta so that the popup and the
// content scripts can use it and stay small. tests/unit/quran checks it against quran-meta.

/** Verses in the whole Quran. */
export const TOTAL_VERSES = 6236;

/** Position (0-based) of the first verse of each entry of a table of sizes. */
export function startsOf(sizes: readonly number[]): number[] {
  let next = 0;
  return sizes.map((size) => {
    const start = next;
    next += size;
    return start;
  });
}

const SURAH_STARTS = startsOf(AYAH_COUNTS);

/** Why a range is not valid, as data, so that each page can word it in its own language. */
export type VerseRangeIssue =
  | { code: 'no_surah'; surah: number }
  | { code: 'no_ayah'; surah: number; count: number }
  | { code: 'backwards'; from: VerseKey; to: VerseKey };

/** Position of a verse in the whole Quran, 1 to 6236, or 0 when it is not a verse. */
export function verseNumber({ surah, ayah }: VerseKey): number {
  const start = SURAH_STARTS[surah - 1];
  if (start === undefined || !Number.isInteger(ayah) || ayah < 1 || ayah > ayahCount(surah)) {
    return 0;
  }
  return start + ayah;
}

/** The verse at a position 1 to 6236, or null. */
export function verseAt(position: number): VerseKey | null {
  if (!Number.isInteger(position) || position < 1 || position > TOTAL_VERSES) return null;
  let surah = 1;
  while ((SURAH_STARTS[surah] ?? TOTAL_VERSES) < position) surah += 1;
  return { surah, ayah: position - (SURAH_STARTS[surah - 1] ?? 0) };
}

/** Number of verses in a valid range. */
export function verseCount(range: VerseRange): number {
  return verseNumber(range.to) - verseNumber(range.from) + 1;
}

/** `2:255` */
export const formatVerseKey = ({ surah, ayah }: VerseKey): string => `${surah}:${ayah}`;
/** `2:255-2:286`, the form the API's `amount` takes. */
export const formatVerseRange = ({ from, to }: VerseRange): string =>
  `${formatVerseKey(from)}-${formatVerseKey(to)}`;

/** What is wrong with a range, or null when its ends are real verses in order. */
export function verseRangeIssue(range: VerseRange): VerseRangeIssue | null {
  for (const key of [range.from, range.to]) {
    const count = ayahCount(key.surah);
    if (count === 0) return { code: 'no_surah', surah: key.surah };
    if (!verseNumber(key)) return { code: 'no_ayah', surah: key.surah, count };
  }
  if (verseNumber(range.to) < verseNumber(range.from)) {
    return { code: 'backwards', from: range.from, to: range.to };
  }
  return null;
}

/** The range from one verse to another, or null when either is not a verse or it runs back. */
export function rangeOf(from: VerseKey, to: VerseKey): VerseRange | null {
  const first = verseNumber(from);
  const last = verseNumber(to);
  return first && last && first <= last ? { from, to } : null;
}

/** The smallest range holding every given verse, or null when none is a verse. */
export function spanOf(keys: readonly (VerseKey | null | undefined)[]): VerseRange | null {
  let first = 0;
  let last = 0;
  for (const key of keys) {
    const at = key ? verseNumber(key) : 0;
    if (!at) continue;
    if (!first || at < first) first = at;
    if (at > last) last = at;
  }
  const from = verseAt(first);
  const to = verseAt(last);
  return from && to ? { from, to } : null;
}

/** Whether a verse lies inside a range. */
export function isInRange(key: VerseKey, range: VerseRange): boolean {
  const at = verseNumber(key);
  return at > 0 && at >= verseNumber(range.from) && at <= verseNumber(range.to);
}

/** The whole of a surah, or null when there is no such surah. */
export function surahRange(surah: number): VerseRange | null {
  const count = ayahCount(surah);
  return count ? { from: { surah, ayah: 1 }, to: { surah, ayah: count } } : null;
}
