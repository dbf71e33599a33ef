import type { SelectionAnswer } from '@/utils/messages';
import { pathParts, readReference, scopeOf } from '@/utils/sites/address';
import { NOT_FOUND, notFound, rangesOf, type SelectionLike } from '@/utils/sites/selection';
import type { SiteReader } from '@/utils/sites/site-reader';
import { placeSuggestions, type Suggestion } from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'quranenc.com';

/** What a quranenc.com page points to: `/<ui>/browse/<translation>/2`, `…/2-255`, `…/2/255`. */
export function extractPageContext(_doc: Document, url: URL): Suggestion[] {
  const parts = pathParts(url);
  const at = parts.indexOf('browse');
  const [surah = '', ayah] = at < 0 ? [] : parts.slice(at + 2);
  const reference = readReference(
    ayah ? `${surah}:${ayah}` : surah.replace(/^(\d+)-(\d+)$/, '$1:$2'),
  );
  return placeSuggestions({ scope: scopeOf(reference), verses: [reference?.verse] });
}

/** The page has no verse markup to read: its selected text is read by the extension instead. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return notFound(rangesOf(selection).length ? NOT_FOUND.noVerses : NOT_FOUND.empty);
}

/** The quranenc.com reader. */
export const quranencReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
