import {
  findAyahIdBySurah,
  getAyahCountInSurah,
  getJuzMeta,
  getPageMeta,
  getRubAlHizbMeta,
  HizbQuarterList,
  PageList,
  type RangeMeta,
} from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import {
  divisionRange,
  readVerseKey,
  spanOf,
  surahRange,
  verseAt,
  verseKey,
  verseNumber,
} from '@/utils/sites/quran-index';
import { AYAH_COUNTS_TEXT, PAGE_SIZES_TEXT, RUB_SIZES_TEXT } from '@/utils/sites/quran-tables';

/** Entry sizes of a quran-meta start list (`[0, first, …, 6237]`). */
const sizesOf = (starts: readonly number[]) =>
  starts.slice(1, -1).map((start, i) => (starts[i + 2] ?? 0) - start);
const chars = (sizes: number[], offset: number) =>
  String.fromCharCode(...sizes.map((size) => size + offset));

describe('quran-tables', () => {
  it('packs the ayah counts of quran-meta', () => {
    const counts = Array.from({ length: 114 }, (_, i) => getAyahCountInSurah((i + 1) as never));
    expect(AYAH_COUNTS_TEXT).toBe(counts.map((n) => n.toString(36).padStart(2, '0')).join(''));
  });

  it('packs the page starts of quran-meta', () => {
    expect(PAGE_SIZES_TEXT).toBe(chars(sizesOf(PageList), 48));
  });

  it('packs the rub al-hizb starts of quran-meta', () => {
    expect(RUB_SIZES_TEXT).toBe(chars(sizesOf(HizbQuarterList), 33));
  });
});

const toRange = (first: RangeMeta, last: RangeMeta = first) => ({
  from: { surah: first.first[0], ayah: first.first[1] },
  to: { surah: last.last[0], ayah: last.last[1] },
});

/** The verses of a division, as quran-meta gives them. */
function metaRange(kind: 'page' | 'juz' | 'hizb' | 'rub', n: number) {
  if (kind === 'page') return toRange(getPageMeta(n as never));
  if (kind === 'juz') return toRange(getJuzMeta(n as never));
  if (kind === 'rub') return toRange(getRubAlHizbMeta(n as never));
  return toRange(getRubAlHizbMeta((n * 4 - 3) as never), getRubAlHizbMeta((n * 4) as never));
}

describe('divisionRange', () => {
  const cases = [
    ...Array.from({ length: 604 }, (_, i) => ['page', i + 1] as const),
    ...Array.from({ length: 30 }, (_, i) => ['juz', i + 1] as const),
    ...Array.from({ length: 60 }, (_, i) => ['hizb', i + 1] as const),
    ...Array.from({ length: 240 }, (_, i) => ['rub', i + 1] as const),
  ];

  it('gives the same verses as quran-meta for every page, juz, hizb and rub', () => {
    for (const [kind, n] of cases)
      expect(divisionRange(kind, n), `${kind} ${n}`).toEqual(metaRange(kind, n));
  });

  it.each([
    ['page', 0],
    ['page', 605],
    ['juz', 31],
    ['hizb', 61],
    ['rub', 241],
    ['juz', 1.5],
    ['page', Number.NaN],
  ] as const)('has no %s %s', (kind, n) => {
    expect(divisionRange(kind, n)).toBeNull();
  });
});

describe('verseNumber and verseAt', () => {
  it('number every verse as quran-meta does, and back', () => {
    for (let surah = 1; surah <= 114; surah += 1) {
      for (let ayah = 1; ayah <= getAyahCountInSurah(surah as never); ayah += 1) {
        const position = findAyahIdBySurah(surah as never, ayah as never);
        expect(verseNumber({ surah, ayah })).toBe(position);
        expect(verseAt(position)).toEqual({ surah, ayah });
      }
    }
  });

  it.each([
    [{ surah: 0, ayah: 1 }],
    [{ surah: 115, ayah: 1 }],
    [{ surah: 1, ayah: 8 }],
    [{ surah: 2, ayah: 0 }],
    [{ surah: 2, ayah: 2.5 }],
  ])('gives 0 for %j', (key) => {
    expect(verseNumber(key)).toBe(0);
  });

  it.each([0, 6237, -1, 1.5])('has no verse at %s', (position) => {
    expect(verseAt(position)).toBeNull();
  });
});

describe('readVerseKey', () => {
  it.each([
    ['2:255', { surah: 2, ayah: 255 }],
    ['2-255', { surah: 2, ayah: 255 }],
    ['2_255', { surah: 2, ayah: 255 }],
    ['2:255:3', { surah: 2, ayah: 255 }],
    ['(2:255:3)', { surah: 2, ayah: 255 }],
    [' 114:6 ', { surah: 114, ayah: 6 }],
    ['2:287', null],
    ['115:1', null],
    ['2', null],
    ['a:b', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (text, key) => {
    expect(readVerseKey(text)).toEqual(key);
  });
});

describe('spanOf, verseKey and surahRange', () => {
  it('spans verses in any order, skipping what is not a verse', () => {
    const keys = [verseKey(3, 5), null, { surah: 2, ayah: 300 }, verseKey('2', '255')];
    expect(spanOf(keys)).toEqual({ from: { surah: 2, ayah: 255 }, to: { surah: 3, ayah: 5 } });
    expect(spanOf([null, undefined])).toBeNull();
  });

  it('gives whole surahs', () => {
    expect(surahRange(1)).toEqual({ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 7 } });
    expect(surahRange(0)).toBeNull();
  });
});
