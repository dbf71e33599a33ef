import { findAyahIdBySurah, getAyahCountInSurah, SurahList } from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { parseVerse } from '@/utils/quran/parse';
import {
  AYAH_COUNTS_TEXT,
  ayahCount,
  spanOf,
  surahRange,
  verseAt,
  verseCount,
  verseNumber,
  verseRangeIssue,
} from '@/utils/quran/verses';

describe('AYAH_COUNTS_TEXT', () => {
  it('packs the ayah counts of quran-meta', () => {
    const counts = Array.from({ length: 114 }, (_, i) => getAyahCountInSurah((i + 1) as never));
    expect(AYAH_COUNTS_TEXT).toBe(counts.map((n) => n.toString(36).padStart(2, '0')).join(''));
  });
});

describe('ayahCount and verseCount', () => {
  it('counts the whole Quran', () => {
    expect(ayahCount(2)).toBe(286);
    expect(ayahCount(0)).toBe(0);
    expect(verseCount({ from: { surah: 1, ayah: 1 }, to: { surah: 114, ayah: 6 } })).toBe(6236);
  });

  it.each(Array.from({ length: 114 }, (_, i) => i + 1))(
    'has surah %i as quran-meta has it',
    (surah) => {
      const [start, count] = SurahList[surah] ?? [];
      expect(ayahCount(surah)).toBe(count);
      expect(verseNumber({ surah, ayah: 1 })).toBe(start);
      expect(verseAt(start ?? 0)).toEqual({ surah, ayah: 1 });
    },
  );
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

  it('finds every verse of the Quran at its position', () => {
    for (let index = 1; index <= 6236; index += 1) {
      const key = verseAt(index);
      expect(key && verseNumber(key)).toBe(index);
    }
    expect(verseAt(6236)).toEqual({ surah: 114, ayah: 6 });
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

describe('spanOf and surahRange', () => {
  it('spans verses in any order, skipping what is not a verse', () => {
    const keys = [parseVerse(3, 5), null, { surah: 2, ayah: 300 }, parseVerse('2', '255')];
    expect(spanOf(keys)).toEqual({ from: { surah: 2, ayah: 255 }, to: { surah: 3, ayah: 5 } });
    expect(spanOf([null, undefined])).toBeNull();
  });

  it('gives whole surahs', () => {
    expect(surahRange(1)).toEqual({ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 7 } });
    expect(surahRange(0)).toBeNull();
  });
});
