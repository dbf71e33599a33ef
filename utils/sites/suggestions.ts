import type { PageContext } from '../messages';
import { type Division, divisionRange } from '../quran/divisions';
import type { VerseKey, VerseRange } from '../quran/schema';
import { isInRange, rangeOf, surahRange, verseNumber } from '../quran/verses';

/** One suggestion of a page context: a verse, a range, a surah or a division. */
export type Suggestion = PageContext['suggestions'][number];

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

const sizeOf = ({ range }: Suggestion) => verseNumber(range.to) - verseNumber(range.from);

/** Most specific first (fewest verses; ties keep their order), repeats dropped. */
export function finishSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list
    .filter((item) => {
      const id = `${item.kind} ${verseNumber(item.range.from)} ${verseNumber(item.range.to)}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => sizeOf(a) - sizeOf(b));
}

/** What a page's address names and where on it the reader is. */
export interface PagePlace {
  /** The verses the address covers: a verse outside them is not the reader's. */
  scope: VerseRange | null;
  /** Candidates for the verse the reader is at, best first. */
  verses?: readonly (VerseKey | null | undefined)[];
  /** A range the address names. */
  range?: VerseRange | null;
  /** A page, juz, hizb or rub the address names, with its verses when not the 604-page ones. */
  division?: { kind: Division; number: number; range?: VerseRange | null } | null;
  /** More suggestions the view gives. */
  more?: Suggestion[];
}

/** The suggestions of a page: its verse, range, division and surah, most specific first. */
export function placeSuggestions({
  scope,
  verses = [],
  range,
  division,
  more = [],
}: PagePlace): Suggestion[] {
  if (!scope) return [];
  const verse = verses.find((key) => key && isInRange(key, scope)) ?? null;
  const { kind, number } = division ?? {};
  return finishSuggestions([
    ...suggestVerse(verse),
    ...suggest('range', range ?? null),
    ...(kind && number
      ? suggest(kind, division?.range ?? divisionRange(kind, number), number)
      : []),
    ...more,
    ...suggestSurah(verse?.surah ?? scope.from.surah),
  ]);
}
