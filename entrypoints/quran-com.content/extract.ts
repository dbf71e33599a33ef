import type { SelectionAnswer } from '@/utils/messages';
import { divisionRange } from '@/utils/quran/divisions';
import { parseVerseId, toInt } from '@/utils/quran/parse';
import type { VerseRange } from '@/utils/quran/schema';
import { spanOf, surahRange } from '@/utils/quran/verses';
import { QURAN_COM, readQuranComAddress } from '@/utils/sites/quran-com-address';
import {
  answerFrom,
  elementAt,
  NOT_FOUND,
  notFound,
  rangesOf,
  type SelectionLike,
  selectedVerses,
} from '@/utils/sites/selection';
import { firstInView, type SiteReader } from '@/utils/sites/site-reader';
import {
  placeSuggestions,
  type Suggestion,
  suggest,
  suggestDivision,
  suggestReference,
} from '@/utils/sites/suggestions';
import { isStandardMushaf } from './storage';

/** The site name reported with the page context. */
export const SITE = QURAN_COM;

/** A verse cell of the translation view (the surah header has no test id). */
const VERSE_CELL = '[data-testid^="verse-"]';
/** A line of the reading view: it names the verse of its first word. */
const LINE = '[id*="-Line"][data-verse-key]';
/** A word, in both views, including the ayah-number medallion. */
const WORD = '[data-word-location]';

const cellVerse = (cell: Element) =>
  parseVerseId(cell.getAttribute('data-verse-key') ?? cell.getAttribute('data-testid')?.slice(6));
const wordVerse = (word: Element) => parseVerseId(word.getAttribute('data-word-location'));

/**
 * The surah the page shows, for addresses that name it by its slug (`/al-baqarah`): this script
 * carries no surah names (the popup reads the slug when the page shows no surah yet).
 */
function chapterOfPage(doc: Document): number | null {
  const id = toInt(doc.querySelector('[data-chapter-id]')?.getAttribute('data-chapter-id'));
  return surahRange(id) ? id : null;
}

/** The verses of page N of the mushaf the reader shows: from the tables, or from the view. */
function pageRange(doc: Document, page: number): VerseRange | null {
  if (isStandardMushaf(doc)) return divisionRange('page', page);
  const words = doc.getElementById(`page-${page}`)?.querySelectorAll(WORD) ?? [];
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? spanOf([wordVerse(first), wordVerse(last)]) : null;
}

/**
 * What a quran.com page points to: what its address names (a verse, a range, a surah or a
 * division), the verse at the top of the view, its surah and, in the reading view, its page.
 */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const { reference, start, division } = readQuranComAddress(url, () => chapterOfPage(doc));
  const cells = doc.querySelectorAll(VERSE_CELL);
  const top = firstInView(cells.length ? cells : doc.querySelectorAll(LINE), doc);
  const page = top?.closest('[id^="page-"]');
  const number = toInt(page?.id.slice(5));
  const range =
    division?.kind === 'page'
      ? pageRange(doc, division.number)
      : division && divisionRange(division.kind, division.number);
  return placeSuggestions({
    address: division ? suggestDivision(division, range) : suggestReference(reference),
    verses: [top && cellVerse(top), reference?.verse, start],
    more: page ? suggest('page', pageRange(doc, number), number) : [],
  });
}

/**
 * The verses a selection covers: the words it touches (both views, where words are in reading
 * order), widened to the verse cells holding its ends (translation text). A selection of a surah title alone is not
 * taken as the surah: the reader is asked to select verses.
 */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  const ranges = rangesOf(selection);
  if (!ranges.length) return notFound(NOT_FOUND.empty);
  const verses = selectedVerses(ranges, [WORD, wordVerse], [VERSE_CELL, cellVerse], true);
  if (!spanOf(verses)) {
    const inTitle = ranges.some((range) =>
      elementAt(range.startContainer)
        ?.closest('[data-verse-key]')
        ?.matches(`:not(${VERSE_CELL}, ${LINE})`),
    );
    if (inTitle) return notFound(NOT_FOUND.surahTitle);
  }
  return answerFrom(verses);
}

/** The quran.com reader. */
export const quranComReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
