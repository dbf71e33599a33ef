import type { SelectionAnswer } from '@/utils/messages';
import { type Division, divisionRange } from '@/utils/quran/divisions';
import { parseExactReference, parseVerseId } from '@/utils/quran/parse';
import { spanOf } from '@/utils/quran/verses';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import type { SiteReader } from '@/utils/sites/site-reader';
import {
  placeSuggestions,
  type Suggestion,
  suggestDivision,
  suggestReference,
} from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'tanzil.net';

/** A verse of the Quran text (`id="2-255"`) or of its translation (`id="t-2-255"`). */
const AYA = '#quranText .aya[id], #transText .aya[id]';
const ayaVerse = (aya: Element) => parseVerseId(aya.id.replace(/^t-/, ''));
/** The whole Quran: what the view may show when the address names nothing. */
const WHOLE = { from: { surah: 1, ayah: 1 }, to: { surah: 114, ayah: 6 } };

/**
 * What a tanzil.net page points to. Address: `#2:255`, `#trans/en.sahih/2:255`, `#2`,
 * `#page-50`, `#juz-3`, `#hizb-5`; view: the selected verse, or `[2:255]` in the title.
 */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const last = url.hash.slice(1).split('/').pop() ?? '';
  const [, kind, number] = /^(page|juz|hizb)-(\d{1,3})$/.exec(last) ?? [];
  const division = kind ? { kind: kind as Division, number: Number(number) } : null;
  const reference = parseExactReference(last);
  const address = division
    ? suggestDivision(division, divisionRange(division.kind, division.number))
    : suggestReference(reference);
  const selected = doc.querySelector('#quranText .aya.selected[id], #transText .aya.selected[id]');
  const verses = [
    selected && ayaVerse(selected),
    parseVerseId(/\[(\d{1,3}:\d{1,3})\]/.exec(doc.title)?.[1]),
    reference?.verse,
  ];
  // An address naming no verses (`#search/…`) leaves the page's verse to say where the reader
  // is; one naming verses that are not real (`#2:300`, `#page-605`) names none.
  const names = /^\d|^(?:page|juz|hizb)-/.test(last);
  const scope = address[0]?.range ?? (!names && spanOf(verses) ? WHOLE : null);
  return placeSuggestions({ address, scope, verses });
}

/** The verses a selection covers, in the Quran text or its translation. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return mapSelection(selection, [AYA, ayaVerse]);
}

/** The tanzil.net reader. */
export const tanzilReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
