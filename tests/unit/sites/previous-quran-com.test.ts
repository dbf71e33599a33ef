// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  extractPageContext,
  selectionToRange,
} from '@/entrypoints/previous-quran-com.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { answerText, fromAddress, summary } from './summary';

const PAGE = ['previous-quran-com', '2026-11-01-surah-2-255-257.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
/** The reader at 2:255 (where a verse address puts them). */
const AT_2_255 = 'verse 2:255-2:255';
const VERSES = '[name^="verse:"]';

describe('previous.quran.com extractPageContext, from the address', () => {
  it.each([
    ['https://previous.quran.com/2', [SURAH_2]],
    ['https://previous.quran.com/2/255', ['ayah 2:255-2:255', AT_2_255, SURAH_2]],
    ['https://previous.quran.com/2/255-260', ['range 2:255-2:260', AT_2_255, SURAH_2]],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    'https://previous.quran.com/2/287',
    'https://previous.quran.com/2/255-250',
    'https://previous.quran.com/115',
    'https://previous.quran.com/search?q=mercy',
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('previous.quran.com extractPageContext, from the view', () => {
  it('reads the verse at the top of the screen, after the surah the address names', () => {
    const doc = loadPage(...PAGE);
    scrollTo(doc, VERSES, '[name="verse:2:257"]');
    const url = new URL('https://previous.quran.com/2');
    expect(summary(extractPageContext(doc, url))).toEqual([SURAH_2, 'verse 2:257-2:257']);
  });

  it('offers the range the address names first, then the verse in view in it', () => {
    const doc = loadPage(...PAGE);
    scrollTo(doc, VERSES, '[name="verse:2:256"]');
    const url = new URL('https://previous.quran.com/2/255-257');
    expect(summary(extractPageContext(doc, url))).toEqual([
      'range 2:255-2:257',
      'verse 2:256-2:256',
      SURAH_2,
    ]);
  });
});

describe('previous.quran.com selectionToRange', () => {
  it('maps a selection across verses', () => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(
      doc,
      '[name="verse:2:255"] .text',
      '[name="verse:2:257"] .glyph',
      [5, -1],
    );
    const url = new URL('https://previous.quran.com/2');
    expect(answerText(selectionToRange(range, doc, url))).toBe('2:255-2:257');
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, new URL('https://previous.quran.com/2'))).toEqual({
      found: false,
      reason: NOT_FOUND.empty,
    });
  });
});
