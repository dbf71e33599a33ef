import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isTimeZone, localDate, startOfDay } from '../../../sandbox/dates';
import {
  formatSpan,
  parseVerseRange,
  splitSpan,
  splitTotal,
  subtractSpans,
  versePosition,
} from '../../../sandbox/verse';

describe('parseVerseRange', () => {
  it.each([
    ['1:1-1:7', '1:1-1:7', 7],
    ['2:255-2:255', '2:255-2:255', 1],
    ['1:7-2:1', '1:7-2:1', 2],
    ['1:1-114:6', '1:1-114:6', 6236],
    ['114:1-114:6', '114:1-114:6', 6],
  ])('reads %s as a real range', (amount, formatted, verses) => {
    const span = parseVerseRange(amount);
    expect(typeof span).toBe('object');
    if (typeof span === 'string') return;
    expect(formatSpan(span)).toBe(formatted);
    expect(span.last - span.first + 1).toBe(verses);
  });

  it.each([
    ['1:8-1:8', /1:8 is not a verse/],
    ['0:1-1:1', /0:1 is not a verse/],
    ['115:1-115:2', /115:1 is not a verse/],
    ['2:0-2:5', /2:0 is not a verse/],
    ['2:1-2:287', /2:287 is not a verse/],
    ['3:1-2:5', /runs backwards/],
    ['2:10-2:9', /runs backwards/],
    ['2:1-2', /not a verse range/],
    [' 1:1-1:7', /not a verse range/],
  ])('refuses %s', (amount, problem) => {
    expect(parseVerseRange(amount)).toMatch(problem);
  });

  it('numbers every verse of the Quran once, in order', () => {
    expect(versePosition(1, 1)).toBe(1);
    expect(versePosition(2, 1)).toBe(8);
    expect(versePosition(114, 6)).toBe(6236);
    expect(versePosition(9, 130)).toBeNull();
  });
});

describe('splitTotal', () => {
  it.each([
    [10, 3, [4, 3, 3]],
    [9, 3, [3, 3, 3]],
    [5, 10, [1, 1, 1, 1, 1]],
    [7, 1, [7]],
    [600, 7, [86, 86, 86, 86, 86, 85, 85]],
  ])('splits %i into %i whole parts', (total, parts, expected) => {
    expect(splitTotal(total, parts)).toEqual(expected);
    expect(splitTotal(total, parts).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('makes only the parts asked for, even of a huge split', () => {
    expect(splitTotal(1e12, 1e9, 2)).toEqual([1000, 1000]);
  });
});

describe('splitSpan', () => {
  it('splits a range into consecutive ranges that cover it exactly', () => {
    const span = parseVerseRange('1:1-2:10');
    if (typeof span === 'string') throw new Error(span);
    expect(splitSpan(span, 4).map(formatSpan)).toEqual([
      '1:1-1:5',
      '1:6-2:2',
      '2:3-2:6',
      '2:7-2:10',
    ]);
  });
});

describe('subtractSpans', () => {
  const span = (first: number, last: number) => ({ first, last });
  it.each([
    ['nothing read', [], [span(10, 20)]],
    ['the start read', [span(1, 12)], [span(13, 20)]],
    ['the middle read', [span(14, 15)], [span(10, 13), span(16, 20)]],
    ['everything read', [span(5, 25)], []],
    ['unordered pieces', [span(18, 30), span(10, 11)], [span(12, 17)]],
    ['reading elsewhere', [span(100, 200)], [span(10, 20)]],
  ])('leaves the rest when %s', (_, covered, left) => {
    expect(subtractSpans(span(10, 20), covered)).toEqual(left);
  });
});

describe('dates', () => {
  const instant = Date.parse('2026-03-07T21:30:00Z');

  it.each([
    ['UTC', '2026-03-07', '2026-03-07T00:00:00.000Z'],
    ['Asia/Karachi', '2026-03-08', '2026-03-07T19:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-07', '2026-03-07T08:00:00.000Z'],
    ['Asia/Kolkata', '2026-03-08', '2026-03-07T18:30:00.000Z'],
  ])('finds the local date and its midnight in %s', (zone, date, midnight) => {
    expect(localDate(instant, zone)).toBe(date);
    expect(startOfDay(date, zone)).toBe(midnight);
  });

  it('follows daylight saving time', () => {
    expect(startOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
  });

  it('counts and adds days across months', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });

  it.each([
    ['Europe/Paris', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('knows whether %s is a time zone', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });
});
