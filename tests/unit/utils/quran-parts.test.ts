import { getJuzMeta, getPageMeta, getRubAlHizbMeta } from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { isPart, type PartKind, partRange } from '@/utils/quran-parts';

const key = ([surah, ayah]: readonly [number, number]) => `${surah}:${ayah}`;
const text = (range: Awaited<ReturnType<typeof partRange>>) =>
  range && `${range.from.surah}:${range.from.ayah}-${range.to.surah}:${range.to.ayah}`;

describe('partRange', () => {
  it.each([
    ['juz', 1, '1:1-2:141'],
    ['juz', 30, '78:1-114:6'],
    ['hizb', 1, '1:1-2:74'],
    ['hizb', 60, '87:1-114:6'],
    ['rub', 240, '100:9-114:6'],
    ['page', 1, '1:1-1:7'],
    ['page', 604, '112:1-114:6'],
  ] as [PartKind, number, string][])('gives %s %i as %s', async (kind, n, expected) => {
    expect(text(await partRange(kind, n))).toBe(expected);
  });

  it.each([
    ['juz', 0],
    ['juz', 31],
    ['page', 605],
    ['hizb', 1.5],
  ] as [PartKind, number][])('has no %s %d', async (kind, n) => {
    expect(isPart(kind, n)).toBe(false);
    expect(await partRange(kind, n)).toBeNull();
  });

  it('agrees with quran-meta on every juz, quarter and page', async () => {
    for (let n = 1; n <= 30; n += 1) {
      const meta = getJuzMeta(n as never);
      expect(text(await partRange('juz', n))).toBe(`${key(meta.first)}-${key(meta.last)}`);
    }
    for (let n = 1; n <= 240; n += 1) {
      const meta = getRubAlHizbMeta(n as never);
      expect(text(await partRange('rub', n))).toBe(`${key(meta.first)}-${key(meta.last)}`);
    }
    for (let n = 1; n <= 604; n += 1) {
      const meta = getPageMeta(n as never);
      expect(text(await partRange('page', n))).toBe(`${key(meta.first)}-${key(meta.last)}`);
    }
  });
});
