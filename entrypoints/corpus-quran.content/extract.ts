import type { SelectionAnswer } from '@/utils/messages';
import { parseExactReference, parseVerseId } from '@/utils/quran/parse';
import { surahRange } from '@/utils/quran/verses';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import { firstInView, type SiteReader } from '@/utils/sites/site-reader';
import { placeSuggestions, type Suggestion, suggestReference } from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'corpus.quran.com';

/** A word's location, `(2:255:3)`, at the start of each word row. */
const LOCATION = '.location';
const locationVerse = (element: Element) => parseVerseId(element.textContent);
const rowVerse = (row: Element) => parseVerseId(row.querySelector(LOCATION)?.textContent);

/**
 * What a corpus.quran.com page points to: `wordbyword.jsp?chapter=2&verse=255` (the verses
 * from 255 on), `translation.jsp?chapter=2&verse=255`, `treebank.jsp?chapter=2&verse=255`,
 * `wordmorphology.jsp?location=(2:255:3)`; view: the first word row on screen.
 */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const location = parseVerseId(url.searchParams.get('location'));
  const chapter = url.searchParams.get('chapter');
  const verse = url.searchParams.get('verse');
  const reference = parseExactReference(
    location ? `${location.surah}:${location.ayah}` : verse ? `${chapter}:${verse}` : `${chapter}`,
  );
  const top = firstInView(doc.querySelectorAll(LOCATION), doc);
  return placeSuggestions({
    address: suggestReference(reference),
    scope: reference && surahRange(reference.surah),
    verses: [top && locationVerse(top), reference?.verse],
  });
}

/** The verses a selection covers: the word rows it touches. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return mapSelection(selection, [LOCATION, locationVerse], ['tr', rowVerse]);
}

/** The corpus.quran.com reader. */
export const corpusQuranReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
