import { SurahList } from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { surahArabicName, surahName } from '@/utils/quran/surah-names';

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
  const plain = (name: string) =>
    name
      .replace(/[\u064B-\u065F\u0670\u06E1]/g, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ى/g, 'ي');

  it.each([
    [1, 'الفاتحة'],
    [67, 'الملك'],
    [115, '115'],
  ])('names surah %i %s', (surah, name) => {
    expect(surahArabicName(surah)).toBe(name);
  });

  it.each(Array.from({ length: 114 }, (_, i) => i + 1))(
    'names surah %i as quran-meta does',
    (surah) => {
      const arabic = SurahList[surah]?.[4];
      expect(plain(surahArabicName(surah))).toBe(plain(arabic ?? ''));
    },
  );
});
