import { describe, expect, it } from 'vitest';
import { quranComSlug, surahOfSlug } from '@/utils/quran/surah-names';

const SURAHS = Array.from({ length: 114 }, (_, i) => i + 1);

describe('quranComSlug', () => {
  // Addresses quran.com serves (SITES.md, and the site's own links); the repository holds no
  // list of all 114 to check against.
  it.each([
    [1, 'al-fatihah'],
    [2, 'al-baqarah'],
    [3, 'ali-imran'],
    [4, 'an-nisa'],
    [18, 'al-kahf'],
    [36, 'ya-sin'],
    [67, 'al-mulk'],
    [112, 'al-ikhlas'],
    [114, 'an-nas'],
  ])('writes surah %i as quran.com does: %s', (surah, slug) => {
    expect(quranComSlug(surah)).toBe(slug);
  });

  it('gives each surah its own slug, in lower-case words joined by hyphens', () => {
    const slugs = SURAHS.map(quranComSlug);
    expect(new Set(slugs).size).toBe(114);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives no slug that reads as a locale (`ar`, `pt-br`)', () => {
    for (const surah of SURAHS) expect(quranComSlug(surah)).not.toMatch(/^[a-z]{2}(?:-[a-z]{2})?$/);
  });
});

describe('surahOfSlug', () => {
  it.each(SURAHS)('reads back the slug of surah %i', (surah) => {
    expect(surahOfSlug(quranComSlug(surah))).toBe(surah);
  });

  it.each(['', 'al', 'Al-Baqarah', 'al-baqarah/255', 'surah-115', 'reading-goal'])(
    'reads no surah in %j',
    (text) => {
      expect(surahOfSlug(text)).toBeNull();
    },
  );
});
