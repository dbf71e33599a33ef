// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractPageContext } from '@/entrypoints/quran-com.content/extract';
import { loadPage, parsePage } from './fixtures';
import { summary } from './summary';

const BLANK = '<!DOCTYPE html><html><body><main></main></body></html>';
const SURAH_2 = ['surah 2 2:1-2:286'];
const VERSE_2_255 = ['verse 2:255-2:255', ...SURAH_2];

beforeEach(() => localStorage.clear());

describe('quran.com extractPageContext, from the address', () => {
  it.each([
    ['https://quran.com/2', SURAH_2],
    ['https://quran.com/2?startingVerse=255', VERSE_2_255],
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
    ['https://quran.com/2/255-260', ['verse 2:255-2:255', 'range 2:255-2:260', ...SURAH_2]],
    ['https://quran.com/2:255-260', ['verse 2:255-2:255', 'range 2:255-2:260', ...SURAH_2]],
    ['https://quran.com/2:255-3:5', ['verse 2:255-2:255', 'range 2:255-3:5', ...SURAH_2]],
    ['https://quran.com/page/42', ['page 42 2:253-2:256', ...SURAH_2]],
    ['https://quran.com/page/1', ['page 1 1:1-1:7', 'surah 1 1:1-1:7']],
    ['https://quran.com/page/604', ['surah 112 112:1-112:4', 'page 604 112:1-114:6']],
    ['https://quran.com/juz/3', ['juz 3 2:253-3:92', ...SURAH_2]],
    ['https://quran.com/juz/30', ['surah 78 78:1-78:40', 'juz 30 78:1-114:6']],
    ['https://quran.com/hizb/5', ['hizb 5 2:253-3:14', ...SURAH_2]],
    ['https://quran.com/rub/17', ['rub 17 2:253-2:262', ...SURAH_2]],
    ['https://quran.com/surah/2/info', SURAH_2],
    ['https://quran.com/2/info', SURAH_2],
    ['https://quran.com/ar/2:255', VERSE_2_255],
    ['https://quran.com/ur/2', SURAH_2],
    ['https://quran.com/en/page/42', ['page 42 2:253-2:256', ...SURAH_2]],
    ['https://quran.com/zh/juz/30', ['surah 78 78:1-78:40', 'juz 30 78:1-114:6']],
    ['https://quran.com/114', ['surah 114 114:1-114:6']],
    ['https://quran.com/2:300', SURAH_2],
    ['https://quran.com/2/255-250', VERSE_2_255],
    ['https://quran.com/115', []],
    ['https://quran.com/page/605', []],
    ['https://quran.com/juz/31', []],
    ['https://quran.com/rub/0', []],
    ['https://quran.com/', []],
    ['https://quran.com/reading-goal', []],
    ['https://quran.com/al-baqarah', []],
  ])('%s (blank page) → %j', (url, expected) => {
    expect(summary(extractPageContext(parsePage(BLANK), new URL(url)))).toEqual(expected);
  });

  it.each([
    ['https://quran.com/al-baqarah', SURAH_2],
    ['https://quran.com/al-baqarah?startingVerse=255', VERSE_2_255],
    ['https://quran.com/al-baqarah/255', VERSE_2_255],
    [
      'https://quran.com/ar/al-baqarah/255-256',
      ['verse 2:255-2:255', 'range 2:255-2:256', ...SURAH_2],
    ],
    ['https://quran.com/reading-goal', []],
    ['https://quran.com/learning-plans/ayat-al-kursi', []],
  ])('%s (surah page, slug read from data-chapter-id) → %j', (url, expected) => {
    const doc = loadPage('quran-com', '2026-11-01-translation-near-2-255.html');
    expect(summary(extractPageContext(doc, new URL(url)))).toEqual(expected);
  });
});
