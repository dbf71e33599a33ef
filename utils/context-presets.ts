import type { Draft } from './goal-form';
import type { PopupContext } from './messages';
import type { VerseRange } from './quran/schema';
import { ayahCount, formatVerseKey } from './quran/verses';

// Goals offered by the page the reader is on (its verses, surah, page, juz…) and by a
// selection ("Make goal from selection"): they come with the page's context, after the
// popup's first paint.

/** What a preset from the page stands for. */
export type ContextKind =
  | 'selection'
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
const wholeSurah = (surah: number): VerseRange => ({
  from: { surah, ayah: 1 },
  to: { surah, ayah: ayahCount(surah) },
});

/**
 * Presets from the page context and the right-click selection: "Selected verses", "This
 * surah", "This page", "From here to the end of the surah"…, without repeats.
 */
export function contextPresets(context: PopupContext | null): ContextPreset[] {
  if (!context) return [];
  const found: [ContextKind, VerseRange, number?][] = [];
  if (context.prefill) found.push(['selection', context.prefill]);
  const suggestions = context.pageContext?.suggestions ?? [];
  for (const { kind, number, range } of suggestions) {
    if (kind === 'verse') {
      found.push(['toSurahEnd', toEndOfSurah(range)]);
      found.push(['surah', wholeSurah(range.from.surah), range.from.surah]);
    } else {
      found.push([kind === 'selection' ? 'selection' : kind, range, number]);
    }
  }
  const seen = new Set<string>();
  const presets: ContextPreset[] = [];
  for (const [kind, range, number] of found) {
    const from = formatVerseKey(range.from);
    const to = formatVerseKey(range.to);
    if (seen.has(`${from}-${to}`) || seen.has(kind)) continue;
    seen.add(`${from}-${to}`);
    seen.add(kind);
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
