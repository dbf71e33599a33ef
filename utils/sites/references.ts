import { asciiDigits, parseVerse } from '../quran/parse';
import type { VerseRange } from '../quran/schema';
import { rangeOf } from '../quran/verses';

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const ARABIC_DIGIT = '[\\u0660-\\u0669\\u06F0-\\u06F9]';

/** `2:255`, `2:255-260`, `2:255-3:5`, a word location `2:255:3`; brackets around are free. */
const LATIN_REFERENCE =
  /(?<![\d:.])(\d{1,3}):(\d{1,3})(?::\d{1,3})?(?:\s*[-–—]\s*(?:(\d{1,3}):)?(\d{1,3})(?::\d{1,3})?)?(?![\d:])/g;

/** `﴿٢٥٥﴾` (either order), `۝٢٥٥`, or bare Arabic-Indic digits: an ayah number alone. */
const VERSE_MARKER = new RegExp(
  [
    `\\uFD3F\\s*(${DIGIT}{1,3})\\s*\\uFD3E`,
    `\\uFD3E\\s*(${DIGIT}{1,3})\\s*\\uFD3F`,
    `\\u06DD\\s*(${DIGIT}{1,3})`,
    `(?<!${DIGIT}|:)(${ARABIC_DIGIT}{1,3})(?!${DIGIT}|:)`,
  ].join('|'),
  'g',
);

interface Found {
  at: number;
  range: VerseRange;
}

/**
 * Latin references, with the (trimmed) text where they stood blanked out for the marker pass.
 * `asciiDigits` keeps every position of a trimmed text, so its matches' indexes hold in `rest`.
 */
function latinReferences(text: string): { found: Found[]; rest: string } {
  const found: Found[] = [];
  let rest = text.trim();
  for (const match of asciiDigits(rest).matchAll(LATIN_REFERENCE)) {
    const [whole, s1, a1, s2, a2] = match;
    rest =
      rest.slice(0, match.index) +
      ' '.repeat(whole.length) +
      rest.slice(match.index + whole.length);
    const from = parseVerse(s1, a1);
    const to = a2 === undefined ? from : parseVerse(s2 ?? s1, a2);
    const range = from && to ? rangeOf(from, to) : null;
    if (range) found.push({ at: match.index, range });
  }
  return { found, rest };
}

/**
 * Every verse reference in a text, in reading order: Latin references, and verse-end
 * markers or bare Arabic-Indic numbers, which need the surah the text comes from.
 */
export function findReferences(text: string, surah?: number | null): VerseRange[] {
  const { found, rest } = latinReferences(text.slice(0, 20_000));
  if (surah) {
    for (const match of rest.matchAll(VERSE_MARKER)) {
      const number = match.slice(1).find((group) => group !== undefined) ?? '';
      const key = parseVerse(surah, asciiDigits(number));
      if (key) found.push({ at: match.index, range: { from: key, to: key } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ range }) => range);
}

/** Whether a text holds verse-end markers or Arabic-Indic numbers (that name no surah). */
export function hasVerseMarkers(text: string): boolean {
  return new RegExp(VERSE_MARKER.source).test(latinReferences(text.slice(0, 20_000)).rest);
}
