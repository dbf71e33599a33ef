import { describe, expect, it } from 'vitest';
import {
  asciiDigits,
  parseReference,
  parseVerse,
  parseVerseId,
  parseVerseRange,
  readVerseKey,
  readVerseRange,
} from '@/utils/quran/parse';

// Facts the tests rely on: Al-Fatihah (1) has 7 verses, Al-Baqarah (2) 286, and there are
// 114 surahs.

describe('the read/parse rule', () => {
  const notReal = '1:8';
  it.each([
    ['readVerseKey', () => readVerseKey(notReal), { surah: 1, ayah: 8 }],
    [
      'readVerseRange',
      () => readVerseRange(notReal),
      { from: { surah: 1, ayah: 8 }, to: { surah: 1, ayah: 8 } },
    ],
  ])('%s reads the form of a verse that does not exist', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it.each([
    ['parseVerseRange', () => parseVerseRange(notReal)],
    ['parseVerseId', () => parseVerseId(notReal)],
    ['parseVerse', () => parseVerse(1, 8)],
    ['parseReference', () => parseReference(notReal)?.verse],
  ])('%s refuses a verse that does not exist', (_, parse) => {
    expect(parse()).toBeNull();
  });
});

describe('asciiDigits', () => {
  it.each([
    ['٢:٢٥٥', '2:255'],
    ['۲۵', '25'],
    ['٢٫٥', '2.5'],
    [' 10 ', '10'],
  ])('reads %s as %s', (text, plain) => {
    expect(asciiDigits(text)).toBe(plain);
  });

  it('turns Arabic-Indic and Persian digits into ASCII ones in place', () => {
    expect(asciiDigits('٢:٢٥٥ ۲۵۵ 7')).toBe('2:255 255 7');
  });
});

describe('readVerseRange and parseVerseRange', () => {
  it.each([
    ['2:255', '2:255-2:255'],
    ['2:255-286', '2:255-2:286'],
    [' 2 : 255 – 3 : 5 ', '2:255-3:5'],
    ['1:1-114:6', '1:1-114:6'],
    ['٢:٢٥٥-٢٨٦', '2:255-2:286'],
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

describe('readVerseKey', () => {
  it.each([
    ['2:255', { surah: 2, ayah: 255 }],
    ['٢:٢٥٥', { surah: 2, ayah: 255 }],
    ['2:255-2:286', null],
    ['two', null],
  ])('reads %s', (text, key) => {
    expect(readVerseKey(text)).toEqual(key);
  });
});

describe('parseVerseId', () => {
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
    expect(parseVerseId(text)).toEqual(key);
  });
});

describe('parseVerse', () => {
  it.each([
    [2, 255, { surah: 2, ayah: 255 }],
    ['2', '286', { surah: 2, ayah: 286 }],
    [2, 287, null],
    [115, 1, null],
    ['2', 'x', null],
    [2, null, null],
  ])('reads surah %j ayah %j as %j', (surah, ayah, key) => {
    expect(parseVerse(surah, ayah)).toEqual(key);
  });
});

describe('parseReference', () => {
  const key = (surah: number, ayah: number) => ({ surah, ayah });
  it.each([
    ['2', { surah: 2, verse: null, range: null }],
    ['2:255', { surah: 2, verse: key(2, 255), range: null }],
    ['2:255-260', { surah: 2, verse: key(2, 255), range: { from: key(2, 255), to: key(2, 260) } }],
    ['2:255-3:5', { surah: 2, verse: key(2, 255), range: { from: key(2, 255), to: key(3, 5) } }],
    ['2:300', { surah: 2, verse: null, range: null }],
    ['2:260-255', { surah: 2, verse: key(2, 260), range: null }],
    ['115', null],
    ['al-baqarah', null],
  ])('parses %j as %j', (text, reference) => {
    expect(parseReference(text)).toEqual(reference);
  });
});
