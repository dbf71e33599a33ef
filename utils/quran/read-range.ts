import type { VerseRange } from './schema';

// The part of the reader of verse references (`parse.ts`, which answers it too) that today's
// card needs in the popup's first paint: a module of its own, so that the rest of the reader
// stays out of that first paint.

/**
 * Turns Arabic-Indic and Persian digits, and the Arabic decimal sign, into ASCII, and trims.
 * One character stands for one, so on trimmed text an index in the result holds in the text.
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(/\u066B/g, '.')
    .trim();
}

const RANGE_PATTERN =
  /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*(?:[-–]\s*(?:(\d{1,3})\s*:\s*)?(\d{1,3}))?\s*$/;

/**
 * Reads a typed range, in ASCII, Arabic-Indic or Persian digits: `2:255`, `2:255-286`,
 * `2:255-2:286`, `2:255–3:5`. Null when the text has no such form.
 */
export function readVerseRange(text: string): VerseRange | null {
  const match = RANGE_PATTERN.exec(asciiDigits(text));
  if (!match) return null;
  const [, s1, a1, s2, a2] = match;
  const from = { surah: Number(s1), ayah: Number(a1) };
  const to = a2 === undefined ? from : { surah: Number(s2 ?? s1), ayah: Number(a2) };
  return { from, to };
}
