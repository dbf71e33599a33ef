import { describe, expect, it } from 'vitest';
import { applyContextPreset, contextPresets } from '@/utils/context-presets';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import type { PopupContext } from '@/utils/messages';
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

const range = (a: string, b: string) => {
  const [s1, a1] = a.split(':').map(Number);
  const [s2, a2] = b.split(':').map(Number);
  return { from: { surah: s1 ?? 0, ayah: a1 ?? 0 }, to: { surah: s2 ?? 0, ayah: a2 ?? 0 } };
};
const context = (
  suggestions: NonNullable<PopupContext['pageContext']>['suggestions'],
  prefill: PopupContext['prefill'] = null,
): PopupContext => ({
  pageContext: { url: 'https://quran.com/2/255', site: 'quran.com', suggestions },
  prefill,
});

describe('contextPresets', () => {
  it.each([
    ['nothing', null, []],
    [
      'a verse',
      context([{ kind: 'verse', range: range('2:255', '2:255') }]),
      ['toSurahEnd 2:255-2:286', 'surah 2:1-2:286'],
    ],
    [
      'a page',
      context([{ kind: 'page', number: 42, range: range('2:253', '2:256') }]),
      ['page 2:253-2:256'],
    ],
    [
      'a surah twice',
      context([
        { kind: 'surah', number: 67, range: range('67:1', '67:30') },
        { kind: 'surah', number: 67, range: range('67:1', '67:30') },
      ]),
      ['surah 67:1-67:30'],
    ],
    [
      'a right-click range first',
      context([{ kind: 'juz', number: 30, range: range('78:1', '114:6') }], range('2:1', '2:5')),
      ['selection 2:1-2:5', 'juz 78:1-114:6'],
    ],
  ] as [string, PopupContext | null, string[]][])('offers for %s: %j', (_, ctx, expected) => {
    expect(contextPresets(ctx).map((p) => `${p.kind} ${p.from}-${p.to}`)).toEqual(expected);
  });

  it('fills a range and keeps the schedule', () => {
    const [preset] = contextPresets(
      context([{ kind: 'page', number: 42, range: range('2:253', '2:256') }]),
    );
    if (!preset) throw new Error('No page preset.');
    const draft = applyContextPreset({ ...DEFAULT_DRAFT, schedule: 'days', days: '7' }, preset);
    expect(draft).toMatchObject({
      type: 'QURAN_RANGE',
      from: '2:253',
      to: '2:256',
      schedule: 'days',
      days: '7',
      preset: 'page-page',
    });
  });
});
