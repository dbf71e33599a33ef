import type { Reference } from '../quran/parse';
import type { VerseRange } from '../quran/schema';
import { spanOf, surahRange } from '../quran/verses';

/** The path of an address in lower case, split into its parts. */
export const pathParts = (url: URL): string[] =>
  url.pathname.replace(/%3a/gi, ':').toLowerCase().split('/').filter(Boolean);

/** The verses a reference covers: its range, its verse, or its whole surah. */
export const scopeOf = (reference: Reference | null | undefined): VerseRange | null =>
  reference ? (reference.range ?? spanOf([reference.verse]) ?? surahRange(reference.surah)) : null;
