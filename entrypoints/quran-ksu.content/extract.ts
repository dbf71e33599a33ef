import type { SelectionAnswer } from '@/utils/messages';
import { divisionRange } from '@/utils/quran/divisions';
import { parseExactReference, parseVerseId, toInt } from '@/utils/quran/parse';
import type { VerseKey } from '@/utils/quran/schema';
import {
  answerFrom,
  NOT_FOUND,
  notFound,
  rangesOf,
  type SelectionLike,
  selectedVerses,
} from '@/utils/sites/selection';
import type { SiteReader } from '@/utils/sites/site-reader';
import {
  placeSuggestions,
  type Suggestion,
  suggestDivision,
  suggestReference,
} from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'quran.ksu.edu.sa';

/** Why a selection on the mushaf gives no verses: it is shown as pictures. */
export const PICTURES = 'pictures';

/** Links and image-map areas: on this site they lead to verses (`href="#aya=2_255"`). */
const LINK = 'a[href], area[href]';

/** What a quran.ksu.edu.sa address says: a verse, the riwaya (`m=`) if given, a page. */
function readAddress(url: URL): { key: VerseKey | null; riwaya: string | null; page: number } {
  const hash = new URLSearchParams(url.hash.slice(1));
  const read = (name: string) => hash.get(name) ?? url.searchParams.get(name);
  const [, sura, aya] = /sura(\d{1,3})-aya(\d{1,3})\.html$/.exec(url.pathname) ?? [];
  return {
    key: parseVerseId(read('aya') ?? (sura && `${sura}:${aya}`)),
    riwaya: read('m'),
    page: toInt(read('pg')),
  };
}

/**
 * What a quran.ksu.edu.sa page points to: `index.php?l=en#aya=2_255&m=hafs…`,
 * `m.php#aya=2_255`, `index.php?aya=2_255`, `?pg=50`, `/tafseer/<book>/sura2-aya255.html`.
 * Verse and page numbers are Hafs ones only when the riwaya (`m=`) is Hafs.
 */
export function extractPageContext(_doc: Document, url: URL): Suggestion[] {
  const { key, riwaya, page } = readAddress(url);
  const hafs = (riwaya ?? 'hafs') === 'hafs';
  const reference = key && parseExactReference(hafs ? `${key.surah}:${key.ayah}` : `${key.surah}`);
  return placeSuggestions({
    address:
      hafs && !Number.isNaN(page)
        ? suggestDivision({ kind: 'page', number: page }, divisionRange('page', page))
        : suggestReference(reference),
    verses: [reference?.verse],
  });
}

/**
 * The verse a link of the page leads to, in Hafs numbering, or null. Links that are only a
 * hash (`#aya=2_255`) are read alone, not with the page's own query; the riwaya is the
 * link's, else the page's.
 */
function linkedVerse(link: Element, page: URL): VerseKey | null {
  const href = link.getAttribute('href') ?? '';
  let target: URL;
  try {
    target = new URL(href, `${page.origin}${page.pathname}`);
  } catch {
    return null;
  }
  if (target.hostname !== page.hostname) return null;
  const { key, riwaya } = readAddress(target);
  return (riwaya ?? readAddress(page).riwaya ?? 'hafs') === 'hafs' ? key : null;
}

/**
 * The verses a selection covers: the mushaf is pictures, so its verses are the links to
 * verses inside the selection, such as the areas of the page picture's image map. Selected
 * text alone names no verses here (the extension still reads references in it).
 */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  url: URL,
): SelectionAnswer {
  const ranges = rangesOf(selection);
  if (!ranges.length) return notFound(NOT_FOUND.empty);
  return answerFrom(selectedVerses(ranges, [LINK, (link) => linkedVerse(link, url)]), PICTURES);
}

/** The quran.ksu.edu.sa reader. */
export const quranKsuReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
