import type { PageContext } from '../messages';
import type { Division } from '../quran/divisions';
import type { Reference } from '../quran/parse';
import type { VerseKey, VerseRange } from '../quran/schema';
import { isInRange, rangeOf, surahRange, verseNumber } from '../quran/verses';

/** One suggestion of a page context: what the address names, the reader's verse, a wider scope. */
export type Suggestion = PageContext['suggestions'][number];

/** A suggestion list of one entry, or none when there is no range. */
export function suggest(
  kind: Suggestion['kind'],
  range: VerseRange | null,
  number?: number,
): Suggestion[] {
  return range ? [{ kind, number, range }] : [];
}

/** The whole surah. */
export const suggestSurah = (surah: number | null | undefined): Suggestion[] =>
  surah ? suggest('surah', surahRange(surah), surah) : [];

/** What an address's reference names, by what it is: one verse (`ayah`), a range, or a surah. */
export function suggestReference(reference: Reference | null | undefined): Suggestion[] {
  const { verse, range } = reference ?? {};
  if (range && verseNumber(range.from) < verseNumber(range.to)) return suggest('range', range);
  if (verse) return suggest('ayah', rangeOf(verse, verse));
  return suggestSurah(reference?.surah);
}

/**
 * A page, juz, hizb or rub the address names, with its verses (null: no such division). The
 * caller gives the verses, so that the division tables stay out of the site scripts that name
 * no division (about 0.7 KB gzipped each).
 */
export const suggestDivision = (
  { kind, number }: { kind: Division; number: number },
  range: VerseRange | null,
): Suggestion[] => suggest(kind, range, number);

const sizeOf = ({ range }: Suggestion) => verseNumber(range.to) - verseNumber(range.from);

/** What a page's address names and where on it the reader is. */
export interface PagePlace {
  /** What the address names, by what it is (none when it names nothing real). */
  address: Suggestion[];
  /**
   * The verses the page may show, when more than the address names (a surah page that starts
   * at a verse, a site's home page that shows any verse): a verse outside is not the reader's.
   */
  scope?: VerseRange | null;
  /** Candidates for the verse the reader is at, best first: the first inside the scope is. */
  verses?: readonly (VerseKey | null | undefined)[];
  /** Wider scopes the view shows (the reading view's page), offered when they hold that verse. */
  more?: readonly Suggestion[];
}

/**
 * The suggestions of a page, in the order the reader is offered them: what the address names,
 * then the `verse` the reader is at, then the wider scopes that hold that verse (its
 * surah, the page in view), narrowest first; one of each kind, the first. Nothing when the
 * address names nothing real.
 */
export function placeSuggestions({
  address,
  scope = address[0]?.range,
  verses = [],
  more = [],
}: PagePlace): Suggestion[] {
  if (!scope) return [];
  const here = verses.find((key) => key && isInRange(key, scope)) ?? null;
  const wider = here
    ? [...suggestSurah(here.surah), ...more]
        .filter(({ range }) => isInRange(here, range))
        .sort((a, b) => sizeOf(a) - sizeOf(b))
    : [];
  const kinds = new Set<string>();
  return [...address, ...suggest('verse', here && rangeOf(here, here)), ...wider].filter(
    ({ kind }) => !kinds.has(kind) && !!kinds.add(kind),
  );
}
