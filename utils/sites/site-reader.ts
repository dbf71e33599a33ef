import type { SelectionAnswer } from '../messages';
import { bisect, type SelectionLike } from './selection';
import type { Suggestion } from './suggestions';

/** The message the background sends a tab's frame to read its live selection. */
export const GET_SELECTION_RANGE = 'getSelectionRange';
/** The message the background sends a tab's top frame to read what its page shows now. */
export const GET_PAGE_CONTEXT = 'getPageContext';

/** A site's page reader: pure functions of a document and its URL. */
export interface SiteReader {
  /** The site's name as reported in the page context, e.g. `quran.com`. */
  site: string;
  /** What the URL and the view point to, in the order the popup offers them (`placeSuggestions`). */
  extractPageContext(doc: Document, url: URL): Suggestion[];
  /** The verses a selection covers, or why there are none. */
  selectionToRange(selection: SelectionLike, doc: Document, url: URL): SelectionAnswer;
}

/**
 * The bottom of the bars fixed or stuck at the top of the viewport (a site's header, its
 * toolbar under it), found at the middle of the top edge: 0 when nothing covers the page
 * there. A bar taller than half the viewport is an overlay, not a header, and is not counted.
 */
export function coveredTop(doc: Document): number {
  const view = doc.defaultView;
  let top = 0;
  for (let probe = 0; view && probe < 3; probe++) {
    let bar = doc.elementFromPoint(view.innerWidth / 2, top + 1);
    while (bar && !/^(?:fixed|sticky)$/.test(view.getComputedStyle(bar).position)) {
      bar = bar.parentElement;
    }
    const bottom = bar?.getBoundingClientRect().bottom ?? 0;
    if (bottom <= top || bottom > view.innerHeight / 2) break;
    top = bottom;
  }
  return top;
}

/**
 * The first of `elements` (in document order, which is their order down the page) that shows
 * below the bars covering the top of the viewport, or null (no layout, nothing on screen).
 * Found by bisection: a few boxes are read, whatever the length of the page.
 */
export function firstInView(elements: ArrayLike<Element>, doc: Document): Element | null {
  if (!elements.length) return null;
  const top = coveredTop(doc);
  const element = elements[bisect(elements, (el) => el.getBoundingClientRect().bottom <= top)];
  const box = element?.getBoundingClientRect();
  const height = doc.defaultView?.innerHeight ?? 0;
  return box && box.bottom > box.top && box.top < height ? (element ?? null) : null;
}
