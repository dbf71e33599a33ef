// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  extractPageContext,
  PICTURES,
  selectionToRange,
} from '@/entrypoints/quran-ksu.content/extract';
import { NOT_FOUND } from '@/utils/sites/selection';
import { loadPage, pick, rangeBetween } from './fixtures';
import { answerText, fromAddress } from './summary';

const PAGE = ['quran-ksu', '2026-11-01-index-aya-2-255.html'] as const;
const SURAH_2 = 'surah 2 2:1-2:286';
const VERSE_2_255 = ['ayah 2:255-2:255', 'verse 2:255-2:255', SURAH_2];
const KSU = 'https://quran.ksu.edu.sa';

describe('quran.ksu.edu.sa extractPageContext, from the address', () => {
  it.each([
    [`${KSU}/index.php?l=en#aya=2_255&m=hafs&qaree=husary&trans=ar_mu`, VERSE_2_255],
    [`${KSU}/m.php#aya=2_255`, VERSE_2_255],
    [`${KSU}/index.php?aya=2_255`, VERSE_2_255],
    [`${KSU}/tafseer/katheer/sura2-aya255.html`, VERSE_2_255],
    [`${KSU}/index.php?pg=50`, ['page 50 3:1-3:9']],
    [`${KSU}/index.php#pg=42&m=hafs`, ['page 42 2:253-2:256']],
    // Another riwaya numbers the verses and pages its own way: only the surah holds.
    [`${KSU}/index.php#aya=2_255&m=warsh`, [SURAH_2]],
  ])('%s → %j', (url, expected) => {
    expect(fromAddress(extractPageContext, url)).toEqual(expected);
  });

  it.each([
    `${KSU}/index.php#aya=2_287`,
    `${KSU}/tafseer/katheer/sura2-aya300.html`,
    `${KSU}/index.php?pg=605`,
    `${KSU}/index.php?pg=50&m=warsh`,
    `${KSU}/index.php?l=en`,
  ])('offers nothing for %s', (url) => {
    expect(fromAddress(extractPageContext, url)).toEqual([]);
  });
});

describe('quran.ksu.edu.sa selectionToRange: the links to verses it holds', () => {
  const URL_255 = new URL(`${KSU}/index.php?aya=2_255`);
  /** From the top bar's link, across the page picture, into the commentary. */
  const acrossPicture = (doc: Document) =>
    rangeBetween(doc, '#topbar a', '#tafsirPanel p', [3, 10]);

  it('maps a selection across the page picture to the verses of its image map', () => {
    const doc = loadPage(...PAGE);
    expect(answerText(selectionToRange(acrossPicture(doc), doc, URL_255))).toBe('2:255-2:255');
  });

  it('adds the verses the selected commentary links to', () => {
    const doc = loadPage(...PAGE);
    pick(doc, '#tafsirPanel p').insertAdjacentHTML(
      'beforeend',
      ' See <a href="/tafseer/katheer/sura2-aya256.html">the next verse</a>.',
    );
    const range = rangeBetween(doc, '#topbar a', '#tafsirPanel p a', [0, -1]);
    expect(answerText(selectionToRange(range, doc, URL_255))).toBe('2:255-2:256');
    const inLink = rangeBetween(doc, '#tafsirPanel p a', '#tafsirPanel p a', [2, 6]);
    expect(answerText(selectionToRange(inLink, doc, URL_255))).toBe('2:256-2:256');
  });

  it("reads a link by itself: a hash link does not take the page's verse", () => {
    const doc = loadPage(...PAGE);
    pick(doc, 'area').setAttribute('href', '#pg=42');
    const url = new URL(`${KSU}/index.php?aya=2_254`);
    expect(selectionToRange(acrossPicture(doc), doc, url)).toEqual({
      found: false,
      reason: PICTURES,
    });
  });

  it('says the mushaf is pictures for the commentary alone', () => {
    const doc = loadPage(...PAGE);
    const range = rangeBetween(doc, '#tafsirPanel p', '#tafsirPanel p');
    expect(selectionToRange(range, doc, URL_255)).toEqual({ found: false, reason: PICTURES });
  });

  it.each([
    ['a picture of another riwaya', null, new URL(`${KSU}/index.php#aya=2_255&m=warsh`)],
    ['a picture whose map links to another site', 'https://quran.com/2:255', URL_255],
  ] as const)('says the mushaf is pictures across %s', (_name, href, url) => {
    const doc = loadPage(...PAGE);
    if (href) pick(doc, 'area').setAttribute('href', href);
    expect(selectionToRange(acrossPicture(doc), doc, url)).toEqual({
      found: false,
      reason: PICTURES,
    });
  });

  it('says when nothing is selected', () => {
    const doc = loadPage(...PAGE);
    expect(selectionToRange(null, doc, URL_255)).toEqual({ found: false, reason: NOT_FOUND.empty });
  });
});
