import { findPagebyAyahId, PageList } from 'quran-meta/hafs';
import { convertPages, MUSHAF_PAGE_COUNTS, QURAN_VERSE_COUNT } from './catalog';
import type { VerseSpan } from './verse';

/** How pages read are counted from the verses read (the `pagesFrom` setting). */
export type PageMeasure = 'table' | 'average';

/** A mushaf of 604 pages: the page table below is the 604-page Madani mushaf's. */
const MADANI_MUSHAF = 4;

/**
 * Pages of the 604-page Madani mushaf that the verses cover, each page counted by the share
 * of its verses that were read (half of page 2's five verses is 0.4 page).
 */
function madaniPages(spans: readonly VerseSpan[]): number {
  let pages = 0;
  for (const span of spans) {
    for (let page = findPagebyAyahId(span.first); page <= findPagebyAyahId(span.last); page++) {
      const first = PageList[page] as number;
      const next = PageList[page + 1] as number;
      const read = Math.min(span.last, next - 1) - Math.max(span.first, first) + 1;
      pages += read / (next - first);
    }
  }
  return pages;
}

/**
 * Pages of a mushaf that verses (spans that do not overlap) fill. `table`: from the Madani
 * page table, in proportion to the page counts for a mushaf of another length (the sandbox
 * has no table for those). `average`: every verse is the Quran's average share of a page.
 */
export function pagesOf(spans: readonly VerseSpan[], mushafId: number, measure: PageMeasure) {
  if (measure === 'table') return convertPages(madaniPages(spans), MADANI_MUSHAF, mushafId);
  const verses = spans.reduce((sum, span) => sum + span.last - span.first + 1, 0);
  return (verses * (MUSHAF_PAGE_COUNTS[mushafId] ?? 604)) / QURAN_VERSE_COUNT;
}
