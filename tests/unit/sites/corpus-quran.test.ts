// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/corpus-quran.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { answerText, fromAddress, summary } from './summary';

const PAGE = ['corpus-quran', '2026-11-01-wordbyword-2-255.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['ayah 2:255-2:255', 'verse 2:255-2:255', SURAH_2];
const CORPUS = 'https://corpus.quran.com';

describe('corpus.quran.com extractPageContext, from the address', () => {
  it.each([
    [`${CORPUS}/wordbyword.jsp?chapter=2&verse=255`, VERSE_2_255],
    [`${CORPUS}/translation.jsp?chapter=2&verse=255`, VERSE_2_255],
    [`${CORPUS}/treebank.jsp?chapter=2&verse=255&token=3`, VERSE_2_255],
    [`${CORPUS}/wordmorphology.jsp?location=(2:255:3)`, VERSE_2_255],
    [`${CORPUS}/wordbyword.jsp?chapter=2`, [SURAH_2]],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    `${CORPUS}/wordbyword.jsp?chapter=2&verse=287`,
    `${CORPUS}/wordmorphology.jsp?location=(2:287:1)`,
    `${CORPUS}/wordbyword.jsp?chapter=115`,
    `${CORPUS}/qurandictionary.jsp?q=Hmd`,
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('corpus.quran.com extractPageContext, from the view', () => {
  it('offers the verse the address names, then reads the first word row on screen', () => {
    const doc = loadPage(...PAGE);
    const url = new URL(`${CORPUS}/wordbyword.jsp?chapter=2&verse=255`);
    expect(summary(extractPageContext(doc, url))).toEqual(VERSE_2_255);
    scrollTo(doc, '.location', 'tr:nth-child(8) .location');
    expect(summary(extractPageContext(doc, url))).toEqual([
      'ayah 2:255-2:255',
      'verse 2:256-2:256',
      SURAH_2,
    ]);
  });
});

describe('corpus.quran.com selectionToRange', () => {
  it.each([
    ['word rows', 'tr:nth-child(4) .c3 b', 'tr:nth-child(9) .c3 b', [0, -1], '2:255-2:256'],
    [
      'one location',
      'tr:nth-child(2) .location',
      'tr:nth-child(2) .location',
      [1, 6],
      '2:255-2:255',
    ],
  ])('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, start, end, at);
    const url = new URL(`${CORPUS}/wordbyword.jsp?chapter=2&verse=255`);
    expect(answerText(selectionToRange(range, doc, url))).toBe(expected);
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, new URL(CORPUS))).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
