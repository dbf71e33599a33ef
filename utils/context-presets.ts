import type { Draft } from './goal-form';
import type { PageContext, PopupContext } from './messages';
import type { VerseRange } from './quran/schema';
import { surahOfSlug } from './quran/surah-names';
import { ayahCount, formatVerseKey, formatVerseRange, surahRange } from './quran/verses';
import { QURAN_COM, readQuranComAddress } from './sites/quran-com-address';
import { placeSuggestions, suggestReference } from './sites/suggestions';

// Goals offered by the page the reader is on (its verses, surah, page, juz…) and by a
// selection ("Make goal from selection"): they come with the page's context, after the
// popup's first paint.

/** What a preset from the page stands for. */
export type ContextKind =
  | 'selection'
  | 'verse'
  | 'range'
  | 'toSurahEnd'
  | 'surah'
  | 'page'
  | 'juz'
  | 'hizb'
  | 'rub';

/** A verse range offered because of the page the reader is on. */
export interface ContextPreset {
  id: string;
  kind: ContextKind;
  /** The division's number (surah, page, juz…), when it has one. */
  number?: number;
  from: string;
  to: string;
}

const toEndOfSurah = ({ from }: VerseRange): VerseRange => ({
  from,
  to: { surah: from.surah, ayah: ayahCount(from.surah) },
});

/**
 * The page's suggestions. A quran.com address may name its surah by slug (`/al-baqarah/255`):
 * the site's content script carries no surah names (its size budget) and reads the surah from
 * the page, which shows none before it renders; then the popup, which has the names, reads
 * what the address names.
 */
function pageSuggestions(page: PageContext | null): PageContext['suggestions'] {
  if (!page || page.suggestions.length || page.site !== QURAN_COM) return page?.suggestions ?? [];
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return [];
  }
  const { reference, start } = readQuranComAddress(url, surahOfSlug);
  return placeSuggestions({
    address: suggestReference(reference),
    verses: [reference?.verse, start],
  });
}

/**
 * Presets from the right-click selection and the page context, in the order the page gives
 * them: "Selected verses", then what the address names ("This verse" for its `ayah`, "These
 * verses", "This surah", "This juz"…), then "From here to the end of the surah" from the
 * reader's `verse`, then the wider scopes that hold that verse ("This surah", "This page").
 * One of each kind; each is named by what it is, so two of the same verses both stay ("This
 * page" and "This surah" of page 1), except "From here…" when another preset already offers
 * its verses.
 */
export function contextPresets(context: PopupContext | null): ContextPreset[] {
  if (!context) return [];
  const found: [ContextKind, VerseRange, number?][] = [];
  if (context.prefill) found.push(['selection', context.prefill]);
  const suggestions = pageSuggestions(context.pageContext);
  const namesSurah = suggestions.some(({ kind }) => kind === 'surah');
  for (const { kind, number, range } of suggestions) {
    if (kind !== 'verse') {
      found.push([kind === 'ayah' ? 'verse' : kind, range, number]);
      continue;
    }
    found.push(['toSurahEnd', toEndOfSurah(range)]);
    // The reader's surah, when the page did not say it.
    const surah = surahRange(range.from.surah);
    if (!namesSurah && surah) found.push(['surah', surah, range.from.surah]);
  }
  const verses = ([, range]: (typeof found)[number]) => formatVerseRange(range);
  const presets: ContextPreset[] = [];
  for (const item of found) {
    const [kind, range, number] = item;
    const repeated = presets.some((preset) => preset.kind === kind);
    const offered =
      kind === 'toSurahEnd' &&
      found.some((other) => other !== item && verses(other) === verses(item));
    if (repeated || offered) continue;
    const [from, to] = [formatVerseKey(range.from), formatVerseKey(range.to)];
    presets.push({ id: `page-${kind}`, kind, from, to, ...(number ? { number } : {}) });
  }
  return presets;
}

/** The form filled with a range from the page (the schedule stays as the reader set it). */
export function applyContextPreset(draft: Draft, preset: ContextPreset): Draft {
  const { from, to } = preset;
  return {
    ...draft,
    type: 'QURAN_RANGE',
    from,
    to,
    raw: { ...draft.raw, on: false },
    preset: preset.id,
  };
}
