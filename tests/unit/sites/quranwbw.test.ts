// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/quranwbw.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { answerText, fromAddress, summary } from './summary';

const PAGE = ['quranwbw', '2026-11-01-surah-2-near-255.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
/** The reader at 2:255 (where a verse address puts them). */
const AT_2_255 = 'verse 2:255-2:255';
const VERSE_2_255 = ['ayah 2:255-2:255', AT_2_255, SURAH_2];

describe('quranwbw.com extractPageContext, from the address', () => {
  it.each([
    ['https://quranwbw.com/2', [SURAH_2]],
    ['https://quranwbw.com/2/255', VERSE_2_255],
    ['https://quranwbw.com/2:255', VERSE_2_255],
    ['https://quranwbw.com/2/255-260', ['range 2:255-2:260', AT_2_255, SURAH_2]],
    ['https://quranwbw.com/2?startVerse=255', [SURAH_2, AT_2_255]],
    ['https://quranwbw.com/2#255', [SURAH_2, AT_2_255]],
    ['https://quranwbw.com/page?id=42', ['page 42 2:253-2:256']],
    ['https://quranwbw.com/juz?id=3', ['juz 3 2:253-3:92']],
    ['https://quranwbw.com/hizb?id=5', ['hizb 5 2:253-3:14']],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    'https://quranwbw.com/2/287',
    'https://quranwbw.com/2/255-250',
    'https://quranwbw.com/115',
    'https://quranwbw.com/page?id=700',
    'https://quranwbw.com/juz',
    'https://quranwbw.com/settings',
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('quranwbw.com extractPageContext, from the view', () => {
  it('reads the verse at the top of the screen, after the surah the address names', () => {
    const doc = loadPage(...PAGE);
    scrollTo(doc, '.verse', '[id="2:256"]');
    expect(summary(extractPageContext(doc, new URL('https://quranwbw.com/2')))).toEqual([
      SURAH_2,
      'verse 2:256-2:256',
    ]);
  });

  it('offers the page the address names first, then the verse in view and its surah', () => {
    const doc = loadPage(...PAGE);
    scrollTo(doc, '.verse', '[id="2:255"]');
    const url = new URL('https://quranwbw.com/page?id=42');
    expect(summary(extractPageContext(doc, url))).toEqual([
      'page 42 2:253-2:256',
      AT_2_255,
      SURAH_2,
    ]);
  });
});

describe('quranwbw.com selectionToRange', () => {
  it.each([
    ['a word', '[id="2:255:2"] .arabic', '[id="2:255:2"] .arabic', [0, 1], '2:255-2:255'],
    ['across verses', '[id="2:254:3"] .arabic', '[id="2:256:1"] .arabic', [0, -1], '2:254-2:256'],
    [
      'translation only',
      '[id="2:255"] .verse-translation span',
      '[id="2:256"] .verse-translation span',
      [3, 5],
      '2:255-2:256',
    ],
  ])('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, start, end, at);
    expect(answerText(selectionToRange(range, doc, new URL('https://quranwbw.com/2')))).toBe(
      expected,
    );
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, new URL('https://quranwbw.com/2'))).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
