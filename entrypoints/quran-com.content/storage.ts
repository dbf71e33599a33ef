import { readVerseKey } from '@/utils/sites/quran-index';
import type { VerseKey } from '@/utils/verse-range';

type Json = Record<string, unknown>;

/** A value of the site's persisted store: redux-persist keeps each slice as a JSON string. */
function slice(value: unknown): Json | null {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return parsed && typeof parsed === 'object' ? (parsed as Json) : null;
  } catch {
    return null;
  }
}

/** The site's persisted state (`localStorage['persist:root']`), or null. */
function persistedRoot(doc: Document): Json | null {
  try {
    return slice(doc.defaultView?.localStorage.getItem('persist:root') ?? null);
  } catch {
    return null;
  }
}

/** The verse quran.com last saw the reader at (`readingTracker.lastReadVerse`), or null. */
export function lastReadVerse(doc: Document): VerseKey | null {
  const tracker = slice(persistedRoot(doc)?.readingTracker);
  const last = slice(tracker?.lastReadVerse);
  return typeof last?.verseKey === 'string' ? readVerseKey(last.verseKey) : null;
}

/**
 * Pages of the mushaf the reader shows: 610 for IndoPak 15 lines, 548 for IndoPak 16 lines,
 * 604 otherwise. Read from the persisted reader styles, or from 16-line pages in the view.
 */
export function mushafPages(doc: Document): number {
  const styles = slice(persistedRoot(doc)?.quranReaderStyles);
  const font = String(styles?.quranFont ?? '');
  const lines = String(styles?.mushafLines ?? '');
  if (/indopak/i.test(font)) return lines.startsWith('16') ? 548 : 610;
  if (font) return 604;
  return doc.querySelector('[id$="-Line16"]') ? 548 : 604;
}
