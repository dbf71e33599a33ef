// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractPageContext } from '@/entrypoints/quran-com.content/extract';
import { fixBars, loadPage, persistQuranCom, scrollTo } from './fixtures';
import { summary } from './summary';

const TRANSLATION = '2026-11-01-translation-near-2-255.html';
const READING = '2026-11-01-reading-page-42.html';
const INDOPAK = '2026-11-01-reading-indopak-16-page-35.html';
const CELLS = '[data-testid^="verse-"]';
const LINES = '[id*="-Line"]';
const SURAH_2 = 'surah 2 2:1-2:286';
const URL_2 = new URL('https://quran.com/2');

beforeEach(() => localStorage.clear());

/** The verse the reader is said to be at on quran.com/2, its verses laid out as told. */
function verseInView(layOut: (doc: Document) => void): string | undefined {
  const doc = loadPage('quran-com', TRANSLATION);
  layOut(doc);
  return summary(extractPageContext(doc, URL_2)).find((line) => line.startsWith('verse'));
}

describe('quran.com extractPageContext, from the view', () => {
  it('reads the verse at the top of the translation view, after what the address names', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:256"]');
    expect(summary(extractPageContext(doc, URL_2))).toEqual([SURAH_2, 'verse 2:256-2:256']);
  });

  it('prefers the verse in view to the one the address started at', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:257"]');
    const url = new URL('https://quran.com/2?startingVerse=255');
    expect(summary(extractPageContext(doc, url))).toEqual([SURAH_2, 'verse 2:257-2:257']);
  });

  it('reads a verse in the top fifth of the viewport when no header covers it', () => {
    // 100-pixel verses, 2:254 from the top edge down: all of it in the top fifth (154 px).
    const inView = verseInView((doc) => scrollTo(doc, CELLS, '[data-verse-key="2:254"]', 0, 100));
    expect(inView).toBe('verse 2:254-2:254');
  });

  it('reads the verse whose last line shows at the top', () => {
    const inView = verseInView((doc) => scrollTo(doc, CELLS, '[data-verse-key="2:255"]', 30, 100));
    expect(inView).toBe('verse 2:254-2:254');
  });

  it('skips the verses hidden under a header fixed at the top', () => {
    // 50-pixel verses from 2:253 at the top edge, under a 64-pixel header: 2:253 is hidden,
    // 2:254 shows below it.
    const inView = verseInView((doc) => {
      fixBars(doc, [64]);
      scrollTo(doc, CELLS, '[data-verse-key="2:253"]', 0, 50);
    });
    expect(inView).toBe('verse 2:254-2:254');
  });

  it('skips the verses under a header and the bar stuck under it', () => {
    // A 56-pixel header and a 44-pixel bar: the top 100 pixels are covered.
    const inView = verseInView((doc) => {
      fixBars(doc, [56, 44]);
      scrollTo(doc, CELLS, '[data-verse-key="2:253"]', 0, 50);
    });
    expect(inView).toBe('verse 2:255-2:255');
  });

  it('does not take an overlay over most of the viewport for a header', () => {
    const inView = verseInView((doc) => {
      fixBars(doc, [700]);
      scrollTo(doc, CELLS, '[data-verse-key="2:253"]', 0, 100);
    });
    expect(inView).toBe('verse 2:253-2:253');
  });

  it('says no verse when none shows in the viewport', () => {
    const inView = verseInView((doc) =>
      scrollTo(doc, CELLS, '[data-verse-key="2:252"]', 2000, 100),
    );
    expect(inView).toBeUndefined();
  });

  it('does not take the verse quran.com saved on another visit for the one in view', () => {
    persistQuranCom({ lastRead: '2:254' });
    const doc = loadPage('quran-com', TRANSLATION);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/al-baqarah')))).toEqual([
      SURAH_2,
    ]);
  });

  it('ignores a verse in view that lies outside what the address names', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:255"]');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/3')))).toEqual([
      'surah 3 3:1-3:200',
    ]);
  });

  it('offers, on a juz, the juz first, then the verse in view and its surah', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:255"]');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/juz/3')))).toEqual([
      'juz 3 2:253-3:92',
      'verse 2:255-2:255',
      SURAH_2,
    ]);
  });

  it('reads the line at the top of the reading view of a page', () => {
    const doc = loadPage('quran-com', READING);
    scrollTo(doc, LINES, '#Page42-Line8');
    const line = doc.querySelector('#Page42-Line8')?.getAttribute('data-verse-key');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/42')))).toEqual([
      'page 42 2:253-2:256',
      `verse ${line}-${line}`,
      SURAH_2,
    ]);
  });

  it('offers the page in view of the reading view of a surah, narrowest scope first', () => {
    const doc = loadPage('quran-com', READING);
    scrollTo(doc, LINES, '#Page43-Line1');
    expect(summary(extractPageContext(doc, URL_2))).toEqual([
      SURAH_2,
      'verse 2:257-2:257',
      'page 43 2:257-2:259',
    ]);
  });

  it('reads an IndoPak 16-line page from the view, not from the 604-page tables', () => {
    persistQuranCom({ font: 'text_indopak', lines: '16_lines' });
    const doc = loadPage('quran-com', INDOPAK);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/35')))).toEqual([
      'page 35 2:250-2:256',
    ]);
  });

  it('tells a 16-line page by its lines when nothing is saved', () => {
    const doc = loadPage('quran-com', INDOPAK);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/35')))[0]).toBe(
      'page 35 2:250-2:256',
    );
  });

  it('offers no page of another mushaf that is not in view', () => {
    persistQuranCom({ font: 'text_indopak', lines: '15_lines' });
    const doc = loadPage('quran-com', TRANSLATION);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/40')))).toEqual([]);
  });

  it('uses the 604-page tables for the Madani fonts', () => {
    persistQuranCom({ font: 'code_v2', lines: '15_lines' });
    const doc = loadPage('quran-com', INDOPAK);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/35')))[0]).toBe(
      'page 35 2:220-2:224',
    );
  });
});
