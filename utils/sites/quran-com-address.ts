import { type Division, divisionRange } from '../quran/divisions';
import { parseExactReference, parseVerse, type Reference, toInt } from '../quran/parse';
import type { VerseKey } from '../quran/schema';
import { pathParts } from './address';

/** The site name quran.com's reader reports with its page context. */
export const QURAN_COM = 'quran.com';

/** What a quran.com address points to. */
export interface QuranComAddress {
  /** A surah, a verse or a range. */
  reference: Reference | null;
  /** The verse a surah's address asks to start at (`?startingVerse=`). */
  start: VerseKey | null;
  /** A page, juz, hizb or rub al-hizb. */
  division: { kind: Division; number: number } | null;
}

const NONE: QuranComAddress = { reference: null, start: null, division: null };
const DIVISIONS: readonly string[] = ['page', 'juz', 'hizb', 'rub'];
/** Sections of the site that are not the reader, though their names look like surah slugs. */
const NOT_READER = /^(?:reading-goal|learning-plan)/;

/**
 * Reads a quran.com address, after an optional locale (`/ar`, `/pt-br`): `/2`, `/al-baqarah` (a
 * surah's slug, read by `surahNamed`), `/2:255`, `/2/255`, study suffixes, `/2/255-260`,
 * `/2:255-3:5`, `/page/N`, `/juz/N`, `/hizb/N`, `/rub/N`, `/surah/2/info`. An address naming
 * a verse that is not real, or a range that runs backwards, names nothing.
 */
export function readQuranComAddress(
  url: URL,
  surahNamed: (slug: string) => number | null,
): QuranComAddress {
  const parts = pathParts(url);
  // A locale (`ar`, `pt-br`) is shorter than any slug (`an-nisa`, `ya-sin`).
  if (/^[a-z]{2}(?:-[a-z]{2})?$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'surah') parts.shift();
  const [head = '', next = ''] = parts;
  if (DIVISIONS.includes(head)) {
    const kind = head as Division;
    const number = toInt(next);
    return divisionRange(kind, number) ? { ...NONE, division: { kind, number } } : NONE;
  }
  let text = head === 'ayatul-kursi' ? '2:255' : head;
  if (/^[a-z][a-z'-]*$/.test(text) && !NOT_READER.test(text)) text = String(surahNamed(text) ?? '');
  if (/^\d+$/.test(text) && /^\d+(-\d+)?$/.test(next)) text += `:${next}`;
  const reference = parseExactReference(text);
  const start = reference && parseVerse(reference.surah, url.searchParams.get('startingVerse'));
  return { reference, start, division: null };
}
