import {
  getJuzMeta,
  getPageMeta,
  getRubAlHizbMeta,
  HizbQuarterList,
  PageList,
  type RangeMeta,
} from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import {
  type Division,
  divisionRange,
  isDivision,
  PAGE_SIZES_TEXT,
  RUB_SIZES_TEXT,
} from '@/utils/quran/divisions';

/** Entry sizes of a quran-meta start list (`[0, first, …, 6237]`). */
const sizesOf = (starts: readonly number[]) =>
  starts.slice(1, -1).map((start, i) => (starts[i + 2] ?? 0) - start);
const chars = (sizes: number[], offset: number) =>
  String.fromCharCode(...sizes.map((size) => size + offset));

describe('PAGE_SIZES_TEXT and RUB_SIZES_TEXT', () => {
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
function metaRange(kind: Division, n: number) {
  if (kind === 'page') return toRange(getPageMeta(n as never));
  if (kind === 'juz') return toRange(getJuzMeta(n as never));
  if (kind === 'rub') return toRange(getRubAlHizbMeta(n as never));
  return toRange(getRubAlHizbMeta((n * 4 - 3) as never), getRubAlHizbMeta((n * 4) as never));
}

const text = (range: ReturnType<typeof divisionRange>) =>
  range && `${range.from.surah}:${range.from.ayah}-${range.to.surah}:${range.to.ayah}`;

describe('divisionRange and isDivision', () => {
  const cases = [
    ...Array.from({ length: 604 }, (_, i) => ['page', i + 1] as const),
    ...Array.from({ length: 30 }, (_, i) => ['juz', i + 1] as const),
    ...Array.from({ length: 60 }, (_, i) => ['hizb', i + 1] as const),
    ...Array.from({ length: 240 }, (_, i) => ['rub', i + 1] as const),
  ];

  it('gives the same verses as quran-meta for every page, juz, hizb and rub', () => {
    for (const [kind, n] of cases) {
      expect(isDivision(kind, n), `${kind} ${n}`).toBe(true);
      expect(divisionRange(kind, n), `${kind} ${n}`).toEqual(metaRange(kind, n));
    }
  });

  it.each([
    ['juz', 1, '1:1-2:141'],
    ['juz', 30, '78:1-114:6'],
    ['hizb', 1, '1:1-2:74'],
    ['hizb', 60, '87:1-114:6'],
    ['rub', 240, '100:9-114:6'],
    ['page', 1, '1:1-1:7'],
    ['page', 604, '112:1-114:6'],
  ] as [Division, number, string][])('gives %s %i as %s', (kind, n, expected) => {
    expect(text(divisionRange(kind, n))).toBe(expected);
  });

  it.each([
    ['page', 0],
    ['page', 605],
    ['juz', 0],
    ['juz', 31],
    ['hizb', 61],
    ['rub', 241],
    ['juz', 1.5],
    ['hizb', 1.5],
    ['page', Number.NaN],
  ] as [Division, number][])('has no %s %s', (kind, n) => {
    expect(isDivision(kind, n)).toBe(false);
    expect(divisionRange(kind, n)).toBeNull();
  });
});
