import { type Division, divisionRange } from '@/utils/quran/divisions';
import { parseReference, parseVerse, type Reference, toInt } from '@/utils/quran/parse';
import type { VerseKey } from '@/utils/quran/schema';
import { pathParts } from '@/utils/sites/address';

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
 * Reads a quran.com address, after an optional locale: `/2`, `/al-baqarah` (its number
 * comes from `chapterOfPage`), `/2:255`, `/2/255`, study suffixes, `/2/255-260`,
 * `/2:255-3:5`, `/page/N`, `/juz/N`, `/hizb/N`, `/rub/N`, `/surah/2/info`.
 */
export function readQuranComAddress(url: URL, chapterOfPage: () => number | null): QuranComAddress {
  const parts = pathParts(url);
  if (/^[a-z]{2}(?:-[a-z]{2,4})?$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'surah') parts.shift();
  const [head = '', next = ''] = parts;
  if (DIVISIONS.includes(head)) {
    const kind = head as Division;
    const number = toInt(next);
    return divisionRange(kind, number) ? { ...NONE, division: { kind, number } } : NONE;
  }
  let text = head === 'ayatul-kursi' ? '2:255' : head;
  if (/^[a-z][a-z'-]*$/.test(text) && !NOT_READER.test(text)) text = String(chapterOfPage() ?? '');
  if (/^\d+$/.test(text) && /^\d+(-\d+)?$/.test(next)) text += `:${next}`;
  const reference = parseReference(text);
  const start = reference && parseVerse(reference.surah, url.searchParams.get('startingVerse'));
  return { reference, start, division: null };
}
