import type { PageContext } from '../messages';
import type { VerseKey, VerseRange } from '../verse-range';
import { type Division, divisionRange, rangeOf, surahRange, verseNumber } from './quran-index';

/** One suggestion of a page context: a verse, a range, a surah or a division. */
export type Suggestion = PageContext['suggestions'][number];

/** Kinds from the most to the least specific, for suggestions of the same length. */
const KIND_ORDER = 'selection verse range page rub hizb juz surah';

/** A suggestion list of one entry, or none when there is no range. */
export function suggest(
  kind: Suggestion['kind'],
  range: VerseRange | null,
  number?: number,
): Suggestion[] {
  return range ? [{ kind, number, range }] : [];
}

/** The verse the reader is at, as a one-verse range. */
export const suggestVerse = (key: VerseKey | null): Suggestion[] =>
  suggest('verse', key && rangeOf(key, key));

/** The whole surah. */
export const suggestSurah = (surah: number | null | undefined): Suggestion[] =>
  surah ? suggest('surah', surahRange(surah), surah) : [];

/** A page of the 604-page mushaf, a juz, a hizb or a rub al-hizb. */
export const suggestDivision = (kind: Division, n: number): Suggestion[] =>
  suggest(kind, divisionRange(kind, n), n);

const sizeOf = ({ range }: Suggestion) => verseNumber(range.to) - verseNumber(range.from);

/** Most specific first (fewest verses, then verse, range, page… surah), repeats dropped. */
export function finishSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list
    .filter((item) => {
      const id = `${item.kind} ${verseNumber(item.range.from)} ${verseNumber(item.range.to)}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort(
      (a, b) => sizeOf(a) - sizeOf(b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
}
