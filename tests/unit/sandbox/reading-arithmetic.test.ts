import { describe, expect, it } from 'vitest';
import { endOfDay } from '../../../sandbox/dates';
import { pagesOf } from '../../../sandbox/pages';
import { pageOf } from '../../../sandbox/paging';
import { currentRun, streakRuns } from '../../../sandbox/streaks';
import { formatSpan, mergeSpans, parseRangeList, type VerseSpan } from '../../../sandbox/verse';

/**
 * The pure arithmetic behind activity days and streaks. Verse positions count from 1:1 = 1
 * (Al-Fatiha has 7 verses, so 2:1 = 8); the 604-page Madani mushaf has Al-Fatiha on page 1,
 * 2:1–2:5 on page 2 and 2:6–2:16 on page 3.
 */

const spans = (text: string) => parseRangeList(text) as VerseSpan[];

describe('parseRangeList', () => {
  it.each<[string, string[] | RegExp]>([
    ['1:1-1:7', ['1:1-1:7']],
    ['1:1-1:7,2:1-2:5', ['1:1-1:7', '2:1-2:5']],
    ['1:1-1:8', /1:8 is not a verse/],
    ['2:1-2:5,2:5-2:1', /runs backwards/],
  ])('reads %s', (text, expected) => {
    const read = parseRangeList(text);
    if (expected instanceof RegExp) expect(read).toMatch(expected);
    else expect((read as VerseSpan[]).map(formatSpan)).toEqual(expected);
  });
});

describe('mergeSpans', () => {
  it.each<[string, string[]]>([
    ['2:3-2:7,2:1-2:5', ['2:1-2:7']],
    ['2:1-2:5,2:6-2:9', ['2:1-2:9']],
    ['1:7-1:7,2:1-2:1', ['1:7-2:1']],
    ['2:1-2:5,2:7-2:9', ['2:1-2:5', '2:7-2:9']],
    ['3:1-3:5,2:1-2:5,2:2-2:3', ['2:1-2:5', '3:1-3:5']],
  ])('merges %s', (text, expected) => {
    expect(mergeSpans(spans(text)).map(formatSpan)).toEqual(expected);
  });
});

describe('pagesOf', () => {
  it.each<[string, number, 'table' | 'average', number]>([
    ['1:1-1:7', 4, 'table', 1],
    ['2:1-2:5', 1, 'table', 1],
    ['2:1-2:2', 4, 'table', 0.4],
    ['1:1-1:7,2:1-2:16', 4, 'table', 3],
    ['2:3-2:8', 4, 'table', 3 / 5 + 3 / 11],
    ['1:1-114:6', 4, 'table', 604],
    ['1:1-114:6', 7, 'table', 548],
    ['1:1-1:7', 4, 'average', (7 * 604) / 6236],
    ['1:1-114:6', 6, 'average', 610],
  ])('%s in mushaf %i by %s is %f pages', (text, mushafId, measure, pages) => {
    expect(pagesOf(spans(text), mushafId, measure)).toBeCloseTo(pages, 9);
  });
});

describe('streakRuns and currentRun', () => {
  it('finds runs of consecutive dates, across a month and a year', () => {
    expect(
      streakRuns([
        '2026-01-01',
        '2025-12-31',
        '2026-03-01',
        '2026-02-28',
        '2026-01-01',
        '2026-03-03',
      ]),
    ).toEqual([
      { first: '2025-12-31', last: '2026-01-01', days: 2 },
      { first: '2026-02-28', last: '2026-03-01', days: 2 },
      { first: '2026-03-03', last: '2026-03-03', days: 1 },
    ]);
  });

  it.each<[string, 'yesterday' | 'zero', number | undefined]>([
    ['2026-03-03', 'yesterday', 1],
    ['2026-03-03', 'zero', 1],
    ['2026-03-04', 'yesterday', 1],
    ['2026-03-04', 'zero', undefined],
    ['2026-03-05', 'yesterday', undefined],
    ['2026-03-02', 'yesterday', 2],
  ])('on %s under %s the current run has %s days', (today, rule, days) => {
    const runs = streakRuns(['2026-02-28', '2026-03-01', '2026-03-03']);
    expect(currentRun(runs, today, rule)?.days).toBe(days);
  });
});

describe('endOfDay', () => {
  it.each([
    ['2026-05-10', 'UTC', '2026-05-10T23:59:59.999Z'],
    ['2026-05-10', 'Asia/Tokyo', '2026-05-10T14:59:59.999Z'],
    // New York moves its clocks forward on 8 March 2026: that day has 23 hours.
    ['2026-03-08', 'America/New_York', '2026-03-09T03:59:59.999Z'],
  ])('ends %s in %s at %s', (date, zone, end) => {
    expect(endOfDay(date, zone)).toBe(end);
  });
});

describe('pageOf', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  const ids = (request: Parameters<typeof pageOf>[1]) =>
    pageOf(items, request).items.map((item) => item.id);

  it.each<[Parameters<typeof pageOf>[1], string[], boolean, boolean]>([
    [{}, ['a', 'b', 'c', 'd', 'e'], false, false],
    [{ first: 2 }, ['a', 'b'], true, false],
    [{ first: 2, after: 'b' }, ['c', 'd'], true, true],
    [{ after: 'd' }, ['e'], false, true],
    [{ last: 2 }, ['d', 'e'], false, true],
    [{ last: 2, before: 'd' }, ['b', 'c'], true, true],
    [{ before: 'b' }, ['a'], true, false],
    [{ first: 3, after: 'e' }, [], false, true],
  ])('%j gives %j', (request, expected, hasNextPage, hasPreviousPage) => {
    expect(ids(request)).toEqual(expected);
    expect(pageOf(items, request).pagination).toMatchObject({ hasNextPage, hasPreviousPage });
  });

  it('refuses a cursor that names no item', () => {
    expect(() => pageOf(items, { after: 'z' })).toThrow(/names no item/);
  });
});
