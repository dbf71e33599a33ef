import type { SelectionAnswer } from '@/utils/messages';
import { parseExactReference, parseVerse, type Reference } from '@/utils/quran/parse';
import { pathParts } from '@/utils/sites/address';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import type { SiteReader } from '@/utils/sites/site-reader';
import { placeSuggestions, type Suggestion, suggestReference } from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'quranenc.com';

/** A verse's card, with its Arabic text and translation: `id="ayah-255"`, in the address's surah. */
const CARD = '[id^="ayah-"]';

/** What a quranenc.com address names: `/<ui>/browse/<translation>/2`, `…/2-255`, `…/2/255`. */
function readAddress(url: URL): Reference | null {
  const parts = pathParts(url);
  const at = parts.indexOf('browse');
  const [surah = '', ayah] = at < 0 ? [] : parts.slice(at + 2);
  return parseExactReference(ayah ? `${surah}:${ayah}` : surah.replace(/^(\d+)-(\d+)$/, '$1:$2'));
}

/** What a quranenc.com page points to, read from its address. */
export function extractPageContext(_doc: Document, url: URL): Suggestion[] {
  const reference = readAddress(url);
  return placeSuggestions({ address: suggestReference(reference), verses: [reference?.verse] });
}

/**
 * The verses a selection covers: the verse cards it touches. A card's id gives the ayah
 * only; the surah is the one the address names, since a page shows one surah.
 */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  url: URL,
): SelectionAnswer {
  const surah = readAddress(url)?.surah;
  return mapSelection(selection, [
    CARD,
    (card) => parseVerse(surah, /^ayah-(\d{1,3})$/.exec(card.id)?.[1]),
  ]);
}

/** The quranenc.com reader. */
export const quranencReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
