import type { VerseKey, VerseRange } from '../verse-range';
import { AYAH_COUNTS, PAGE_SIZES, RUB_SIZES } from './quran-tables';

/** A numbered division of the mushaf that the sites link to. */
export type Division = 'page' | 'juz' | 'hizb' | 'rub';

/** Position (0-based) of the first verse of each entry of a size table. */
function startsOf(sizes: readonly number[]): number[] {
  let next = 0;
  return sizes.map((size) => {
    const start = next;
    next += size;
    return start;
  });
}

const SURAH_STARTS = startsOf(AYAH_COUNTS);
const PAGE_STARTS = startsOf(PAGE_SIZES);
const RUB_STARTS = startsOf(RUB_SIZES);
const TOTAL_VERSES = 6236;

/** A whole number from a number or a string of digits, or NaN. */
export function toInt(value: unknown): number {
  const text = String(value ?? '').trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

/** Ayahs in a surah, or 0 when there is no such surah. */
export function ayahsIn(surah: number): number {
  return Number.isInteger(surah) ? (AYAH_COUNTS[surah - 1] ?? 0) : 0;
}

/** Position of a verse in the whole Quran, 1 to 6236, or 0 when it is not a verse. */
export function verseNumber({ surah, ayah }: VerseKey): number {
  const start = SURAH_STARTS[surah - 1];
  if (start === undefined || !Number.isInteger(ayah) || ayah < 1 || ayah > ayahsIn(surah)) return 0;
  return start + ayah;
}

/** The verse at a position 1 to 6236, or null. */
export function verseAt(position: number): VerseKey | null {
  if (!Number.isInteger(position) || position < 1 || position > TOTAL_VERSES) return null;
  let surah = 1;
  while ((SURAH_STARTS[surah] ?? TOTAL_VERSES) < position) surah += 1;
  return { surah, ayah: position - (SURAH_STARTS[surah - 1] ?? 0) };
}

/** A real verse from a surah and an ayah given as numbers or digit strings, or null. */
export function verseKey(surah: unknown, ayah: unknown): VerseKey | null {
  const key = { surah: toInt(surah), ayah: toInt(ayah) };
  return verseNumber(key) ? key : null;
}

/** Reads `2:255`, `2-255`, `2_255` or a word location `2:255:3` as a real verse, or null. */
export function readVerseKey(text: string | null | undefined): VerseKey | null {
  const match = /^\s*\(?(\d{1,3})[:_-](\d{1,3})(?:[:_-]\d{1,3})?\)?\s*$/.exec(text ?? '');
  return match ? verseKey(match[1], match[2]) : null;
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
  const count = ayahsIn(surah);
  return count ? { from: { surah, ayah: 1 }, to: { surah, ayah: count } } : null;
}

/** Verses of entries `first..last` (1-based) of a size table. */
function tableRange(starts: number[], first: number, last: number): VerseRange | null {
  const start = starts[first - 1];
  const end = last < starts.length ? starts[last] : TOTAL_VERSES;
  if (start === undefined || end === undefined || first > last) return null;
  const from = verseAt(start + 1);
  const to = verseAt(end);
  return from && to ? { from, to } : null;
}

/** Verses of a page (604-page mushaf), juz, hizb or rub al-hizb, or null when out of bounds. */
export function divisionRange(kind: Division, n: number): VerseRange | null {
  if (!Number.isInteger(n) || n < 1) return null;
  if (kind === 'page') return tableRange(PAGE_STARTS, n, n);
  const rubs = { rub: 1, hizb: 4, juz: 8 }[kind];
  return tableRange(RUB_STARTS, (n - 1) * rubs + 1, n * rubs);
}
