import type { SelectionAnswer } from '@/utils/messages';
import { divisionRange } from '@/utils/quran/divisions';
import { parseExactReference, parseVerseId, toInt } from '@/utils/quran/parse';
import { verseAt } from '@/utils/quran/verses';
import { pathParts } from '@/utils/sites/address';
import { mapSelection, type SelectionLike } from '@/utils/sites/selection';
import { firstInView, type SiteReader } from '@/utils/sites/site-reader';
import {
  placeSuggestions,
  type Suggestion,
  suggestDivision,
  suggestReference,
} from '@/utils/sites/suggestions';

/** The site name reported with the page context. */
export const SITE = 'alquran.cloud';

/** A verse: `p.style-ayah.ayah2_255`, or its translation `div.singleEditionAyah2_255`. */
const AYAH = '.style-ayah, [class*="singleEditionAyah"]';

/** The verse of a class token `ayah2_255` or `singleEditionAyah2_255`. */
function ayahVerse(element: Element): ReturnType<typeof parseVerseId> {
  const token = /(?:^|\s)(?:ayah|singleEditionAyah)(\d{1,3}_\d{1,3})(?:\s|$)/.exec(
    element.className,
  );
  return parseVerseId(token?.[1]);
}

/**
 * What an alquran.cloud page points to. Address: `/surah/2[/edition]`, `/ayah/2:255`,
 * `/ayah/262` (a verse's number in the whole Quran), `/juz/3`; view: the verse at the top.
 */
export function extractPageContext(doc: Document, url: URL): Suggestion[] {
  const [head, text = ''] = pathParts(url);
  const number = toInt(text);
  const global = head === 'ayah' && !text.includes(':') ? verseAt(number) : null;
  const reference =
    head === 'surah' || head === 'ayah'
      ? parseExactReference(global ? `${global.surah}:${global.ayah}` : text)
      : null;
  const top = firstInView(doc.querySelectorAll('.style-ayah'), doc);
  return placeSuggestions({
    address:
      head === 'juz'
        ? suggestDivision({ kind: 'juz', number }, divisionRange('juz', number))
        : suggestReference(reference),
    verses: [top && ayahVerse(top), reference?.verse],
  });
}

/** The verses a selection covers, in the Arabic text or its translations. */
export function selectionToRange(
  selection: SelectionLike,
  _doc: Document,
  _url: URL,
): SelectionAnswer {
  return mapSelection(selection, [AYAH, ayahVerse], [AYAH, ayahVerse]);
}

/** The alquran.cloud reader. */
export const alquranCloudReader: SiteReader = { site: SITE, extractPageContext, selectionToRange };
