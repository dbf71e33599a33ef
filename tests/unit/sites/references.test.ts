import { describe, expect, it } from 'vitest';
import {
  resolveSelection,
  selectionTextToRange,
  surahOfPage,
  TEXT_NOT_FOUND,
} from '@/utils/sites/generic';
import { findReferences, hasVerseMarkers } from '@/utils/sites/references';
import { NOT_FOUND } from '@/utils/sites/selection';
import { answerText, rangeText } from './summary';

describe('findReferences', () => {
  it.each([
    ['Ayat al-Kursi is 2:255.', null, ['2:255-2:255']],
    ['(2:255-260)', null, ['2:255-2:260']],
    ['[2:255]', null, ['2:255-2:255']],
    ['read 2:255-3:5 today', null, ['2:255-3:5']],
    ['2:255 – 257', null, ['2:255-2:257']],
    ['first 3:7 then 2:255', null, ['3:7-3:7', '2:255-2:255']],
    ['the word (2:255:3)', null, ['2:255-2:255']],
    ['٢:٢٥٥', null, ['2:255-2:255']],
    ['2:287 and 115:1 do not exist', null, []],
    ['2:260-255 runs backwards', null, []],
    ['version 1.2:3 and 4:5:6:7', null, []],
    ['نص ﴿٢٥٥﴾', 2, ['2:255-2:255']],
    ['نص ﴾٢٥٥﴿', 2, ['2:255-2:255']],
    ['نص ﴿255﴾', 2, ['2:255-2:255']],
    ['نص \u06DD٢٥٥', 2, ['2:255-2:255']],
    ['نص ٢٥٤ نص ٢٥٥', 2, ['2:254-2:254', '2:255-2:255']],
    ['نص ۲۵۵', 2, ['2:255-2:255']],
    ['نص ﴿٢٥٥﴾', null, []],
    ['نص ﴿٩﴾', 1, []],
  ])('finds in %j (surah %s): %j', (text, surah, expected) => {
    expect(findReferences(text, surah).map(rangeText)).toEqual(expected);
  });

  it('tells verse markers that need a surah', () => {
    expect(hasVerseMarkers('نص ﴿٢٥٥﴾')).toBe(true);
    expect(hasVerseMarkers('2:255 only')).toBe(false);
  });
});

describe('selectionTextToRange', () => {
  it.each([
    ['2:255', null, '2:255-2:255'],
    ['from (2:255) to (2:257)', null, '2:255-2:257'],
    ['﴿٢٥٤﴾ … ﴿٢٥٦﴾ … ﴿٢٥٥﴾', 2, '2:254-2:256'],
    ['see [3:7] and ﴿٢٥٥﴾', 2, '2:255-3:7'],
    ['﴿٢٥٥﴾', null, `none: ${TEXT_NOT_FOUND.noSurah}`],
    ['nothing here', 2, `none: ${TEXT_NOT_FOUND.noReference}`],
    ['   ', 2, `none: ${TEXT_NOT_FOUND.empty}`],
  ])('reads %j (surah %s) as %s', (text, surah, expected) => {
    expect(answerText(selectionTextToRange(text, surah))).toBe(expected);
  });
});

describe('surahOfPage', () => {
  it.each([
    ['https://example.org/read?surah=2', '', null, 2],
    ['https://example.org/read?chapter=18&verse=10', '', null, 18],
    ['https://example.org/quran/surah-36', '', null, 36],
    ['https://example.org/sura/112/', '', null, 112],
    ['https://example.org/post', 'Reflections on Surah 2', null, 2],
    ['https://example.org/post', 'تفسير سورة ١٨', null, 18],
    ['https://example.org/post', 'Chapter 115', null, null],
    ['not a url', 'Nothing', null, null],
  ])('reads %s %j as %s', (url, title, _context, expected) => {
    expect(surahOfPage(url, title)).toBe(expected);
  });

  it('prefers the surah a site reader reported', () => {
    const pageContext = {
      url: 'https://tanzil.net/#3:7',
      site: 'tanzil.net',
      suggestions: [
        {
          kind: 'verse' as const,
          range: { from: { surah: 3, ayah: 7 }, to: { surah: 3, ayah: 7 } },
        },
        {
          kind: 'surah' as const,
          number: 3,
          range: { from: { surah: 3, ayah: 1 }, to: { surah: 3, ayah: 200 } },
        },
      ],
    };
    expect(surahOfPage('https://example.org/?surah=2', '', pageContext)).toBe(3);
  });
});

describe('resolveSelection', () => {
  const verses = {
    found: true as const,
    range: { from: { surah: 2, ayah: 1 }, to: { surah: 2, ayah: 5 } },
  };

  it('keeps what the page found', () => {
    expect(resolveSelection(verses, '3:7', 2)).toBe(verses);
  });

  it('reads the text when the page found nothing', () => {
    const answer = resolveSelection({ found: false, reason: NOT_FOUND.noVerses }, 'see 3:7', null);
    expect(answerText(answer)).toBe('3:7-3:7');
  });

  it("keeps the page's reason when the text holds nothing either", () => {
    const title = { found: false as const, reason: NOT_FOUND.surahTitle };
    expect(resolveSelection(title, 'Surah Al-Baqarah', 2)).toBe(title);
  });

  it('reads the text alone where no reader runs', () => {
    expect(answerText(resolveSelection(null, 'نص ﴿٢٥٥﴾', 2))).toBe('2:255-2:255');
    expect(answerText(resolveSelection(undefined, 'nothing', 2))).toBe(
      `none: ${TEXT_NOT_FOUND.noReference}`,
    );
  });
});
