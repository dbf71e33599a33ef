import { findAyahIdBySurah, getAyahCountInSurah, isValidSurah } from 'quran-meta/hafs';
import { surahName } from './surah-names';

// Plain verse arithmetic, free of zod so that the popup can validate without loading it.

/** A verse reference, surah and ayah numbers (the shape `VerseKeySchema` parses). */
export interface VerseRef {
  surah: number;
  ayah: number;
}

/** An inclusive span of verses (the shape `VerseRangeSchema` parses). */
export interface VerseSpan {
  from: VerseRef;
  to: VerseRef;
}

/** Why a range is not valid, as data, so that each page can word it in its own language. */
export type VerseRangeIssue =
  | { code: 'no_surah'; surah: number }
  | { code: 'no_ayah'; surah: number; count: number }
  | { code: 'backwards'; from: VerseRef; to: VerseRef };

/** Number of ayahs in a surah, or 0 when the surah does not exist. */
export function ayahCount(surah: number): number {
  return Number.isInteger(surah) && isValidSurah(surah) ? getAyahCountInSurah(surah) : 0;
}

/** Whether `S:A` names a real verse. */
export function isRealVerse({ surah, ayah }: VerseRef): boolean {
  return Number.isInteger(ayah) && ayah >= 1 && ayah <= ayahCount(surah);
}

/** Position of a verse in the whole Quran, 1..6236 (for ordering and counting). */
export function verseIndex({ surah, ayah }: VerseRef): number {
  return findAyahIdBySurah(surah as never, ayah as never);
}

/** Number of verses in a valid range. */
export function verseCount(range: VerseSpan): number {
  return verseIndex(range.to) - verseIndex(range.from) + 1;
}

/** `2:255` */
export const formatVerseKey = ({ surah, ayah }: VerseRef): string => `${surah}:${ayah}`;
/** `2:255-2:286`, the form the API's `amount` takes. */
export const formatVerseRange = ({ from, to }: VerseSpan): string =>
  `${formatVerseKey(from)}-${formatVerseKey(to)}`;

/** What is wrong with a range, or null when its ends are real verses in order. */
export function verseRangeIssue(range: VerseSpan): VerseRangeIssue | null {
  for (const key of [range.from, range.to]) {
    const count = ayahCount(key.surah);
    if (count === 0) return { code: 'no_surah', surah: key.surah };
    if (!isRealVerse(key)) return { code: 'no_ayah', surah: key.surah, count };
  }
  if (verseIndex(range.to) < verseIndex(range.from)) {
    return { code: 'backwards', from: range.from, to: range.to };
  }
  return null;
}

/** A range issue in plain English ("Al-Fatihah has 7 ayahs."). */
export function describeVerseRangeIssue(issue: VerseRangeIssue): string {
  if (issue.code === 'no_surah') {
    return `There is no surah ${issue.surah}: surahs are numbered 1 to 114.`;
  }
  if (issue.code === 'no_ayah') return `${surahName(issue.surah)} has ${issue.count} ayahs.`;
  return `The range runs backwards: ${formatVerseKey(issue.to)} comes before ${formatVerseKey(issue.from)}.`;
}

/** Why a range is not valid, in plain words, or null when it is. */
export function verseRangeProblem(range: VerseSpan): string | null {
  const issue = verseRangeIssue(range);
  return issue ? describeVerseRangeIssue(issue) : null;
}

const RANGE_PATTERN =
  /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*(?:[-–]\s*(?:(\d{1,3})\s*:\s*)?(\d{1,3}))?\s*$/;

/**
 * Reads a typed range without checking it against the Quran: `2:255`, `2:255-286`,
 * `2:255-2:286`, `2:255–3:5`. Returns null when the text has no such form.
 */
export function readVerseRange(text: string): VerseSpan | null {
  const match = RANGE_PATTERN.exec(text);
  if (!match) return null;
  const [, s1, a1, s2, a2] = match;
  const from = { surah: Number(s1), ayah: Number(a1) };
  const to = a2 === undefined ? from : { surah: Number(s2 ?? s1), ayah: Number(a2) };
  return { from, to };
}

/**
 * Reads a typed range: `2:255`, `2:255-286`, `2:255-2:286`, `2:255–3:5`.
 * Returns null when the text is not a range of real verses in order.
 */
export function parseVerseRange(text: string): VerseSpan | null {
  const range = readVerseRange(text);
  return range && verseRangeIssue(range) === null ? range : null;
}
