// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/quranenc.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween } from './fixtures';
import { answerText, fromAddress } from './summary';

const PAGE = ['quranenc', '2026-11-01-browse-english-saheeh-2.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['ayah 2:255-2:255', 'verse 2:255-2:255', SURAH_2];
const BROWSE = 'https://quranenc.com/en/browse/english_saheeh';

describe('quranenc.com extractPageContext, from the address', () => {
  it.each([
    [`${BROWSE}/2`, [SURAH_2]],
    [`${BROWSE}/2-255`, VERSE_2_255],
    [`${BROWSE}/2/255`, VERSE_2_255],
    ['https://quranenc.com/ar/browse/arabic_moyassar/114', ['surah 114 114:1-114:6']],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([`${BROWSE}/2-287`, `${BROWSE}/2/287`, `${BROWSE}/115`, 'https://quranenc.com/en/home'])(
    'offers nothing for %s',
    (url) => {
      expect(fromAddress(extractPageContext, url)).toEqual([]);
    },
  );
});

describe("quranenc.com selectionToRange: the verse cards, in the address's surah", () => {
  const SURAH_2_URL = new URL(`${BROWSE}/2`);

  it.each([
    [
      'one translation',
      '#ayah-255 .translation-text',
      '#ayah-255 .translation-text',
      [6, 20],
      '2:255-2:255',
    ],
    [
      'across verses',
      '#ayah-254 .arabic-text',
      '#ayah-256 .translation-text',
      [4, -1],
      '2:254-2:256',
    ],
    [
      'from a translation into Arabic text before its verse marker',
      '#ayah-254 .translation-text',
      '#ayah-256 .arabic-text',
      [10, 3],
      '2:254-2:256',
    ],
  ])('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, start, end, at);
    expect(answerText(selectionToRange(range, doc, SURAH_2_URL))).toBe(expected);
  });

  it('takes the surah from every form of the address', () => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, '#ayah-255 .arabic-text', '#ayah-256 .arabic-text');
    for (const address of ['2-255', '2/255', '2']) {
      const url = new URL(`${BROWSE}/${address}`);
      expect(answerText(selectionToRange(range, doc, url))).toBe('2:255-2:256');
    }
  });

  it.each([
    ['the heading', 'h1', SURAH_2_URL],
    [
      'an address without a surah',
      '#ayah-255 .arabic-text',
      new URL('https://quranenc.com/en/home'),
    ],
    [
      'cards that are not verses of the surah (114 has 6)',
      '#ayah-255 .arabic-text',
      new URL('https://quranenc.com/ar/browse/arabic_moyassar/114'),
    ],
  ] as const)('finds no verses in %s', (_name, selected, url) => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(rangeBetween(doc, selected, selected), doc, url)).toEqual({
      found: false,
      reason: NOT_FOUND.noVerses,
    });
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, SURAH_2_URL)).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
