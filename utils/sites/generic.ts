import type { PageContext, SelectionAnswer, SelectionReason } from '../messages';
import { asciiDigits, toInt } from '../quran/parse';
import { ayahCount, spanOf } from '../quran/verses';
import { findReferences, hasVerseMarkers } from './references';

/** Why a selected text gives no range (the background words each in the reader's language). */
export const TEXT_NOT_FOUND = {
  empty: 'empty',
  noReference: 'noReference',
  noSurah: 'noSurah',
} as const satisfies Record<string, SelectionReason>;

const SURAH_PARAMS = ['surah', 'sura', 'chapter'];
const SURAH_WORD = /(?:surah|surat|sura|chapter|سورة|سوره)[\s_/=-]*(\d{1,3})(?!\d)/i;

function decodedPath(url: URL | null): string {
  try {
    return decodeURIComponent(url?.pathname ?? '');
  } catch {
    return url?.pathname ?? '';
  }
}

/**
 * The surah a page is about: the `surah` suggestion of its page context, else what its URL
 * or title says plainly (`?surah=2`, `/surah/2`, `Surah 2`, `سورة ٢`); null otherwise.
 */
export function surahOfPage(
  url: URL | string | null | undefined,
  title = '',
  pageContext?: PageContext | null,
): number | null {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const candidates = [
    pageContext?.suggestions.find((item) => item.kind === 'surah')?.number,
    ...SURAH_PARAMS.map((name) => parsed?.searchParams.get(name)),
    SURAH_WORD.exec(decodedPath(parsed))?.[1],
    SURAH_WORD.exec(asciiDigits(title))?.[1],
  ];
  for (const candidate of candidates) {
    const surah = toInt(candidate);
    if (ayahCount(surah)) return surah;
  }
  return null;
}

/**
 * The range a selected text names (`2:255`, `(2:255-260)`, `2:255-3:5`, `[2:255]`, or
 * `﴿٢٥٥﴾`, `۝٢٥٥` and bare Arabic-Indic numbers when the surah is known), or why none.
 */
export function selectionTextToRange(text: string, surah?: number | null): SelectionAnswer {
  const range = spanOf(findReferences(text, surah).flatMap((found) => [found.from, found.to]));
  if (range) return { found: true, range };
  if (!text.trim()) return { found: false, reason: TEXT_NOT_FOUND.empty };
  const reason = !surah && hasVerseMarkers(text) ? 'noSurah' : 'noReference';
  return { found: false, reason: TEXT_NOT_FOUND[reason] };
}

/**
 * The answer to a "Make goal from selection" click: the frame's reading of its page when it
 * found verses, else the references in the selected text; when neither finds any, the
 * frame's reason (it knows the page) or the text's.
 */
export function resolveSelection(
  frameAnswer: SelectionAnswer | null | undefined,
  text: string,
  surah?: number | null,
): SelectionAnswer {
  if (frameAnswer?.found) return frameAnswer;
  const fromText = selectionTextToRange(text, surah);
  return fromText.found || !frameAnswer ? fromText : frameAnswer;
}
