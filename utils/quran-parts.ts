import { type VerseSpan, verseAt } from './verses';

/** Divisions of the Quran a reader may pick a range by, with how many there are. */
export const PART_COUNTS = { juz: 30, hizb: 60, rub: 240, page: 604 } as const;
export type PartKind = keyof typeof PART_COUNTS;

/** Whether a part exists (`juz 31` does not). */
export function isPart(kind: PartKind, n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= PART_COUNTS[kind];
}

/**
 * The exact verses of a juz, hizb, quarter (rub al-hizb) or page of the 604-page Madani
 * mushaf, or null when there is no such part. quran-meta's tables say where each part starts;
 * they are loaded only when a reader asks, to keep the popup small.
 */
export async function partRange(kind: PartKind, n: number): Promise<VerseSpan | null> {
  if (!isPart(kind, n)) return null;
  const { HizbQuarterList, JuzList, PageList } = await import('quran-meta/hafs');
  const list = kind === 'juz' ? JuzList : kind === 'page' ? PageList : HizbQuarterList;
  const [first, last] = kind === 'hizb' ? [n * 4 - 3, n * 4] : [n, n];
  const start = list[first];
  const next = list[last + 1];
  return start && next ? { from: verseAt(start), to: verseAt(next - 1) } : null;
}
