import type { SelectionAnswer } from '@/utils/messages';
import { type Division, divisionRange } from '@/utils/quran/divisions';
import { parseExactReference, parseVerse, parseVerseId, toInt } from '@/utils/quran/parse';
import { pathParts } from '@/utils/sites/address';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import { firstInView, type SiteReader } from '@/utils/sites/site-reader';
import {
  placeSuggestions,
  type Suggestion,
  suggestDivision,
  suggestReference,
} from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'quranwbw.com';

/** A verse block, `id="2:255"` (its words are `id="2:255:1"`). */
const VERSE = '.verse[id]';
const WORD = '.word[id]';
const idVerse = (element: Element) => parseVerseId(element.id);

/**
 * What a quranwbw.com page points to. Address: `/2`, `/2/255`, `/2:255`, `/2/255-260`,
 * `/2?startVerse=255`, `/2#255`, `/page?id=N`, `/juz?id=N`, `/hizb?id=N`; view: the verse
 * at the top of the screen.
 */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const [head = '', next = ''] = pathParts(url);
  const number = toInt(url.searchParams.get('id'));
  const kind = ['page', 'juz', 'hizb'].includes(head) ? (head as Division) : null;
  const reference = parseExactReference(
    /^\d+$/.test(next) || /^\d+-\d+$/.test(next) ? `${head}:${next}` : head,
  );
  const start =
    reference &&
    parseVerse(reference.surah, url.searchParams.get('startVerse') ?? url.hash.slice(1));
  const top = firstInView(doc.querySelectorAll(VERSE), doc);
  return placeSuggestions({
    address: kind
      ? suggestDivision({ kind, number }, divisionRange(kind, number))
      : suggestReference(reference),
    verses: [top && idVerse(top), reference?.verse, start],
  });
}

/** The verses a selection covers: its words (in reading order), and the blocks holding its ends. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return mapSelection(selection, [WORD, idVerse], [VERSE, idVerse], true);
}

/** The quranwbw.com reader. */
export const quranwbwReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
