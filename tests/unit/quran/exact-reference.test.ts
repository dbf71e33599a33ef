import { describe, expect, it } from 'vitest';
import { parseExactReference } from '@/utils/quran/parse';
import { formatVerseRange } from '@/utils/quran/verses';

const text = (reference: ReturnType<typeof parseExactReference>) =>
  reference && {
    surah: reference.surah,
    verse: reference.verse && `${reference.verse.surah}:${reference.verse.ayah}`,
    range: reference.range && formatVerseRange(reference.range),
  };

describe('parseExactReference', () => {
  // 2:286 is the last verse of Al-Baqarah; Al 'Imran has 200.
  it.each([
    ['2', { surah: 2, verse: null, range: null }],
    ['2:255', { surah: 2, verse: '2:255', range: null }],
    ['2:286', { surah: 2, verse: '2:286', range: null }],
    ['2:255-260', { surah: 2, verse: '2:255', range: '2:255-2:260' }],
    ['2:255-3:5', { surah: 2, verse: '2:255', range: '2:255-3:5' }],
    ['2:255-255', { surah: 2, verse: '2:255', range: '2:255-2:255' }],
  ])('reads %s', (address, expected) => {
    expect(text(parseExactReference(address))).toEqual(expected);
  });

  it.each([
    ['a verse past the end of the surah', '2:287'],
    ['verse 0', '2:0'],
    ['a range that runs backwards', '2:255-250'],
    ['a range across surahs that runs backwards', '3:5-2:255'],
    ['a range that ends past the surah', '2:255-290'],
    ['a range into a surah that does not exist', '2:255-115:1'],
    ['a surah that does not exist', '115'],
    ['another form', '2/255'],
    ['nothing', ''],
  ])('reads nothing in %s (%s)', (_name, address) => {
    expect(parseExactReference(address)).toBeNull();
  });
});
