import type { SelectionAnswer } from '@/utils/messages';
import { parseExactReference, parseVerseId } from '@/utils/quran/parse';
import { pathParts } from '@/utils/sites/address';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import { firstInView, type SiteReader } from '@/utils/sites/site-reader';
import { placeSuggestions, type Suggestion, suggestReference } from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'previous.quran.com';

/** A verse block, `name="verse:2:255"`. */
const VERSE = '[name^="verse:"]';
const nameVerse = (element: Element) => parseVerseId(element.getAttribute('name')?.slice(6));

/** What a previous.quran.com page points to: `/2`, `/2/255`, `/2/255-260`; view: the top verse. */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const [surah = '', ayahs] = pathParts(url);
  const reference = parseExactReference(ayahs ? `${surah}:${ayahs}` : surah);
  const top = firstInView(doc.querySelectorAll(VERSE), doc);
  return placeSuggestions({
    address: suggestReference(reference),
    verses: [top && nameVerse(top), reference?.verse],
  });
}

/** The verses a selection covers. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return mapSelection(selection, [VERSE, nameVerse]);
}

/** The previous.quran.com reader. */
export const previousQuranComReader: SiteReader = {
  site: SITE,
  extractPageContext,
  selectionToRange,
};
