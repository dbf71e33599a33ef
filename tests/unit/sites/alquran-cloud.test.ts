// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/alquran-cloud.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { answerText, fromAddress, summary } from './summary';

const PAGE = ['alquran-cloud', '2026-11-01-surah-2-en-asad.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['ayah 2:255-2:255', 'verse 2:255-2:255', SURAH_2];

describe('alquran.cloud extractPageContext, from the address', () => {
  it.each([
    ['https://alquran.cloud/surah/2', [SURAH_2]],
    ['https://alquran.cloud/surah/2/en.asad', [SURAH_2]],
    ['https://alquran.cloud/ayah/2:255', VERSE_2_255],
    ['https://alquran.cloud/ayah/2:255/en.asad', VERSE_2_255],
    // 262 = the 7 verses of Al-Fatihah and 255 of Al-Baqarah.
    ['https://alquran.cloud/ayah/262', VERSE_2_255],
    [
      'https://alquran.cloud/ayah/6236',
      ['ayah 114:6-114:6', 'verse 114:6-114:6', 'surah 114 114:1-114:6'],
    ],
    ['https://alquran.cloud/juz/3', ['juz 3 2:253-3:92']],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    'https://alquran.cloud/ayah/2:287',
    'https://alquran.cloud/ayah/6237',
    'https://alquran.cloud/surah/115',
    'https://alquran.cloud/juz/31',
    'https://alquran.cloud/editions',
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('alquran.cloud extractPageContext, from the view', () => {
  it('reads the verse at the top of the screen, after the surah the address names', () => {
    const doc = loadPage(...PAGE);
    scrollTo(doc, '.style-ayah', '.ayah2_254');
    const url = new URL('https://alquran.cloud/surah/2/en.asad');
    expect(summary(extractPageContext(doc, url))).toEqual([SURAH_2, 'verse 2:254-2:254']);
  });
});

describe('alquran.cloud selectionToRange', () => {
  it.each([
    ['a verse', '.ayah2_255', '.ayah2_255', [0, 5], '2:255-2:255'],
    [
      'across verses and translations',
      '.singleEditionAyah2_253',
      '.ayah2_256',
      [4, 3],
      '2:253-2:256',
    ],
  ])('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, start, end, at);
    const url = new URL('https://alquran.cloud/surah/2/en.asad');
    expect(answerText(selectionToRange(range, doc, url))).toBe(expected);
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, new URL('https://alquran.cloud/surah/2'))).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
