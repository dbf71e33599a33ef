import { surahName } from './surah-names';

// Plain verse arithmetic, free of zod and of quran-meta's full tables so that the popup can
// validate with it and stay small. Tests check the counts against quran-meta, ayah by ayah.

/** Ayahs in each surah, 1 to 114 (Hafs). */
const AYAH_COUNTS =
  '7,286,200,176,120,165,206,75,129,109,123,111,43,52,99,128,111,110,98,135,112,78,118,64,77,227,93,88,69,60,34,30,73,54,45,83,182,88,75,85,54,53,89,59,37,35,38,29,18,45,60,49,62,55,78,96,29,22,24,13,14,11,11,18,12,12,30,52,52,44,28,28,20,56,40,31,50,40,46,42,29,19,36,25,22,17,19,26,30,20,15,21,11,8,8,19,5,8,8,11,11,8,3,9,5,4,7,3,6,3,5,4,5,6'
    .split(',')
    .map(Number);
/** Position of each surah's first ayah in the whole Quran, less one. */
const BEFORE: number[] = [];
AYAH_COUNTS.reduce((sum, count, i) => {
  BEFORE[i] = sum;
  return sum + count;
}, 0);

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

const isSurah = (surah: number) => Number.isInteger(surah) && surah >= 1 && surah <= 114;

/** Number of ayahs in a surah, or 0 when the surah does not exist. */
export function ayahCount(surah: number): number {
  return isSurah(surah) ? (AYAH_COUNTS[surah - 1] ?? 0) : 0;
}

/** Whether `S:A` names a real verse. */
export function isRealVerse({ surah, ayah }: VerseRef): boolean {
  return Number.isInteger(ayah) && ayah >= 1 && ayah <= ayahCount(surah);
}

/** Position of a real verse in the whole Quran, 1..6236 (for ordering and counting). */
export function verseIndex({ surah, ayah }: VerseRef): number {
  return (BEFORE[surah - 1] ?? Number.NaN) + ayah;
}

/** The verse at a position in the whole Quran (1..6236). */
export function verseAt(index: number): VerseRef {
  let surah = 1;
  while (surah < 114 && (BEFORE[surah] ?? Infinity) < index) surah += 1;
  return { surah, ayah: index - (BEFORE[surah - 1] ?? 0) };
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
