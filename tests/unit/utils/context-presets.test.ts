import { describe, expect, it } from 'vitest';
import { applyContextPreset, contextPresets } from '@/utils/context-presets';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import type { PageContext, PopupContext } from '@/utils/messages';

type Suggestions = PageContext['suggestions'];

const range = (a: string, b: string) => {
  const [s1, a1] = a.split(':').map(Number);
  const [s2, a2] = b.split(':').map(Number);
  return { from: { surah: s1 ?? 0, ayah: a1 ?? 0 }, to: { surah: s2 ?? 0, ayah: a2 ?? 0 } };
};
const context = (
  suggestions: Suggestions,
  prefill: PopupContext['prefill'] = null,
  url = 'https://quran.com/2/255',
): PopupContext => ({
  pageContext: { url, site: new URL(url).hostname, suggestions },
  prefill,
});
const offered = (ctx: PopupContext | null) =>
  contextPresets(ctx).map((p) => `${p.kind} ${p.from}-${p.to}`);

describe('contextPresets', () => {
  it.each([
    ['nothing', null, []],
    [
      'the verse an address names, the reader there and its surah',
      context([
        { kind: 'ayah', range: range('2:255', '2:255') },
        { kind: 'verse', range: range('2:255', '2:255') },
        { kind: 'surah', number: 2, range: range('2:1', '2:286') },
      ]),
      ['verse 2:255-2:255', 'toSurahEnd 2:255-2:286', 'surah 2:1-2:286'],
    ],
    [
      'a juz the address names, then the verse in view and its surah',
      context([
        { kind: 'juz', number: 30, range: range('78:1', '114:6') },
        { kind: 'verse', range: range('80:5', '80:5') },
        { kind: 'surah', number: 80, range: range('80:1', '80:42') },
      ]),
      ['juz 78:1-114:6', 'toSurahEnd 80:5-80:42', 'surah 80:1-80:42'],
    ],
    [
      "the reader's verse alone, with its surah",
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
    expect(offered(ctx)).toEqual(expected);
  });

  it("keeps This surah on a surah's first verse, where From here would offer the same verses", () => {
    const ctx = context([
      { kind: 'ayah', range: range('2:1', '2:1') },
      { kind: 'verse', range: range('2:1', '2:1') },
      { kind: 'surah', number: 2, range: range('2:1', '2:286') },
    ]);
    expect(offered(ctx)).toEqual(['verse 2:1-2:1', 'surah 2:1-2:286']);
  });

  it('keeps This verse on a surah’s last verse, where From here would be that verse', () => {
    const ctx = context([
      { kind: 'ayah', range: range('2:286', '2:286') },
      { kind: 'verse', range: range('2:286', '2:286') },
      { kind: 'surah', number: 2, range: range('2:1', '2:286') },
    ]);
    expect(offered(ctx)).toEqual(['verse 2:286-2:286', 'surah 2:1-2:286']);
  });

  it('keeps presets of different kinds that hold the same verses, each named by what it is', () => {
    const ctx = context([
      { kind: 'page', number: 1, range: range('1:1', '1:7') },
      { kind: 'verse', range: range('1:3', '1:3') },
      { kind: 'surah', number: 1, range: range('1:1', '1:7') },
    ]);
    expect(offered(ctx)).toEqual(['page 1:1-1:7', 'toSurahEnd 1:3-1:7', 'surah 1:1-1:7']);
  });

  it('names the one-verse preset with its own key', () => {
    const [preset] = contextPresets(context([{ kind: 'ayah', range: range('2:255', '2:255') }]));
    expect(preset).toMatchObject({ id: 'page-verse', kind: 'verse', from: '2:255', to: '2:255' });
  });
});

describe('contextPresets on a quran.com address naming its surah by slug', () => {
  // The content script reads a slug's surah from the page; before the page shows it, the page
  // context has no suggestions, and the popup reads the address.
  const bySlug = (path: string, suggestions: Suggestions = []) =>
    offered(context(suggestions, null, `https://quran.com${path}`));

  it.each([
    ['/al-baqarah', ['surah 2:1-2:286']],
    ['/ali-imran', ['surah 3:1-3:200']],
    ['/an-nisa', ['surah 4:1-4:176']],
    ['/ar/ya-sin', ['surah 36:1-36:83']],
    ['/an-nas', ['surah 114:1-114:6']],
    ['/al-kahf/10', ['verse 18:10-18:10', 'toSurahEnd 18:10-18:110', 'surah 18:1-18:110']],
    ['/al-baqarah/255-257', ['range 2:255-2:257', 'toSurahEnd 2:255-2:286', 'surah 2:1-2:286']],
    ['/al-mulk?startingVerse=12', ['surah 67:1-67:30', 'toSurahEnd 67:12-67:30']],
  ])('%s → %j', (path, expected) => {
    expect(bySlug(path)).toEqual(expected);
  });

  it.each(['/al-baqarah/287', '/reading-goal', '/learning-plans/ayat-al-kursi'])(
    'offers nothing for %s',
    (path) => {
      expect(bySlug(path)).toEqual([]);
    },
  );

  it('takes what the page says when it says something', () => {
    const fromPage: Suggestions = [{ kind: 'surah', number: 2, range: range('2:1', '2:286') }];
    expect(bySlug('/ali-imran', fromPage)).toEqual(['surah 2:1-2:286']);
  });

  it('reads no other site’s address', () => {
    const ctx = context([], null, 'https://quranwbw.com/al-baqarah');
    expect(offered(ctx)).toEqual([]);
  });
});

describe('applyContextPreset', () => {
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
