// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/tanzil.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween } from './fixtures';
import { answerText, fromAddress, summary } from './summary';

const PAGE = ['tanzil', '2026-11-01-page-42-2-255.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['ayah 2:255-2:255', 'verse 2:255-2:255', SURAH_2];

describe('tanzil.net extractPageContext, from the address', () => {
  it.each([
    ['https://tanzil.net/#2:255', VERSE_2_255],
    ['https://tanzil.net/#trans/en.sahih/2:255', VERSE_2_255],
    ['https://tanzil.net/#2', [SURAH_2]],
    ['https://tanzil.net/#page-50', ['page 50 3:1-3:9']],
    ['https://tanzil.net/#juz-3', ['juz 3 2:253-3:92']],
    ['https://tanzil.net/#hizb-5', ['hizb 5 2:253-3:14']],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    'https://tanzil.net/#2:287',
    'https://tanzil.net/#2:300',
    'https://tanzil.net/#page-605',
    'https://tanzil.net/#juz-31',
    'https://tanzil.net/#search/quran/mercy',
    'https://tanzil.net/',
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('tanzil.net extractPageContext, from the view', () => {
  it('reads the selected verse when the address names none', () => {
    const doc = loadPage(...PAGE);
    doc.title = 'Tanzil Quran Navigator';
    expect(summary(extractPageContext(doc, new URL('https://tanzil.net/')))).toEqual([
      'verse 2:255-2:255',
      SURAH_2,
    ]);
  });

  it('reads the verse in the title when none is selected, after the page the address names', () => {
    const doc = loadPage(...PAGE);
    for (const aya of doc.querySelectorAll('.selected')) aya.classList.remove('selected');
    doc.title = 'Al-Baqarah [2:254] - Tanzil Quran Navigator';
    expect(summary(extractPageContext(doc, new URL('https://tanzil.net/#page-42')))).toEqual([
      'page 42 2:253-2:256',
      'verse 2:254-2:254',
      SURAH_2,
    ]);
  });

  it('offers nothing for an address naming a verse that is not real, whatever is selected', () => {
    const doc = loadPage(...PAGE);
    expect(extractPageContext(doc, new URL('https://tanzil.net/#2:300'))).toEqual([]);
  });
});

describe('tanzil.net selectionToRange', () => {
  it.each([
    ['one verse', '[id="2-255"] .ayaText', '[id="2-255"] .ayaText', [2, 6], '2:255-2:255'],
    ['across verses', '[id="2-253"] .ayaText', '[id="2-255"] .ayaNum', [3, -1], '2:253-2:255'],
    ['translation only', '[id="t-2-254"]', '[id="t-2-256"]', [0, 4], '2:254-2:256'],
    [
      'from the Quran text into the translation',
      '[id="2-256"] .ayaText',
      '[id="t-2-253"]',
      [0, -1],
      '2:253-2:256',
    ],
    [
      'the Arabic verse marker',
      '[id="2-254"] .ayaNum',
      '[id="2-254"] .ayaNum',
      [0, -1],
      '2:254-2:254',
    ],
  ])('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, start, end, at);
    expect(answerText(selectionToRange(range, doc, new URL('https://tanzil.net/')))).toBe(expected);
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, new URL('https://tanzil.net/'))).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
