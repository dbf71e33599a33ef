import { type Division, divisionRange, rangeOf, toInt, verseKey } from '@/utils/sites/quran-index';
import type { VerseKey, VerseRange } from '@/utils/verse-range';

/** What a quran.com address points to. */
export type QuranComRoute =
  | { type: 'none' }
  | { type: 'surah'; surah: number; verse: VerseKey | null }
  | { type: 'verse'; surah: number; verse: VerseKey }
  | { type: 'range'; surah: number; range: VerseRange }
  | { type: 'division'; division: Division; number: number };

const NONE: QuranComRoute = { type: 'none' };
const DIVISIONS: readonly string[] = ['page', 'juz', 'hizb', 'rub'];
const LOCALE = /^[a-z]{2}(?:-[a-z]{2,4})?$/i;
/** Sections of the site that are not the reader, though their names look like surah slugs. */
const NOT_READER = /^(?:reading-goal|learning-plan)/;

/** `S`, `S:A`, `S:A-A` or `S:A-S:A`, keeping what is real of it. */
function referenceRoute(text: string, startingVerse: string | null): QuranComRoute {
  const match = /^(\d{1,3})(?::(\d{1,3})(?:-(?:(\d{1,3}):)?(\d{1,3}))?)?$/.exec(text);
  if (!match || !verseKey(match[1], 1)) return NONE;
  const [, s1, a1, s2, a2] = match;
  const surah = toInt(s1);
  const from = verseKey(s1, a1);
  const to = verseKey(s2 ?? s1, a2);
  const range = from && to && rangeOf(from, to);
  if (range) return { type: 'range', surah, range };
  if (from) return { type: 'verse', surah, verse: from };
  return { type: 'surah', surah, verse: verseKey(s1, startingVerse) };
}

/**
 * Reads a quran.com address, after an optional locale: `/2`, `/al-baqarah` (its number
 * comes from `chapterOfPage`), `/2:255`, `/2/255`, study suffixes, `/2/255-260`,
 * `/2:255-3:5`, `/page/N`, `/juz/N`, `/hizb/N`, `/rub/N`, `/surah/2/info`.
 */
export function parseQuranComRoute(url: URL, chapterOfPage: () => number | null): QuranComRoute {
  const parts = url.pathname.replace(/%3a/gi, ':').toLowerCase().split('/').filter(Boolean);
  if (LOCALE.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'surah') parts.shift();
  const [head = '', next = ''] = parts;
  if (DIVISIONS.includes(head)) {
    const division = head as Division;
    const number = toInt(next);
    return divisionRange(division, number) ? { type: 'division', division, number } : NONE;
  }
  let reference = head === 'ayatul-kursi' ? '2:255' : head;
  if (/^[a-z][a-z'-]*$/.test(reference) && !NOT_READER.test(reference)) {
    reference = String(chapterOfPage() ?? '');
  }
  if (/^\d+$/.test(reference) && /^\d+(-\d+)?$/.test(next)) reference += `:${next}`;
  return referenceRoute(reference, url.searchParams.get('startingVerse'));
}
