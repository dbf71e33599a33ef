// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractPageContext } from '@/entrypoints/quran-com.content/extract';
import { loadPage, parsePage } from './fixtures';
import { summary } from './summary';

// Expected ranges are facts of the standard 604-page mushaf: Al-Baqarah is 2:1–2:286, page 42
// is 2:253–2:256, juz 3 is 2:253–3:92, juz 30 is 78:1–114:6, hizb 5 is 2:253–3:14, rub 17 is
// 2:253–2:262, page 604 is 112:1–114:6.

const BLANK = '<!DOCTYPE html><html><body><main></main></body></html>';
const SURAH_2 = 'surah 2 2:1-2:286';
/** The reader at 2:255 (where a verse address puts them). */
const AT_2_255 = 'verse 2:255-2:255';
/** A one-verse address: the verse, the reader there, then its surah. */
const VERSE_2_255 = ['ayah 2:255-2:255', AT_2_255, SURAH_2];

beforeEach(() => localStorage.clear());

describe('quran.com extractPageContext, from the address', () => {
  it.each([
    ['https://quran.com/2', [SURAH_2]],
    ['https://quran.com/2?startingVerse=255', [SURAH_2, AT_2_255]],
    ['https://quran.com/2:255', VERSE_2_255],
    ['https://quran.com/2/255', VERSE_2_255],
    ['https://quran.com/2%3A255', VERSE_2_255],
    ['https://quran.com/ayatul-kursi', VERSE_2_255],
    ['https://quran.com/2:255/tafsirs/en-tafisr-ibn-kathir', VERSE_2_255],
    ['https://quran.com/2:255/reflections', VERSE_2_255],
    ['https://quran.com/2:255/lessons', VERSE_2_255],
    ['https://quran.com/2:255/related-verses', VERSE_2_255],
    ['https://quran.com/2:255/hadith', VERSE_2_255],
    ['https://quran.com/2:255/answers', VERSE_2_255],
    ['https://quran.com/2:255/qiraat', VERSE_2_255],
    ['https://quran.com/2:255/layers', VERSE_2_255],
    ['https://quran.com/2/255/tafsirs', VERSE_2_255],
    ['https://quran.com/2/286', ['ayah 2:286-2:286', 'verse 2:286-2:286', SURAH_2]],
    ['https://quran.com/2/255-260', ['range 2:255-2:260', AT_2_255, SURAH_2]],
    ['https://quran.com/2:255-260', ['range 2:255-2:260', AT_2_255, SURAH_2]],
    ['https://quran.com/2:255-3:5', ['range 2:255-3:5', AT_2_255, SURAH_2]],
    ['https://quran.com/2/255-255', VERSE_2_255],
    ['https://quran.com/page/42', ['page 42 2:253-2:256']],
    ['https://quran.com/page/1', ['page 1 1:1-1:7']],
    ['https://quran.com/page/604', ['page 604 112:1-114:6']],
    ['https://quran.com/juz/3', ['juz 3 2:253-3:92']],
    ['https://quran.com/juz/30', ['juz 30 78:1-114:6']],
    ['https://quran.com/hizb/5', ['hizb 5 2:253-3:14']],
    ['https://quran.com/rub/17', ['rub 17 2:253-2:262']],
    ['https://quran.com/surah/2/info', [SURAH_2]],
    ['https://quran.com/2/info', [SURAH_2]],
    ['https://quran.com/ar/2:255', VERSE_2_255],
    ['https://quran.com/ur/2', [SURAH_2]],
    ['https://quran.com/pt-br/2', [SURAH_2]],
    ['https://quran.com/en/page/42', ['page 42 2:253-2:256']],
    ['https://quran.com/zh/juz/30', ['juz 30 78:1-114:6']],
    ['https://quran.com/114', ['surah 114 114:1-114:6']],
  ])('%s (blank page) → %j', (url, expected) => {
    expect(summary(extractPageContext(parsePage(BLANK), new URL(url)))).toEqual(expected);
  });

  it.each([
    ['a verse past the end of the surah', 'https://quran.com/2:287'],
    ['a verse past the end of the surah, as a path', 'https://quran.com/2/287'],
    ['a verse that no surah has', 'https://quran.com/2:300'],
    ['a range that runs backwards', 'https://quran.com/2/255-250'],
    ['a range across surahs that runs backwards', 'https://quran.com/3:5-2:255'],
    ['a range that ends past the surah', 'https://quran.com/2/255-290'],
    ['a range into a verse that is not real', 'https://quran.com/2:255-3:201'],
    ['a verse 0', 'https://quran.com/2:0'],
    ['surah 115', 'https://quran.com/115'],
    ['page 605', 'https://quran.com/page/605'],
    ['juz 31', 'https://quran.com/juz/31'],
    ['rub 0', 'https://quran.com/rub/0'],
    ['the home page', 'https://quran.com/'],
    ["the site's own goal page", 'https://quran.com/reading-goal'],
  ])('offers nothing for %s (%s)', (_name, url) => {
    expect(extractPageContext(parsePage(BLANK), new URL(url))).toEqual([]);
  });

  it.each([
    ['https://quran.com/al-baqarah', [SURAH_2]],
    ['https://quran.com/al-baqarah?startingVerse=255', [SURAH_2, AT_2_255]],
    ['https://quran.com/al-baqarah/255', VERSE_2_255],
    ['https://quran.com/ar/al-baqarah/255-256', ['range 2:255-2:256', AT_2_255, SURAH_2]],
    ['https://quran.com/al-baqarah/287', []],
    ['https://quran.com/reading-goal', []],
    ['https://quran.com/learning-plans/ayat-al-kursi', []],
  ])('%s (surah page, the slug read from data-chapter-id) → %j', (url, expected) => {
    const doc = loadPage('quran-com', '2026-11-01-translation-near-2-255.html');
    expect(summary(extractPageContext(doc, new URL(url)))).toEqual(expected);
  });

  // Slugs that look like a locale (two letters, a hyphen, three or four): the reader is not
  // sent to the home page.
  it.each([
    ['https://quran.com/an-nisa', 4, 'surah 4 4:1-4:176'],
    ['https://quran.com/ya-sin', 36, 'surah 36 36:1-36:83'],
    ['https://quran.com/al-fil', 105, 'surah 105 105:1-105:5'],
    ['https://quran.com/ar/an-nas', 114, 'surah 114 114:1-114:6'],
  ])('%s (a page of surah %i) → %s', (url, surah, expected) => {
    const doc = parsePage(`<html><body><div data-chapter-id="${surah}"></div></body></html>`);
    expect(summary(extractPageContext(doc, new URL(url)))).toEqual([expected]);
  });
});
