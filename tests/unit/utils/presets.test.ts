import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import { applyPreset, PRESETS } from '@/utils/presets';
import { readGoalForm } from '@/utils/read-goal-form';

const body = (id: string) => {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(id);
  return readGoalForm(applyPreset({ ...DEFAULT_DRAFT, mushafId: 7 }, preset), '2026-03-01').request;
};

describe('PRESETS', () => {
  it.each([
    ['minutes10', { type: 'QURAN_TIME', amount: 600, category: 'QURAN' }],
    ['page1', { type: 'QURAN_PAGES', amount: 1, category: 'QURAN' }],
    ['khatm30', { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 30 }],
    ['khatmYear', { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 365 }],
    ['mulk', { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' }],
    ['ramadan', { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 30 }],
  ])('%s makes %j and keeps the mushaf', (id, expected) => {
    expect(body(id)).toEqual({ mushafId: 7, body: expected });
  });

  it('puts the advanced goal aside', () => {
    const draft = { ...DEFAULT_DRAFT, raw: { ...DEFAULT_DRAFT.raw, on: true } };
    const [, preset] = PRESETS;
    if (!preset) throw new Error('No second preset.');
    expect(applyPreset(draft, preset).raw.on).toBe(false);
  });
});
