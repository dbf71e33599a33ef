import {
  findAyahIdBySurah,
  findSurahAyahByAyahId,
  getAyahCountInSurah,
  isValidSurah,
} from 'quran-meta/hafs';
import { RANGE_AMOUNT_PATTERN } from './catalog';

/**
 * Verses are handled as positions in the whole Quran (1 = 1:1 … 6236 = 114:6), so that
 * ranges can cross surahs and be split, counted and compared with plain arithmetic.
 */
export interface VerseSpan {
  first: number;
  last: number;
}

/** Position of a real verse, or null when `surah:ayah` names none. */
export function versePosition(surah: number, ayah: number): number | null {
  if (!isValidSurah(surah) || !Number.isSafeInteger(ayah) || ayah < 1) return null;
  if (ayah > getAyahCountInSurah(surah)) return null;
  return findAyahIdBySurah(surah, ayah as never);
}

/** `S:A` of a verse position. */
export function verseKey(position: number): string {
  const [surah, ayah] = findSurahAyahByAyahId(position);
  return `${surah}:${ayah}`;
}

/** Reads an `S:A-S:A` amount: its span, or a sentence saying why it is not a real range. */
export function parseVerseRange(amount: string): VerseSpan | string {
  const match = RANGE_AMOUNT_PATTERN.exec(amount);
  if (!match) return `"${amount}" is not a verse range like 2:1-2:29.`;
  const [, s1, a1, s2, a2] = match.map(Number) as [number, number, number, number, number];
  const first = versePosition(s1, a1);
  if (first === null) return `${s1}:${a1} is not a verse of the Quran.`;
  const last = versePosition(s2, a2);
  if (last === null) return `${s2}:${a2} is not a verse of the Quran.`;
  if (last < first) return `The range ${amount} runs backwards.`;
  return { first, last };
}

/** `2:1-2:29` */
export function formatSpan({ first, last }: VerseSpan): string {
  return `${verseKey(first)}-${verseKey(last)}`;
}

/** Number of verses in a span. */
export function spanLength({ first, last }: VerseSpan): number {
  return last - first + 1;
}

/** The first `take` of `parts` consecutive spans of a span, lengths differing by at most one. */
export function splitSpan(span: VerseSpan, parts: number, take = parts): VerseSpan[] {
  let first = span.first;
  return splitTotal(spanLength(span), parts, take).map((size) => {
    const part = { first, last: first + size - 1 };
    first += size;
    return part;
  });
}

/**
 * The first `take` of the whole numbers (each at least 1) that split `total` into `parts`;
 * the first ones take the remainder. Fewer parts are made when the total is smaller.
 */
export function splitTotal(total: number, parts: number, take = parts): number[] {
  const count = Math.max(1, Math.min(parts, total));
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: Math.min(take, count) }, (_, i) => base + (i < extra ? 1 : 0));
}

/** The parts of `target` that none of `covered` includes, in order. */
export function subtractSpans(target: VerseSpan, covered: VerseSpan[]): VerseSpan[] {
  const sorted = [...covered].sort((a, b) => a.first - b.first);
  const left: VerseSpan[] = [];
  let next = target.first;
  for (const span of sorted) {
    if (span.last < next || span.first > target.last) continue;
    if (span.first > next) left.push({ first: next, last: span.first - 1 });
    next = Math.max(next, span.last + 1);
  }
  if (next <= target.last) left.push({ first: next, last: target.last });
  return left;
}

/**
 * Reads a comma-separated list of ranges (`1:1-1:7,2:1-2:5`, the documents' `ranges` form):
 * their spans, or a sentence saying which one is not a real range.
 */
export function parseRangeList(text: string): VerseSpan[] | string {
  const spans: VerseSpan[] = [];
  for (const part of text.split(',')) {
    const span = parseVerseRange(part);
    if (typeof span === 'string') return span;
    spans.push(span);
  }
  return spans;
}

/** The verses of several spans as few spans as possible, in order (overlaps counted once). */
export function mergeSpans(spans: readonly VerseSpan[]): VerseSpan[] {
  const merged: VerseSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.first - b.first)) {
    const last = merged.at(-1);
    if (last && span.first <= last.last + 1) last.last = Math.max(last.last, span.last);
    else merged.push({ ...span });
  }
  return merged;
}

/** Number of verses in spans that do not overlap. */
export function countVerses(spans: readonly VerseSpan[]): number {
  return spans.reduce((sum, span) => sum + spanLength(span), 0);
}
