import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** The markup of a saved page. */
export const readPage = (site: string, name: string): string =>
  readFileSync(join(FIXTURES, site, name), 'utf8');

/** A saved page, loaded as the test window's document. */
export const loadPage = (site: string, name: string): Document => parsePage(readPage(site, name));

/**
 * Markup loaded as the test window's document (it has a viewport and storage, and
 * happy-dom's ranges only work in that document).
 */
export function parsePage(html: string): Document {
  const root = new DOMParser().parseFromString(html, 'text/html').documentElement;
  for (const name of document.documentElement.getAttributeNames()) {
    document.documentElement.removeAttribute(name);
  }
  for (const { name, value } of root.attributes) document.documentElement.setAttribute(name, value);
  document.documentElement.innerHTML = root.innerHTML;
  return document;
}

/** The first element matching a selector, or a failed test. */
export function pick(doc: Document, selector: string): Element {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`No element matches ${selector}`);
  return element;
}

/** The first text node inside an element. */
export function textIn(element: Element): Text {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  const text = walker.nextNode();
  if (!text) throw new Error('The element holds no text');
  return text as Text;
}

/**
 * A range from inside the first element to inside the second, `at` characters into the
 * first text of each (a negative `at` counts from the end of that text).
 */
export function rangeBetween(doc: Document, start: string, end: string, at = [0, -1]): Range {
  const range = doc.createRange();
  const [a = 0, b = -1] = at;
  const first = textIn(pick(doc, start));
  const last = textIn(pick(doc, end));
  range.setStart(first, a < 0 ? first.length + a + 1 : a);
  range.setEnd(last, b < 0 ? last.length + b + 1 : b);
  return range;
}

/**
 * Lays out the elements matching `selector` as a column of 400-pixel blocks scrolled so
 * that the one matching `top` sits at the top of the 768-pixel viewport.
 */
export function scrollTo(doc: Document, selector: string, top: string): void {
  const blocks = Array.from(doc.querySelectorAll(selector));
  const index = blocks.indexOf(pick(doc, top));
  blocks.forEach((block, i) => {
    const y = 100 + (i - index) * 400;
    block.getBoundingClientRect = () =>
      ({
        top: y,
        bottom: y + 400,
        left: 0,
        right: 800,
        width: 800,
        height: 400,
        x: 0,
        y,
      }) as DOMRect;
  });
}

/** Stores what quran.com persists: the last verse read and the reader's font and lines. */
export function persistQuranCom(state: { lastRead?: string; font?: string; lines?: string }) {
  const root = {
    readingTracker: JSON.stringify({
      lastReadVerse: state.lastRead
        ? { verseKey: state.lastRead, chapterId: state.lastRead.split(':')[0], page: 42, hizb: 5 }
        : null,
    }),
    quranReaderStyles: JSON.stringify({
      quranFont: state.font ?? 'code_v1',
      mushafLines: state.lines ?? '16_lines',
      translationFontScale: 3,
    }),
    _persist: JSON.stringify({ version: 30, rehydrated: true }),
  };
  localStorage.setItem('persist:root', JSON.stringify(root));
}
