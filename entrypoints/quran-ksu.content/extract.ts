import type { SelectionAnswer } from '@/utils/messages';
import { readReference, scopeOf } from '@/utils/sites/address';
import { divisionRange, readVerseKey, toInt } from '@/utils/sites/quran-index';
import { NOT_FOUND, notFound, rangesOf, type SelectionLike } from '@/utils/sites/selection';
import type { SiteReader } from '@/utils/sites/site-reader';
import { placeSuggestions, type Suggestion } from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'quran.ksu.edu.sa';

/** Why a selection on the mushaf gives no verses. */
export const PICTURES =
  'This mushaf is shown as pictures, so a selection holds no verses: select a reference such as 2:255.';

/**
 * What a quran.ksu.edu.sa page points to: `index.php?l=en#aya=2_255&m=hafs…`,
 * `m.php#aya=2_255`, `index.php?aya=2_255`, `?pg=50`, `/tafseer/<book>/sura2-aya255.html`.
 * Verse and page numbers are Hafs ones only when the riwaya (`m=`) is Hafs.
 */
export function extractPageContext(_doc: Document, url: URL): Suggestion[] {
  const hash = new URLSearchParams(url.hash.slice(1));
  const read = (name: string) => hash.get(name) ?? url.searchParams.get(name);
  const [, sura, aya] = /sura(\d{1,3})-aya(\d{1,3})\.html$/.exec(url.pathname) ?? [];
  const hafs = (read('m') ?? 'hafs') === 'hafs';
  const key = readVerseKey(read('aya') ?? (sura && `${sura}:${aya}`));
  const page = toInt(read('pg'));
  const reference = key && readReference(hafs ? `${key.surah}:${key.ayah}` : `${key.surah}`);
  const division =
    hafs && divisionRange('page', page) ? { kind: 'page' as const, number: page } : null;
  return placeSuggestions({
    scope: division ? divisionRange('page', page) : scopeOf(reference),
    verses: [reference?.verse],
    division,
  });
}

/** The mushaf is pictures: a selection there names no verses (its text may, elsewhere). */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return notFound(rangesOf(selection).length ? PICTURES : NOT_FOUND.empty);
}

/** The quran.ksu.edu.sa reader. */
export const quranKsuReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
