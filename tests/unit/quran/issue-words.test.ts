import { describe, expect, it } from 'vitest';
import { verseRangeProblem } from '@/utils/quran/issue-words';

describe('verseRangeProblem', () => {
  it.each([
    [{ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 9 } }, 'Surah 1 has 7 ayahs.'],
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
