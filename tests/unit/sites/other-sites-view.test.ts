// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as alquranCloud from '@/entrypoints/alquran-cloud.content/extract';
import * as corpus from '@/entrypoints/corpus-quran.content/extract';
import * as previous from '@/entrypoints/previous-quran-com.content/extract';
import * as ksu from '@/entrypoints/quran-ksu.content/extract';
import * as quranenc from '@/entrypoints/quranenc.content/extract';
import * as quranwbw from '@/entrypoints/quranwbw.content/extract';
import * as tanzil from '@/entrypoints/tanzil.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, pick, rangeBetween, scrollTo } from './fixtures';
import { answerText, summary } from './summary';

const TANZIL = ['tanzil', '2026-11-01-page-42-2-255.html'] as const;
const QURANWBW = ['quranwbw', '2026-11-01-surah-2-near-255.html'] as const;
const ALQURAN = ['alquran-cloud', '2026-11-01-surah-2-en-asad.html'] as const;
const CORPUS = ['corpus-quran', '2026-11-01-wordbyword-2-255.html'] as const;
const PREVIOUS = ['previous-quran-com', '2026-11-01-surah-2-255-257.html'] as const;
const KSU = ['quran-ksu', '2026-11-01-index-aya-2-255.html'] as const;
const QURANENC = ['quranenc', '2026-11-01-browse-english-saheeh-2.html'] as const;

describe('extractPageContext of the other sites, from the view', () => {
  it('tanzil: reads the selected verse when the address names none', () => {
    const doc = loadPage(...TANZIL);
    doc.title = 'Tanzil Quran Navigator';
    expect(summary(tanzil.extractPageContext(doc, new URL('https://tanzil.net/')))).toEqual([
      'verse 2:255-2:255',
      'surah 2 2:1-2:286',
    ]);
  });

  it('tanzil: reads the verse in the title when none is selected', () => {
    const doc = loadPage(...TANZIL);
    for (const aya of doc.querySelectorAll('.selected')) aya.classList.remove('selected');
    doc.title = 'Al-Baqarah [2:254] - Tanzil Quran Navigator';
    const url = new URL('https://tanzil.net/#page-42');
    expect(summary(tanzil.extractPageContext(doc, url))).toEqual([
      'verse 2:254-2:254',
      'page 42 2:253-2:256',
      'surah 2 2:1-2:286',
    ]);
  });

  it('quranwbw: reads the verse at the top of the screen', () => {
    const doc = loadPage(...QURANWBW);
    scrollTo(doc, '.verse', '[id="2:256"]');
    expect(summary(quranwbw.extractPageContext(doc, new URL('https://quranwbw.com/2')))[0]).toBe(
      'verse 2:256-2:256',
    );
  });

  it('alquran.cloud: reads the verse at the top of the screen', () => {
    const doc = loadPage(...ALQURAN);
    scrollTo(doc, '.style-ayah', '.ayah2_254');
    const url = new URL('https://alquran.cloud/surah/2/en.asad');
    expect(summary(alquranCloud.extractPageContext(doc, url))[0]).toBe('verse 2:254-2:254');
  });

  it('corpus: reads the first word row on screen, from the verse the address starts at', () => {
    const doc = loadPage(...CORPUS);
    const url = new URL('https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=255');
    expect(summary(corpus.extractPageContext(doc, url))[0]).toBe('verse 2:255-2:255');
    scrollTo(doc, '.location', 'tr:nth-child(8) .location');
    expect(summary(corpus.extractPageContext(doc, url))[0]).toBe('verse 2:256-2:256');
  });

  it('previous.quran.com: reads the verse at the top of the screen', () => {
    const doc = loadPage(...PREVIOUS);
    scrollTo(doc, '[name^="verse:"]', '[name="verse:2:257"]');
    const url = new URL('https://previous.quran.com/2');
    expect(summary(previous.extractPageContext(doc, url))[0]).toBe('verse 2:257-2:257');
  });
});

const A = 'https://example.invalid/';

describe('selectionToRange of the other sites', () => {
  it.each([
    [
      'tanzil: one verse',
      TANZIL,
      tanzil.selectionToRange,
      '[id="2-255"] .ayaText',
      '[id="2-255"] .ayaText',
      [2, 6],
      '2:255-2:255',
    ],
    [
      'tanzil: across verses',
      TANZIL,
      tanzil.selectionToRange,
      '[id="2-253"] .ayaText',
      '[id="2-255"] .ayaNum',
      [3, -1],
      '2:253-2:255',
    ],
    [
      'tanzil: translation only',
      TANZIL,
      tanzil.selectionToRange,
      '[id="t-2-254"]',
      '[id="t-2-256"]',
      [0, 4],
      '2:254-2:256',
    ],
    [
      'tanzil: from the Quran text into the translation',
      TANZIL,
      tanzil.selectionToRange,
      '[id="2-256"] .ayaText',
      '[id="t-2-253"]',
      [0, -1],
      '2:253-2:256',
    ],
    [
      'tanzil: the Arabic verse marker',
      TANZIL,
      tanzil.selectionToRange,
      '[id="2-254"] .ayaNum',
      '[id="2-254"] .ayaNum',
      [0, -1],
      '2:254-2:254',
    ],
    [
      'quranwbw: a word',
      QURANWBW,
      quranwbw.selectionToRange,
      '[id="2:255:2"] .arabic',
      '[id="2:255:2"] .arabic',
      [0, 1],
      '2:255-2:255',
    ],
    [
      'quranwbw: across verses',
      QURANWBW,
      quranwbw.selectionToRange,
      '[id="2:254:3"] .arabic',
      '[id="2:256:1"] .arabic',
      [0, -1],
      '2:254-2:256',
    ],
    [
      'quranwbw: translation only',
      QURANWBW,
      quranwbw.selectionToRange,
      '[id="2:255"] .verse-translation span',
      '[id="2:256"] .verse-translation span',
      [3, 5],
      '2:255-2:256',
    ],
    [
      'alquran.cloud: a verse',
      ALQURAN,
      alquranCloud.selectionToRange,
      '.ayah2_255',
      '.ayah2_255',
      [0, 5],
      '2:255-2:255',
    ],
    [
      'alquran.cloud: across verses and translations',
      ALQURAN,
      alquranCloud.selectionToRange,
      '.singleEditionAyah2_253',
      '.ayah2_256',
      [4, 3],
      '2:253-2:256',
    ],
    [
      'corpus: word rows',
      CORPUS,
      corpus.selectionToRange,
      'tr:nth-child(4) .c3 b',
      'tr:nth-child(9) .c3 b',
      [0, -1],
      '2:255-2:256',
    ],
    [
      'corpus: one location',
      CORPUS,
      corpus.selectionToRange,
      'tr:nth-child(2) .location',
      'tr:nth-child(2) .location',
      [1, 6],
      '2:255-2:255',
    ],
    [
      'previous.quran.com: across verses',
      PREVIOUS,
      previous.selectionToRange,
      '[name="verse:2:255"] .text',
      '[name="verse:2:257"] .glyph',
      [5, -1],
      '2:255-2:257',
    ],
  ] as const)('maps %s', (_name, [site, page], select, start, end, at, expected) => {
    const doc = loadPage(site, page);
    expect(answerText(select(rangeBetween(doc, start, end, [...at]), doc, new URL(A)))).toBe(
      expected,
    );
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...TANZIL);
    for (const select of [tanzil, quranwbw, alquranCloud, corpus, previous, ksu, quranenc]) {
      expect(select.selectionToRange(null, doc, new URL(A))).toEqual({
        found: false,
        reason: NOT_FOUND.empty,
      });
    }
  });
});

describe("selectionToRange of quranenc.com: the verse cards, in the address's surah", () => {
  const SURAH_2 = new URL('https://quranenc.com/en/browse/english_saheeh/2');

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
  ] as const)('maps %s', (_name, start, end, at, expected) => {
    const doc = loadPage(...QURANENC);
    const range = rangeBetween(doc, start, end, [...at]);
    expect(answerText(quranenc.selectionToRange(range, doc, SURAH_2))).toBe(expected);
  });

  it('takes the surah from every form of the address', () => {
    const doc = loadPage(...QURANENC);
    const range = rangeBetween(doc, '#ayah-255 .arabic-text', '#ayah-256 .arabic-text');
    for (const address of ['english_saheeh/2-255', 'english_saheeh/2/255', 'english_saheeh/2']) {
      const url = new URL(`https://quranenc.com/en/browse/${address}`);
      expect(answerText(quranenc.selectionToRange(range, doc, url))).toBe('2:255-2:256');
    }
  });

  it.each([
    ['the heading', 'h1', SURAH_2],
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
    const doc = loadPage(...QURANENC);
    expect(quranenc.selectionToRange(rangeBetween(doc, selected, selected), doc, url)).toEqual({
      found: false,
      reason: NOT_FOUND.noVerses,
    });
  });
});

describe('selectionToRange of quran.ksu.edu.sa: the links to verses it holds', () => {
  const PAGE = new URL('https://quran.ksu.edu.sa/index.php?aya=2_255');
  /** From the top bar's link, across the page picture, into the commentary. */
  const acrossPicture = (doc: Document) =>
    rangeBetween(doc, '#topbar a', '#tafsirPanel p', [3, 10]);

  it('maps a selection across the page picture to the verses of its image map', () => {
    const doc = loadPage(...KSU);
    expect(answerText(ksu.selectionToRange(acrossPicture(doc), doc, PAGE))).toBe('2:255-2:255');
  });

  it('adds the verses the selected commentary links to', () => {
    const doc = loadPage(...KSU);
    pick(doc, '#tafsirPanel p').insertAdjacentHTML(
      'beforeend',
      ' See <a href="/tafseer/katheer/sura2-aya256.html">the next verse</a>.',
    );
    const range = rangeBetween(doc, '#topbar a', '#tafsirPanel p a', [0, -1]);
    expect(answerText(ksu.selectionToRange(range, doc, PAGE))).toBe('2:255-2:256');
    const inLink = rangeBetween(doc, '#tafsirPanel p a', '#tafsirPanel p a', [2, 6]);
    expect(answerText(ksu.selectionToRange(inLink, doc, PAGE))).toBe('2:256-2:256');
  });

  it("reads a link by itself: a hash link does not take the page's verse", () => {
    const doc = loadPage(...KSU);
    pick(doc, 'area').setAttribute('href', '#pg=42');
    const url = new URL('https://quran.ksu.edu.sa/index.php?aya=2_254');
    expect(ksu.selectionToRange(acrossPicture(doc), doc, url)).toEqual({
      found: false,
      reason: ksu.PICTURES,
    });
  });

  it('says the mushaf is pictures for the commentary alone', () => {
    const doc = loadPage(...KSU);
    const range = rangeBetween(doc, '#tafsirPanel p', '#tafsirPanel p');
    expect(ksu.selectionToRange(range, doc, PAGE)).toEqual({ found: false, reason: ksu.PICTURES });
  });

  it.each([
    [
      'a picture of another riwaya',
      null,
      new URL('https://quran.ksu.edu.sa/index.php#aya=2_255&m=warsh'),
    ],
    ['a picture whose map links to another site', 'https://quran.com/2:255', PAGE],
  ] as const)('says the mushaf is pictures across %s', (_name, href, url) => {
    const doc = loadPage(...KSU);
    if (href) pick(doc, 'area').setAttribute('href', href);
    expect(ksu.selectionToRange(acrossPicture(doc), doc, url)).toEqual({
      found: false,
      reason: ksu.PICTURES,
    });
  });
});
