/**
 * The one reader of verse references in text: what a reader types, what the API sends, and
 * what Quran sites write in their addresses and markup.
 *
 * The rule for names: a function named `read…` reads the form only and does not check that
 * the verses exist (`readVerseKey('1:8')` is 1:8, though Al-Fatihah has 7 verses); a function
 * named `parse…` also checks that every verse it answers exists, and answers null (or leaves
 * out) what does not.
 */
import { asciiDigits, readVerseRange } from './read-range';
import type { VerseKey, VerseRange } from './schema';
import { ayahCount, formatVerseKey, rangeOf, verseNumber, verseRangeIssue } from './verses';

export { asciiDigits, readVerseRange };

/** A whole number from a number or a string of ASCII digits, or NaN. */
export function toInt(value: unknown): number {
  const text = String(value ?? '').trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

/** Reads a typed range as `readVerseRange` does; null unless it runs between real verses in order. */
export function parseVerseRange(text: string): VerseRange | null {
  const range = readVerseRange(text);
  return range && verseRangeIssue(range) === null ? range : null;
}

/** Reads one typed verse (`2:255`, `٢:٢٥٥`), or null; a range of one verse counts as one. */
export function readVerseKey(text: string): VerseKey | null {
  const range = readVerseRange(text);
  return range && formatVerseKey(range.from) === formatVerseKey(range.to) ? range.from : null;
}

/** The verse of a surah and an ayah given as numbers or digit strings, or null when not real. */
export function parseVerse(surah: unknown, ayah: unknown): VerseKey | null {
  const key = { surah: toInt(surah), ayah: toInt(ayah) };
  return verseNumber(key) ? key : null;
}

/**
 * A verse as sites write it in addresses and markup: `2:255`, `2-255`, `2_255`, or a word's
 * location `2:255:3` or `(2:255:3)`. Null when the text has another form or no such verse.
 */
export function parseVerseId(text: string | null | undefined): VerseKey | null {
  const match = /^\s*\(?(\d{1,3})[:_-](\d{1,3})(?:[:_-]\d{1,3})?\)?\s*$/.exec(text ?? '');
  return match ? parseVerse(match[1], match[2]) : null;
}

/** What an address names: a surah, and maybe a verse or a range starting in it. */
export interface Reference {
  surah: number;
  verse: VerseKey | null;
  range: VerseRange | null;
}

/**
 * Parses `S`, `S:A`, `S:A-A` or `S:A-S:A` as addresses write them, keeping what is real of it
 * (`2:300` is surah 2, a backwards range is its first verse); null when the surah is not real.
 */
export function parseReference(text: string): Reference | null {
  const match = /^(\d{1,3})(?::(\d{1,3})(?:-(?:(\d{1,3}):)?(\d{1,3}))?)?$/.exec(text);
  const [, s1, a1, s2, a2] = match ?? [];
  const surah = toInt(s1);
  if (!ayahCount(surah)) return null;
  const verse = parseVerse(s1, a1);
  const to = parseVerse(s2 ?? s1, a2);
  return { surah, verse, range: verse && to && rangeOf(verse, to) };
}

/**
 * Parses an address's `S`, `S:A`, `S:A-A` or `S:A-S:A` as `parseReference` does, but keeps
 * nothing of an address that names a verse that is not real or a range that runs backwards
 * (`2:287`, `2:255-250`): such an address names no verses at all.
 */
export function parseExactReference(text: string): Reference | null {
  const reference = parseReference(text);
  const whole =
    (!text.includes(':') || reference?.verse) && (!text.includes('-') || reference?.range);
  return whole ? reference : null;
}

/** A whole range typed or pasted into one verse field (`2:255-2:286`), as two keys. */
export function pastedRange(text: string): { from: string; to: string } | null {
  if (!/[-–]/.test(text)) return null;
  const range = readVerseRange(text);
  return range ? { from: formatVerseKey(range.from), to: formatVerseKey(range.to) } : null;
}
