// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageContext, selectionToRange } from '@/entrypoints/quran-com.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { makeBaqarahPage } from '../../fixtures/quran-com/make-baqarah';
import { loadPage, parsePage, pick, rangeBetween, scrollTo, textIn } from './fixtures';
import { answerText } from './summary';

const TRANSLATION = '2026-11-01-translation-near-2-255.html';
const BOUNDARY = '2026-11-01-translation-juz-3-surah-boundary.html';
const READING = '2026-11-01-reading-page-42.html';
const URL_2 = new URL('https://quran.com/2');

const word = (location: string) => `[data-word-location="${location}"]`;
const translation = (key: string) => `[data-verse-key="${key}"] [lang="en"] p`;
const header = (surah: number) => `[data-verse-key="${surah}:1"]:not([data-testid])`;

describe('quran.com selectionToRange', () => {
  it.each([
    ['a word', TRANSLATION, word('2:255:3'), word('2:255:3'), [0, 1], '2:255-2:255'],
    [
      'a verse, word by word',
      TRANSLATION,
      word('2:255:1'),
      word('2:255:13'),
      [0, -1],
      '2:255-2:255',
    ],
    ['across verses', TRANSLATION, word('2:254:3'), word('2:256:2'), [0, -1], '2:254-2:256'],
    [
      'translation text only',
      TRANSLATION,
      translation('2:255'),
      translation('2:255'),
      [4, 20],
      '2:255-2:255',
    ],
    [
      'translation to translation',
      TRANSLATION,
      translation('2:253'),
      translation('2:256'),
      [10, 5],
      '2:253-2:256',
    ],
    [
      'translation into Arabic words',
      TRANSLATION,
      translation('2:253'),
      word('2:255:2'),
      [10, -1],
      '2:253-2:255',
    ],
    [
      'the verse link alone',
      TRANSLATION,
      '[href="/2:257"]',
      '[href="/2:257"]',
      [0, -1],
      '2:257-2:257',
    ],
    ['across surahs', BOUNDARY, word('2:286:2'), word('3:1:1'), [0, -1], '2:286-3:1'],
    [
      'from a surah title into its verses',
      BOUNDARY,
      `${header(3)} [class*="transliteratedName"]`,
      word('3:2:1'),
      [0, -1],
      '3:1-3:2',
    ],
    [
      'translation across surahs',
      BOUNDARY,
      translation('2:285'),
      translation('3:2'),
      [3, 3],
      '2:285-3:2',
    ],
    [
      'across lines of the reading view',
      READING,
      word('2:254:5'),
      word('2:255:10'),
      [0, -1],
      '2:254-2:255',
    ],
    [
      'a word inside a line that starts with an earlier verse',
      READING,
      word('2:256:2'),
      word('2:256:2'),
      [0, -1],
      '2:256-2:256',
    ],
    [
      'across pages of the reading view',
      READING,
      word('2:256:20'),
      word('2:257:1'),
      [0, -1],
      '2:256-2:257',
    ],
  ])('maps %s', (_name, page, start, end, at, expected) => {
    const doc = loadPage('quran-com', page);
    expect(answerText(selectionToRange(rangeBetween(doc, start, end, at), doc, URL_2))).toBe(
      expected,
    );
  });

  it('does not take a surah title alone for the surah', () => {
    const doc = loadPage('quran-com', BOUNDARY);
    const range = rangeBetween(
      doc,
      `${header(3)} [class*="translatedName"]`,
      `${header(3)} [class*="chapterId"]`,
    );
    expect(selectionToRange(range, doc, URL_2)).toEqual({
      found: false,
      reason: NOT_FOUND.surahTitle,
    });
  });

  it('says when nothing is selected', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    const range = doc.createRange();
    range.setStart(textIn(pick(doc, word('2:255:3'))), 0);
    expect(selectionToRange(range, doc, URL_2)).toEqual({ found: false, reason: NOT_FOUND.empty });
    expect(selectionToRange(null, doc, URL_2)).toEqual({ found: false, reason: NOT_FOUND.empty });
  });

  it('says when the selection holds no verses', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    const range = rangeBetween(doc, '[class*="Navbar_logo"]', '[class*="Navbar_logo"]');
    expect(selectionToRange(range, doc, URL_2)).toEqual({
      found: false,
      reason: NOT_FOUND.noVerses,
    });
  });

  it('spans every range of a live selection', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    const selection = {
      ranges: [
        rangeBetween(doc, word('2:256:1'), word('2:256:2')),
        rangeBetween(doc, word('2:253:4'), word('2:253:4')),
      ],
      get rangeCount() {
        return this.ranges.length;
      },
      getRangeAt(index: number) {
        return this.ranges[index] as Range;
      },
    };
    expect(answerText(selectionToRange(selection, doc, URL_2))).toBe('2:253-2:256');
  });

  it('reads the document selection of the page', () => {
    const doc = loadPage('quran-com', TRANSLATION);
    document.body.replaceChildren(document.importNode(doc.body, true));
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(rangeBetween(document, word('2:255:5'), translation('2:256'), [0, 4]));
    expect(answerText(selectionToRange(selection, document, URL_2))).toBe('2:255-2:256');
  });
});

// happy-dom takes seconds to build and query 4,000 words on a busy machine: a generous timeout.
describe('quran.com on a 286-verse page', () => {
  it('maps a selection across the whole surah and reads the verse in view', () => {
    const doc = parsePage(makeBaqarahPage());
    expect(doc.querySelectorAll('[data-testid^="verse-"]')).toHaveLength(286);
    const range = rangeBetween(doc, word('2:1:1'), translation('2:286'), [0, 8]);
    expect(answerText(selectionToRange(range, doc, URL_2))).toBe('2:1-2:286');
    const middle = rangeBetween(doc, word('2:141:2'), word('2:142:3'));
    expect(answerText(selectionToRange(middle, doc, URL_2))).toBe('2:141-2:142');
    scrollTo(doc, '[data-testid^="verse-"]', '[data-verse-key="2:200"]');
    const here = extractPageContext(doc, URL_2).find(({ kind }) => kind === 'verse');
    expect(here?.range.from).toEqual({ surah: 2, ayah: 200 });
  }, 60_000);
});
