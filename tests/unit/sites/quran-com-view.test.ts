// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractPageContext } from '@/entrypoints/quran-com.content/extract';
import { loadPage, persistQuranCom, scrollTo } from './fixtures';
import { summary } from './summary';

const TRANSLATION = '2026-11-01-translation-near-2-255.html';
const READING = '2026-11-01-reading-page-42.html';
const INDOPAK = '2026-11-01-reading-indopak-16-page-35.html';
const CELLS = '[data-testid^="verse-"]';
const LINES = '[id*="-Line"]';

beforeEach(() => localStorage.clear());

describe('quran.com extractPageContext, from the view', () => {
  it('reads the verse at the top of the translation view', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:256"]');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/2')))).toEqual([
      'verse 2:256-2:256',
      'surah 2 2:1-2:286',
    ]);
  });

  it('prefers the verse in view to the one the address started at', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:257"]');
    const url = new URL('https://quran.com/2?startingVerse=255');
    expect(summary(extractPageContext(doc, url))[0]).toBe('verse 2:257-2:257');
  });

  it('falls back on the last verse quran.com saved when nothing is laid out', () => {
    persistQuranCom({ lastRead: '2:254' });
    const doc = loadPage('quran-com', TRANSLATION);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/al-baqarah')))).toEqual([
      'verse 2:254-2:254',
      'surah 2 2:1-2:286',
    ]);
  });

  it('ignores a saved verse from another surah', () => {
    persistQuranCom({ lastRead: '3:5' });
    const doc = loadPage('quran-com', TRANSLATION);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/2')))).toEqual([
      'surah 2 2:1-2:286',
    ]);
  });

  it('ignores a verse in view that lies outside what the address names', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    scrollTo(doc, CELLS, '[data-verse-key="2:255"]');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/3')))).toEqual([
      'surah 3 3:1-3:200',
    ]);
  });

  it('reads the line and page at the top of the reading view', () => {
    const doc = loadPage('quran-com', READING);
    scrollTo(doc, LINES, '#Page42-Line8');
    scrollTo(doc, '[id^="page-"]', '#page-42');
    const line = doc.querySelector('#Page42-Line8')?.getAttribute('data-verse-key');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/42')))).toEqual([
      `verse ${line}-${line}`,
      'page 42 2:253-2:256',
      'surah 2 2:1-2:286',
    ]);
  });

  it('offers the page in view of the reading view of a surah', () => {
    const doc = loadPage('quran-com', READING);
    scrollTo(doc, LINES, '#Page43-Line1');
    scrollTo(doc, '[id^="page-"]', '#page-43');
    expect(summary(extractPageContext(doc, new URL('https://quran.com/2')))).toEqual([
      'verse 2:257-2:257',
      'page 43 2:257-2:259',
      'surah 2 2:1-2:286',
    ]);
  });

  it('reads an IndoPak 16-line page from the view, not from the 604-page tables', () => {
    persistQuranCom({ font: 'text_indopak', lines: '16_lines' });
    const doc = loadPage('quran-com', INDOPAK);
    expect(summary(extractPageContext(doc, new URL('https://quran.com/page/35')))).toEqual([
      'page 35 2:250-2:256',
      'surah 2 2:1-2:286',
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
