import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVerseRange, readVerseRange } from '@/utils/quran/parse';
import type { VerseKey } from '@/utils/quran/schema';
import { ayahCount, formatVerseRange, verseAt, verseNumber } from '@/utils/quran/verses';

const RUNS = 10_000;
const TOTAL_VERSES = 6236;
const verse = fc.integer({ min: 1, max: TOTAL_VERSES }).map((n) => verseAt(n) as VerseKey);
/** Two real verses in order. */
const range = fc
  .tuple(verse, verse)
  .map(([a, b]) => (verseNumber(a) <= verseNumber(b) ? { from: a, to: b } : { from: b, to: a }));

describe('verse ranges', () => {
  it('format then parse gives the same range back', () => {
    fc.assert(
      fc.property(range, (r) => {
        expect(parseVerseRange(formatVerseRange(r))).toEqual(r);
      }),
      { numRuns: RUNS },
    );
  });

  it('parse then format is stable for every text the parser accepts', () => {
    const texts = fc.oneof(
      { weight: 1, arbitrary: fc.string() },
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            fc.integer({ min: 0, max: 120 }),
            fc.integer({ min: 0, max: 300 }),
            fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
            fc.integer({ min: 0, max: 300 }),
            fc.constantFrom('-', '–', ' - '),
            fc.constantFrom('', ' ', '  '),
          )
          .map(
            ([s1, a1, s2, a2, dash, pad]) =>
              `${pad}${s1}:${a1}${dash}${s2 === undefined ? '' : `${s2}:`}${a2}${pad}`,
          ),
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseVerseRange(text);
        if (!parsed) return;
        accepted++;
        expect(readVerseRange(text)).toEqual(parsed);
        expect(ayahCount(parsed.from.surah)).toBeGreaterThanOrEqual(parsed.from.ayah);
        expect(verseNumber(parsed.from)).toBeLessThanOrEqual(verseNumber(parsed.to));
        expect(parseVerseRange(formatVerseRange(parsed))).toEqual(parsed);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 100);
  });

  it('refuses a verse past the end of its surah', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 114 }), fc.integer({ min: 1, max: 50 }), (s, extra) => {
        expect(parseVerseRange(`${s}:${ayahCount(s) + extra}`)).toBeNull();
      }),
      { numRuns: 1_000 },
    );
  });
});
