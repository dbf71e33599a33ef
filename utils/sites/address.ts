import type { VerseKey, VerseRange } from '../verse-range';
import { rangeOf, spanOf, surahRange, toInt, verseKey } from './quran-index';

/** What an address names: a surah, and maybe a verse or a range starting in it. */
export interface Reference {
  surah: number;
  verse: VerseKey | null;
  range: VerseRange | null;
}

/**
 * Reads `S`, `S:A`, `S:A-A` or `S:A-S:A`, keeping what is real of it (`2:300` is surah 2,
 * a backwards range is its first verse); null when not even the surah is real.
 */
export function readReference(text: string): Reference | null {
  const match = /^(\d{1,3})(?::(\d{1,3})(?:-(?:(\d{1,3}):)?(\d{1,3}))?)?$/.exec(text);
  if (!match || !verseKey(match[1], 1)) return null;
  const [, s1, a1, s2, a2] = match;
  const verse = verseKey(s1, a1);
  const to = verseKey(s2 ?? s1, a2);
  return { surah: toInt(s1), verse, range: verse && to && rangeOf(verse, to) };
}

/** The path of an address in lower case, split into its parts. */
export const pathParts = (url: URL): string[] =>
  url.pathname.replace(/%3a/gi, ':').toLowerCase().split('/').filter(Boolean);

/** The verses a reference covers: its range, its verse, or its whole surah. */
export const scopeOf = (reference: Reference | null | undefined): VerseRange | null =>
  reference ? (reference.range ?? spanOf([reference.verse]) ?? surahRange(reference.surah)) : null;
