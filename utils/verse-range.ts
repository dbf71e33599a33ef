import { findAyahIdBySurah, getAyahCountInSurah, isValidSurah } from 'quran-meta/hafs';
import { z } from 'zod';

/** A verse reference, surah and ayah numbers (not checked against the Quran). */
export const VerseKeySchema = z.object({ surah: z.int(), ayah: z.int() });
export type VerseKey = z.infer<typeof VerseKeySchema>;

/** An ordered, inclusive range of real verses; it may cross surahs. */
export const VerseRangeSchema = z
  .object({ from: VerseKeySchema, to: VerseKeySchema })
  .superRefine((range, ctx) => {
    const problem = verseRangeProblem(range);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type VerseRange = z.infer<typeof VerseRangeSchema>;

/** Number of ayahs in a surah, or 0 when the surah does not exist. */
export function ayahCount(surah: number): number {
  return Number.isInteger(surah) && isValidSurah(surah) ? getAyahCountInSurah(surah) : 0;
}

/** Whether `S:A` names a real verse. */
export function isRealVerse({ surah, ayah }: VerseKey): boolean {
  return Number.isInteger(ayah) && ayah >= 1 && ayah <= ayahCount(surah);
}

/** Position of a verse in the whole Quran, 1..6236 (for ordering and counting). */
export function verseIndex({ surah, ayah }: VerseKey): number {
  return findAyahIdBySurah(surah as never, ayah as never);
}

/** Number of verses in a valid range. */
export function verseCount(range: VerseRange): number {
  return verseIndex(range.to) - verseIndex(range.from) + 1;
}

/** `2:255` */
export const formatVerseKey = ({ surah, ayah }: VerseKey): string => `${surah}:${ayah}`;
/** `2:255-2:286`, the form the API's `amount` takes. */
export const formatVerseRange = ({ from, to }: VerseRange): string =>
  `${formatVerseKey(from)}-${formatVerseKey(to)}`;

/** Why a range is not valid, in plain words, or null when it is. */
export function verseRangeProblem(range: VerseRange): string | null {
  for (const key of [range.from, range.to]) {
    const count = ayahCount(key.surah);
    if (count === 0) return `There is no surah ${key.surah}: surahs are numbered 1 to 114.`;
    if (!isRealVerse(key)) return `Surah ${key.surah} has ${count} ayahs.`;
  }
  if (verseIndex(range.to) < verseIndex(range.from)) {
    return `The range runs backwards: ${formatVerseKey(range.to)} comes before ${formatVerseKey(range.from)}.`;
  }
  return null;
}

const RANGE_PATTERN =
  /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*(?:[-–]\s*(?:(\d{1,3})\s*:\s*)?(\d{1,3}))?\s*$/;

/**
 * Reads a typed range: `2:255`, `2:255-286`, `2:255-2:286`, `2:255–3:5`.
 * Returns null when the text is not a range of real verses in order.
 */
export function parseVerseRange(text: string): VerseRange | null {
  const match = RANGE_PATTERN.exec(text);
  if (!match) return null;
  const [, s1, a1, s2, a2] = match;
  const from = { surah: Number(s1), ayah: Number(a1) };
  const to = a2 === undefined ? from : { surah: Number(s2 ?? s1), ayah: Number(a2) };
  const range = { from, to };
  return verseRangeProblem(range) === null ? range : null;
}

/** The API's `amount` for a range goal: `S:A-S:A` of real verses, not backwards. */
export const VerseRangeAmountSchema = z
  .string()
  .regex(/^\d+:\d+-\d+:\d+$/, 'A range is written S:A-S:A, for example 2:255-2:286.')
  .superRefine((text, ctx) => {
    const [from = '', to = ''] = text.split('-');
    const [s1, a1] = from.split(':').map(Number);
    const [s2, a2] = to.split(':').map(Number);
    const problem = verseRangeProblem({
      from: { surah: s1 ?? 0, ayah: a1 ?? 0 },
      to: { surah: s2 ?? 0, ayah: a2 ?? 0 },
    });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
