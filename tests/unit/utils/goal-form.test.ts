import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEFAULT_DRAFT,
  type Draft,
  daysThrough,
  lastDay,
  todayIn,
} from '@/utils/goal-form';
import { GoalRequestSchema } from '@/utils/goals';
import { pastedRange } from '@/utils/quran/parse';
import { readGoalForm } from '@/utils/read-goal-form';

const TODAY = '2026-03-01';
const draft = (patch: Partial<Draft>): Draft => ({ ...DEFAULT_DRAFT, ...patch });
const codes = (patch: Partial<Draft>) =>
  readGoalForm(draft(patch), TODAY).issues.map((issue) => `${issue.field}:${issue.code}`);

describe('todayIn', () => {
  it.each([
    ['2026-03-01T23:30:00Z', 'UTC', '2026-03-01'],
    ['2026-03-01T23:30:00Z', 'Asia/Karachi', '2026-03-02'],
    ['2026-03-01T02:00:00Z', 'America/New_York', '2026-02-28'],
    ['2026-03-01T20:00:00Z', 'Pacific/Kiritimati', '2026-03-02'],
  ])('at %s in %s is %s', (instant, zone, day) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });

  it('without a zone, answers the day in the browser’s own zone', () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const instant of [
      '2026-03-01T23:30:00Z',
      '2026-12-31T12:00:00Z',
      '2027-01-01T00:30:00Z',
    ]) {
      expect(todayIn(undefined, new Date(instant))).toBe(todayIn(own, new Date(instant)));
    }
  });
});

describe('daysThrough, addDays and lastDay', () => {
  it.each([
    [TODAY, TODAY, 1],
    [TODAY, '2026-03-30', 30],
    ['2026-02-01', '2026-03-01', 29],
    ['2024-02-01', '2024-03-01', 30],
    ['2026-03-28', '2026-03-30', 3],
    [TODAY, '2026-02-28', 0],
    [TODAY, '2027-02-28', 365],
  ])('from %s through %s is %i days', (today, finish, days) => {
    expect(daysThrough(today, finish)).toBe(days);
    if (days > 0) expect(lastDay(today, days)).toBe(finish);
  });

  it('crosses a clock change without losing a day', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});

describe('readGoalForm', () => {
  it.each([
    ['10 minutes a day', {}, { type: 'QURAN_TIME', amount: 600, category: 'QURAN' }],
    [
      '7.5 minutes over 3 days',
      { minutes: '7.5', schedule: 'days', days: '3' },
      { type: 'QURAN_TIME', amount: 450, category: 'QURAN', duration: 3 },
    ],
    [
      '2 pages a day',
      { type: 'QURAN_PAGES', pages: '2' },
      { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' },
    ],
    [
      'a range in Arabic digits',
      { type: 'QURAN_RANGE', from: '٢:٢٥٥', to: '2:286' },
      { type: 'QURAN_RANGE', amount: '2:255-2:286', category: 'QURAN' },
    ],
    [
      'a range by a date',
      { type: 'QURAN_RANGE', from: '1:1', to: '114:6', schedule: 'date', finishBy: '2026-03-30' },
      { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 30 },
    ],
    [
      'a raw course goal',
      { raw: { on: true, type: 'COURSE', category: 'COURSE', amount: '12' } },
      { type: 'COURSE', amount: 12, category: 'COURSE' },
    ],
  ] as [string, Partial<Draft>, object][])('makes %s', (_, patch, body) => {
    const { request, issues } = readGoalForm(draft(patch), TODAY);
    expect(issues).toEqual([]);
    expect(request).toEqual({ mushafId: 4, body });
    expect(GoalRequestSchema.safeParse(request).success).toBe(true);
  });

  it.each([
    ['no minutes', { minutes: '' }, ['minutes:required']],
    ['words for minutes', { minutes: 'ten' }, ['minutes:number']],
    ['half a minute', { minutes: '0.5' }, ['minutes:minutes_bounds']],
    ['five hours', { minutes: '300' }, ['minutes:minutes_bounds']],
    ['more pages than the mushaf', { type: 'QURAN_PAGES', pages: '605' }, ['pages:pages_over']],
    ['zero pages', { type: 'QURAN_PAGES', pages: '0' }, ['pages:at_least_one']],
    ['half a page', { type: 'QURAN_PAGES', pages: '1.5' }, ['pages:number']],
    ['a verse that is not one', { type: 'QURAN_RANGE', from: '1:8', to: '2:1' }, ['from:range']],
    ['an end past the surah', { type: 'QURAN_RANGE', from: '1:1', to: '1:9' }, ['to:range']],
    ['a range backwards', { type: 'QURAN_RANGE', from: '2:10', to: '2:5' }, ['to:range']],
    [
      'a verse in words',
      { type: 'QURAN_RANGE', from: 'baqarah', to: '' },
      ['from:verse', 'to:required'],
    ],
    ['zero days', { schedule: 'days', days: '0' }, ['days:at_least_one']],
    ['a date in the past', { schedule: 'date', finishBy: '2026-02-27' }, ['finishBy:date_past']],
    ['no date', { schedule: 'date', finishBy: '' }, ['finishBy:required']],
    ['an unknown mushaf', { mushafId: 8 }, ['mushafId:rule']],
    [
      'a course in the Quran category',
      { raw: { on: true, type: 'COURSE', category: 'QURAN', amount: '3' } },
      ['rawType:rule'],
    ],
    [
      'a raw goal with no amount',
      { raw: { on: true, type: 'COURSE', category: 'COURSE', amount: '' } },
      ['rawAmount:required'],
    ],
  ] as [string, Partial<Draft>, string[]][])('finds %s', (_, patch, expected) => {
    expect(codes(patch)).toEqual(expected);
    expect(readGoalForm(draft(patch), TODAY).request).toBeNull();
  });

  it('names the surah in a range problem', () => {
    const [issue] = readGoalForm(
      draft({ type: 'QURAN_RANGE', from: '1:1', to: '1:9' }),
      TODAY,
    ).issues;
    expect(issue).toMatchObject({ code: 'range', issue: { code: 'no_ayah', surah: 1, count: 7 } });
  });
});

describe('pastedRange', () => {
  it.each([
    ['2:255-2:286', { from: '2:255', to: '2:286' }],
    ['2:255–286', { from: '2:255', to: '2:286' }],
    ['2:255', null],
  ])('splits %s', (text, range) => {
    expect(pastedRange(text)).toEqual(range);
  });
});
