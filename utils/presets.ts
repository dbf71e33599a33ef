import type { Draft } from './goal-form';

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
