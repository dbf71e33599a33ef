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

/** Index of the first element of a list (in document order) for which `test` is false. */
function bisect(list: Element[], test: (element: Element) => boolean): number {
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
 * that hold each end of a range.
 */
export function selectedVerses(
  ranges: Range[],
  word: [selector: string, verseOf: VerseOf],
  block?: [selector: string, verseOf: VerseOf],
): (VerseKey | null | undefined)[] {
  return ranges.flatMap((range) => {
    const root = elementAt(range.commonAncestorContainer);
    const enclosing = root?.closest(word[0]);
    const all = enclosing ? [enclosing] : Array.from(root?.querySelectorAll(word[0]) ?? []);
    const first = bisect(all, (el) => range.comparePoint(el, el.childNodes.length) < 0);
    const end = bisect(all, (el) => range.comparePoint(el, 0) <= 0);
    const ends = block
      ? [range.startContainer, range.endContainer].map((node) => elementAt(node)?.closest(block[0]))
      : [];
    return [
      ...all.slice(first, end).map(word[1]),
      ...ends.map((el) => (el && block ? block[1](el) : null)),
    ];
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

/** The answer for a selection: the verses of the `word` and `block` elements it covers. */
export function mapSelection(
  selection: SelectionLike,
  word: [selector: string, verseOf: VerseOf],
  block?: [selector: string, verseOf: VerseOf],
): SelectionAnswer {
  const ranges = rangesOf(selection);
  return ranges.length
    ? answerFrom(selectedVerses(ranges, word, block))
    : notFound(NOT_FOUND.empty);
}
