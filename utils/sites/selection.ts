import type { SelectionAnswer, SelectionReason } from '../messages';
import type { VerseKey } from '../quran/schema';
import { spanOf } from '../quran/verses';

/** What a reader maps: the live `Selection`, or one `Range` (tests build either). */
export type SelectionLike =
  | Range
  | Pick<Selection, 'rangeCount' | 'getRangeAt' | 'toString'>
  | null
  | undefined;

/** Reads the verse an element names, or null. */
export type VerseOf = (element: Element) => VerseKey | null;

/** Why a page's selection gives no range (the background words each in the reader's language). */
export const NOT_FOUND = {
  empty: 'empty',
  noVerses: 'noVerses',
  surahTitle: 'surahTitle',
} as const satisfies Record<string, SelectionReason>;

/** An answer saying why nothing was found. */
export const notFound = (reason: SelectionReason): SelectionAnswer => ({ found: false, reason });

/** The non-empty ranges of a selection. */
export function rangesOf(selection: SelectionLike): Range[] {
  if (!selection) return [];
  const ranges =
    'getRangeAt' in selection
      ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i))
      : [selection];
  return ranges.filter((range) => !range.collapsed);
}

/** The element a boundary point sits in. */
export const elementAt = (node: Node | null): Element | null =>
  node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);

/**
 * Index of the first element of a list (in document order) for which `test` is false: the
 * list must hold every element passing the test before every other.
 */
export function bisect(list: ArrayLike<Element>, test: (element: Element) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(list[mid] as Element)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Verses a selection covers on a page: those of the elements matching `word` that each range
 * touches (found by bisection, so long pages stay fast), and of the blocks matching `block`
 * that hold each end of a range. On a page whose `word` elements are `inOrder` (verse after
 * verse, as they are read), the first and the last a range touches hold its span: only those
 * are read, however long the selection.
 */
export function selectedVerses(
  ranges: Range[],
  word: [selector: string, verseOf: VerseOf],
  block?: [selector: string, verseOf: VerseOf],
  inOrder = false,
): (VerseKey | null | undefined)[] {
  return ranges.flatMap((range) => {
    const root = elementAt(range.commonAncestorContainer);
    const enclosing = root?.closest(word[0]);
    // The list as the page gives it: an element read becomes a script object, so only the
    // bisection's probes and the elements taken are read.
    const all: ArrayLike<Element> = enclosing
      ? [enclosing]
      : (root?.querySelectorAll(word[0]) ?? []);
    const first = bisect(all, (el) => range.comparePoint(el, el.childNodes.length) < 0);
    const end = bisect(all, (el) => range.comparePoint(el, 0) <= 0);
    const verses: (VerseKey | null)[] = [];
    for (let at = first; at < end; at = inOrder && at < end - 1 ? end - 1 : at + 1) {
      verses.push(word[1](all[at] as Element));
    }
    for (const node of block ? [range.startContainer, range.endContainer] : []) {
      const el = block && elementAt(node)?.closest(block[0]);
      if (el && block) verses.push(block[1](el));
    }
    return verses;
  });
}

/** The answer for the verses found on the page, or the reason there are none. */
export function answerFrom(
  verses: readonly (VerseKey | null | undefined)[],
  reason: SelectionReason = NOT_FOUND.noVerses,
): SelectionAnswer {
  const range = spanOf(verses);
  return range ? { found: true, range } : notFound(reason);
}

/**
 * The answer for a selection: the verses of the `word` and `block` elements it covers (see
 * `selectedVerses` for `inOrder`).
 */
export function mapSelection(
  selection: SelectionLike,
  word: [selector: string, verseOf: VerseOf],
  block?: [selector: string, verseOf: VerseOf],
  inOrder = false,
): SelectionAnswer {
  const ranges = rangesOf(selection);
  return ranges.length
    ? answerFrom(selectedVerses(ranges, word, block, inOrder))
    : notFound(NOT_FOUND.empty);
}
