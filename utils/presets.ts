import type { Draft } from './goal-form';
import type { PopupContext } from './messages';
import type { VerseRange } from './quran/schema';
import { ayahCount, formatVerseKey } from './quran/verses';

/** A goal in one click: the form fields it fills. */
export interface Preset {
  id: string;
  fields: Partial<Draft>;
}

const WHOLE_QURAN = { type: 'QURAN_RANGE', from: '1:1', to: '114:6' } as const;

/** The presets every reader is offered; the first is the recommended one. */
export const PRESETS: readonly Preset[] = [
  { id: 'minutes10', fields: { type: 'QURAN_TIME', minutes: '10', schedule: 'daily' } },
  { id: 'page1', fields: { type: 'QURAN_PAGES', pages: '1', schedule: 'daily' } },
  { id: 'khatm30', fields: { ...WHOLE_QURAN, schedule: 'days', days: '30' } },
  { id: 'khatmYear', fields: { ...WHOLE_QURAN, schedule: 'days', days: '365' } },
  { id: 'mulk', fields: { type: 'QURAN_RANGE', from: '67:1', to: '67:30', schedule: 'daily' } },
  { id: 'ramadan', fields: { ...WHOLE_QURAN, schedule: 'days', days: '30' } },
];

/** Lengths of Ramadan the reader picks from for the Ramadan khatm. */
export const RAMADAN_DAYS = ['29', '30'] as const;

/** The form filled from a preset (the mushaf stays, the advanced goal is put aside). */
export function applyPreset(draft: Draft, preset: Preset): Draft {
  return { ...draft, ...preset.fields, raw: { ...draft.raw, on: false }, preset: preset.id };
}

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
