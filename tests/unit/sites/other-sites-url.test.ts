// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext as alquranCloud } from '@/entrypoints/alquran-cloud.content/extract';
import { extractPageContext as corpus } from '@/entrypoints/corpus-quran.content/extract';
import { extractPageContext as previous } from '@/entrypoints/previous-quran-com.content/extract';
import { extractPageContext as ksu } from '@/entrypoints/quran-ksu.content/extract';
import { extractPageContext as quranenc } from '@/entrypoints/quranenc.content/extract';
import { extractPageContext as quranwbw } from '@/entrypoints/quranwbw.content/extract';
import { extractPageContext as tanzil } from '@/entrypoints/tanzil.content/extract';
import type { Suggestion } from '@/utils/sites/suggestions';
import { parsePage } from './fixtures';
import { summary } from './summary';

type Extract = (doc: Document, url: URL) => Suggestion[];

const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['verse 2:255-2:255', SURAH_2];
const RANGE_2_255_260 = ['verse 2:255-2:255', 'range 2:255-2:260', SURAH_2];

const cases: [string, string, Extract, string[]][] = [
  ['tanzil', 'https://tanzil.net/#2:255', tanzil, VERSE_2_255],
  ['tanzil', 'https://tanzil.net/#trans/en.sahih/2:255', tanzil, VERSE_2_255],
  ['tanzil', 'https://tanzil.net/#2', tanzil, [SURAH_2]],
  ['tanzil', 'https://tanzil.net/#2:300', tanzil, [SURAH_2]],
  ['tanzil', 'https://tanzil.net/#page-50', tanzil, ['page 50 3:1-3:9', 'surah 3 3:1-3:200']],
  ['tanzil', 'https://tanzil.net/#juz-3', tanzil, ['juz 3 2:253-3:92', SURAH_2]],
  ['tanzil', 'https://tanzil.net/#hizb-5', tanzil, ['hizb 5 2:253-3:14', SURAH_2]],
  ['tanzil', 'https://tanzil.net/#page-605', tanzil, []],
  ['tanzil', 'https://tanzil.net/#search/quran/mercy', tanzil, []],
  ['tanzil', 'https://tanzil.net/', tanzil, []],
  ['quranwbw', 'https://quranwbw.com/2', quranwbw, [SURAH_2]],
  ['quranwbw', 'https://quranwbw.com/2/255', quranwbw, VERSE_2_255],
  ['quranwbw', 'https://quranwbw.com/2:255', quranwbw, VERSE_2_255],
  ['quranwbw', 'https://quranwbw.com/2/255-260', quranwbw, RANGE_2_255_260],
  ['quranwbw', 'https://quranwbw.com/2?startVerse=255', quranwbw, VERSE_2_255],
  ['quranwbw', 'https://quranwbw.com/2#255', quranwbw, VERSE_2_255],
  ['quranwbw', 'https://quranwbw.com/page?id=42', quranwbw, ['page 42 2:253-2:256', SURAH_2]],
  ['quranwbw', 'https://quranwbw.com/juz?id=3', quranwbw, ['juz 3 2:253-3:92', SURAH_2]],
  ['quranwbw', 'https://quranwbw.com/hizb?id=5', quranwbw, ['hizb 5 2:253-3:14', SURAH_2]],
  ['quranwbw', 'https://quranwbw.com/page?id=700', quranwbw, []],
  ['quranwbw', 'https://quranwbw.com/settings', quranwbw, []],
  ['alquran.cloud', 'https://alquran.cloud/surah/2', alquranCloud, [SURAH_2]],
  ['alquran.cloud', 'https://alquran.cloud/surah/2/en.asad', alquranCloud, [SURAH_2]],
  ['alquran.cloud', 'https://alquran.cloud/ayah/2:255', alquranCloud, VERSE_2_255],
  ['alquran.cloud', 'https://alquran.cloud/ayah/2:255/en.asad', alquranCloud, VERSE_2_255],
  ['alquran.cloud', 'https://alquran.cloud/ayah/262', alquranCloud, VERSE_2_255],
  [
    'alquran.cloud',
    'https://alquran.cloud/ayah/6236',
    alquranCloud,
    ['verse 114:6-114:6', 'surah 114 114:1-114:6'],
  ],
  ['alquran.cloud', 'https://alquran.cloud/juz/3', alquranCloud, ['juz 3 2:253-3:92', SURAH_2]],
  ['alquran.cloud', 'https://alquran.cloud/ayah/6237', alquranCloud, []],
  ['alquran.cloud', 'https://alquran.cloud/editions', alquranCloud, []],
  [
    'quran.ksu.edu.sa',
    'https://quran.ksu.edu.sa/index.php?l=en#aya=2_255&m=hafs&qaree=husary&trans=ar_mu',
    ksu,
    VERSE_2_255,
  ],
  ['quran.ksu.edu.sa', 'https://quran.ksu.edu.sa/m.php#aya=2_255', ksu, VERSE_2_255],
  ['quran.ksu.edu.sa', 'https://quran.ksu.edu.sa/index.php?aya=2_255', ksu, VERSE_2_255],
  [
    'quran.ksu.edu.sa',
    'https://quran.ksu.edu.sa/index.php?pg=50',
    ksu,
    ['page 50 3:1-3:9', 'surah 3 3:1-3:200'],
  ],
  [
    'quran.ksu.edu.sa',
    'https://quran.ksu.edu.sa/index.php#pg=42&m=hafs',
    ksu,
    ['page 42 2:253-2:256', SURAH_2],
  ],
  [
    'quran.ksu.edu.sa',
    'https://quran.ksu.edu.sa/tafseer/katheer/sura2-aya255.html',
    ksu,
    VERSE_2_255,
  ],
  ['quran.ksu.edu.sa', 'https://quran.ksu.edu.sa/index.php#aya=2_255&m=warsh', ksu, [SURAH_2]],
  ['quran.ksu.edu.sa', 'https://quran.ksu.edu.sa/index.php?pg=50&m=warsh', ksu, []],
  ['quran.ksu.edu.sa', 'https://quran.ksu.edu.sa/index.php?l=en', ksu, []],
  [
    'corpus.quran.com',
    'https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=255',
    corpus,
    VERSE_2_255,
  ],
  [
    'corpus.quran.com',
    'https://corpus.quran.com/translation.jsp?chapter=2&verse=255',
    corpus,
    VERSE_2_255,
  ],
  [
    'corpus.quran.com',
    'https://corpus.quran.com/treebank.jsp?chapter=2&verse=255&token=3',
    corpus,
    VERSE_2_255,
  ],
  [
    'corpus.quran.com',
    'https://corpus.quran.com/wordmorphology.jsp?location=(2:255:3)',
    corpus,
    VERSE_2_255,
  ],
  ['corpus.quran.com', 'https://corpus.quran.com/wordbyword.jsp?chapter=2', corpus, [SURAH_2]],
  ['corpus.quran.com', 'https://corpus.quran.com/qurandictionary.jsp?q=Hmd', corpus, []],
  ['quranenc.com', 'https://quranenc.com/en/browse/english_saheeh/2', quranenc, [SURAH_2]],
  ['quranenc.com', 'https://quranenc.com/en/browse/english_saheeh/2-255', quranenc, VERSE_2_255],
  ['quranenc.com', 'https://quranenc.com/en/browse/english_saheeh/2/255', quranenc, VERSE_2_255],
  [
    'quranenc.com',
    'https://quranenc.com/ar/browse/arabic_moyassar/114',
    quranenc,
    ['surah 114 114:1-114:6'],
  ],
  ['quranenc.com', 'https://quranenc.com/en/home', quranenc, []],
  ['previous.quran.com', 'https://previous.quran.com/2', previous, [SURAH_2]],
  ['previous.quran.com', 'https://previous.quran.com/2/255', previous, VERSE_2_255],
  ['previous.quran.com', 'https://previous.quran.com/2/255-260', previous, RANGE_2_255_260],
  ['previous.quran.com', 'https://previous.quran.com/search?q=mercy', previous, []],
];

describe('extractPageContext of the other sites, from the address', () => {
  it.each(cases)('%s: %s', (_site, url, extract, expected) => {
    const doc = parsePage('<!DOCTYPE html><html><head><title></title></head><body></body></html>');
    expect(summary(extract(doc, new URL(url)))).toEqual(expected);
  });
});
