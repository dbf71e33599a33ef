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
  // What a test made the page answer at a point (`fixBars`) goes with the page it was for.
  Reflect.deleteProperty(document, 'elementFromPoint');
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

/** Gives an element a box `height` pixels tall, `y` pixels below the top of the viewport. */
export function place(element: Element, y: number, height: number): void {
  element.getBoundingClientRect = () =>
    ({ top: y, bottom: y + height, left: 0, right: 800, width: 800, height, x: 0, y }) as DOMRect;
}

/**
 * Lays out the elements matching `selector` as a column of blocks (400 pixels tall unless
 * told), scrolled so that the one matching `top` starts `at` pixels below the top of the
 * 768-pixel viewport (at its very top unless told).
 */
export function scrollTo(doc: Document, selector: string, top: string, at = 0, height = 400) {
  const blocks = Array.from(doc.querySelectorAll(selector));
  const index = blocks.indexOf(pick(doc, top));
  for (const [i, block] of blocks.entries()) place(block, at + (i - index) * height, height);
}

/**
 * Puts bars fixed at the top of the viewport, one under the other, each `height` pixels tall:
 * what the page answers at a point of the top edge is the bar there.
 */
export function fixBars(doc: Document, heights: number[]): HTMLElement[] {
  let y = 0;
  const bars = heights.map((height) => {
    const bar = doc.createElement('nav');
    bar.style.position = 'fixed';
    bar.append(doc.createElement('a'));
    doc.body.prepend(bar);
    place(bar, y, height);
    y += height;
    return bar;
  });
  doc.elementFromPoint = (_x: number, atY: number) => {
    const bar = bars.find(
      (b) => atY >= b.getBoundingClientRect().top && atY < b.getBoundingClientRect().bottom,
    );
    return bar?.firstElementChild ?? doc.body;
  };
  return bars;
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
