import { SurahList } from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { surahArabicName, surahName } from '@/utils/surah-names';
import {
  ayahCount,
  parseVerseRange,
  readVerseRange,
  verseAt,
  verseCount,
  verseIndex,
  verseRangeIssue,
  verseRangeProblem,
} from '@/utils/verses';

describe('surahName', () => {
  it.each([
    [1, 'Al-Fatihah'],
    [2, 'Al-Baqarah'],
    [67, 'Al-Mulk'],
    [114, 'An-Nas'],
    [115, 'Surah 115'],
  ])('names surah %i %s', (surah, name) => {
    expect(surahName(surah)).toBe(name);
  });

  it('has a distinct name for each of the 114 surahs', () => {
    const names = new Set(Array.from({ length: 114 }, (_, i) => surahName(i + 1)));
    expect(names.size).toBe(114);
    expect([...names].some((name) => name.startsWith('Surah '))).toBe(false);
  });
});

describe('surahArabicName', () => {
  it.each([
    [1, 'الفاتحة'],
    [67, 'الملك'],
    [115, '115'],
  ])('names surah %i %s', (surah, name) => {
    expect(surahArabicName(surah)).toBe(name);
  });
});

describe('verseRangeIssue', () => {
  it.each([
    [{ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 7 } }, null],
    [{ from: { surah: 1, ayah: 1 }, to: { surah: 114, ayah: 6 } }, null],
    [{ from: { surah: 0, ayah: 1 }, to: { surah: 1, ayah: 1 } }, 'no_surah'],
    [{ from: { surah: 1, ayah: 8 }, to: { surah: 2, ayah: 1 } }, 'no_ayah'],
    [{ from: { surah: 2, ayah: 10 }, to: { surah: 2, ayah: 5 } }, 'backwards'],
  ])('checks %j', (range, code) => {
    expect(verseRangeIssue(range)?.code ?? null).toBe(code);
  });
});

describe('verseRangeProblem', () => {
  it.each([
    [{ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 9 } }, 'Al-Fatihah has 7 ayahs.'],
    [
      { from: { surah: 115, ayah: 1 }, to: { surah: 115, ayah: 1 } },
      'There is no surah 115: surahs are numbered 1 to 114.',
    ],
    [
      { from: { surah: 2, ayah: 10 }, to: { surah: 2, ayah: 5 } },
      'The range runs backwards: 2:5 comes before 2:10.',
    ],
  ])('words %j as %s', (range, message) => {
    expect(verseRangeProblem(range)).toBe(message);
  });
});

describe('readVerseRange and parseVerseRange', () => {
  it.each([
    ['2:255', '2:255-2:255'],
    ['2:255-286', '2:255-2:286'],
    [' 2 : 255 – 3 : 5 ', '2:255-3:5'],
    ['1:1-114:6', '1:1-114:6'],
  ])('reads %s', (text, expected) => {
    const range = parseVerseRange(text);
    expect(
      range && `${range.from.surah}:${range.from.ayah}-${range.to.surah}:${range.to.ayah}`,
    ).toBe(expected);
  });

  it.each(['', 'al-baqarah', '2-255', '2:'])('finds no range in %j', (text) => {
    expect(readVerseRange(text)).toBeNull();
  });

  it('reads a range that is not real, and parse refuses it', () => {
    expect(readVerseRange('1:8')).not.toBeNull();
    expect(parseVerseRange('1:8')).toBeNull();
  });
});

describe('ayahCount and verseCount', () => {
  it('counts the whole Quran', () => {
    expect(ayahCount(2)).toBe(286);
    expect(ayahCount(0)).toBe(0);
    expect(verseCount({ from: { surah: 1, ayah: 1 }, to: { surah: 114, ayah: 6 } })).toBe(6236);
  });
});

describe('tables against quran-meta', () => {
  const plain = (name: string) =>
    name
      .replace(/[\u064B-\u065F\u0670\u06E1]/g, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ى/g, 'ي');

  it.each(Array.from({ length: 114 }, (_, i) => i + 1))(
    'has surah %i as quran-meta has it',
    (surah) => {
      const [start, count, , , arabic] = SurahList[surah] ?? [];
      expect(ayahCount(surah)).toBe(count);
      expect(verseIndex({ surah, ayah: 1 })).toBe(start);
      expect(verseAt(start ?? 0)).toEqual({ surah, ayah: 1 });
      expect(plain(surahArabicName(surah))).toBe(plain(arabic ?? ''));
    },
  );

  it('finds every verse of the Quran at its position', () => {
    for (let index = 1; index <= 6236; index += 1) {
      expect(verseIndex(verseAt(index))).toBe(index);
    }
    expect(verseAt(6236)).toEqual({ surah: 114, ayah: 6 });
  });
});
