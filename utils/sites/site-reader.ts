import type { SelectionAnswer } from '../messages';
import type { SelectionLike } from './selection';
import type { Suggestion } from './suggestions';

/** The message the background sends a tab's frame to read its live selection. */
export const GET_SELECTION_RANGE = 'getSelectionRange';
/** The message the background sends a tab's top frame to read what its page shows now. */
export const GET_PAGE_CONTEXT = 'getPageContext';

/** A site's page reader: pure functions of a document and its URL. */
export interface SiteReader {
  /** The site's name as reported in the page context, e.g. `quran.com`. */
  site: string;
  /** What the URL and the view point to, most specific first. */
  extractPageContext(doc: Document, url: URL): Suggestion[];
  /** The verses a selection covers, or why there are none. */
  selectionToRange(selection: SelectionLike, doc: Document, url: URL): SelectionAnswer;
}

/**
 * The first element, in document order, that shows below the top fifth of the viewport
 * (where sticky headers sit); null when the document has no layout.
 */
export function firstInView(elements: Iterable<Element>, doc: Document): Element | null {
  const height = doc.defaultView?.innerHeight ?? 0;
  for (const element of elements) {
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom > top && bottom > height / 5 && top < height) return element;
  }
  return null;
}
