import { describe, expect, it } from 'vitest';
import { versesAmong, versesCount } from '@/utils/quran/verse-set';

// Counts by hand: Al-Fatihah has 7 ayahs, Al-Baqarah 286, Al-Mulk 30.

describe('verse sets', () => {
  it('counts each verse once, across items, commas and surahs', () => {
    expect(versesCount(['1:1-1:7'])).toBe(7);
    expect(versesCount(['2:1-2:5,2:3-2:10'])).toBe(10);
    expect(versesCount(['1:7-2:2'])).toBe(3);
    expect(versesCount(['1:1-1:7', '1:1-1:7'])).toBe(7);
    expect(versesCount(['not a range', ''])).toBe(0);
  });

  it('counts the verses of one set among another', () => {
    expect(versesAmong(['67:1-67:10'], ['67:5-67:15'])).toBe(6);
    expect(versesAmong(['1:1-1:7'], ['2:1-2:286'])).toBe(0);
    expect(versesAmong(['1:1-2:286'], ['1:5-2:3'])).toBe(6);
  });
});
