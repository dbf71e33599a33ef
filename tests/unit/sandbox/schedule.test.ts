import { describe, expect, it } from 'vitest';
import type { DayProgress } from '../../../sandbox/progress';
import { dailyShares, estimateWeek, type GoalPlanInput } from '../../../sandbox/schedule';
import type { ReadingGoal } from '../../../sandbox/store';
import { todaysPlan } from '../../../sandbox/todays-plan';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const amounts = (goal: GoalPlanInput) => estimateWeek(goal, 'UTC', NOW).map((day) => day.amount);

describe('estimateWeek', () => {
  it.each<[string, GoalPlanInput, (number | string)[]]>([
    ['a daily time goal', { type: 'QURAN_TIME', amount: 600 }, Array(7).fill(600)],
    [
      'a daily range goal',
      { type: 'QURAN_RANGE', amount: '67:1-67:30' },
      Array(7).fill('67:1-67:30'),
    ],
    ['pages over 3 days', { type: 'QURAN_PAGES', amount: 10, duration: 3 }, [4, 3, 3]],
    [
      'pages over 30 days',
      { type: 'QURAN_PAGES', amount: 604, duration: 30 },
      [21, 21, 21, 21, 20, 20, 20],
    ],
    ['fewer pages than days', { type: 'QURAN_PAGES', amount: 3, duration: 10 }, [1, 1, 1]],
    [
      'seconds over 4 days',
      { type: 'QURAN_TIME', amount: 1001, duration: 4 },
      [251, 250, 250, 250],
    ],
    [
      'a range over 3 days',
      { type: 'QURAN_RANGE', amount: '1:1-2:5', duration: 3 },
      ['1:1-1:4', '1:5-2:1', '2:2-2:5'],
    ],
  ])('spreads %s', (_, goal, expected) => {
    expect(amounts(goal)).toEqual(expected);
  });

  it('gives whole amounts of at least 1 that add up to the total', () => {
    const goal: GoalPlanInput = { type: 'QURAN_PAGES', amount: 20, duration: 7 };
    const week = amounts(goal) as number[];
    expect(week.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    expect(week.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('splits a range into consecutive ranges over the whole duration', () => {
    const shares = dailyShares({ type: 'QURAN_RANGE', amount: '1:1-114:6', duration: 30 }, 30);
    expect(shares).toHaveLength(30);
    expect(shares[0]).toMatchObject({ first: 1 });
    expect(shares.at(-1)).toMatchObject({ last: 6236 });
  });

  it('starts each day at local midnight, in UTC, from today in the reader’s zone', () => {
    const week = estimateWeek({ type: 'QURAN_TIME', amount: 60 }, 'Asia/Tokyo', NOW);
    expect(week.map((day) => day.date)).toEqual(
      [10, 11, 12, 13, 14, 15, 16].map(
        (d) => `2026-05-${String(d - 1).padStart(2, '0')}T15:00:00.000Z`,
      ),
    );
  });
});

describe('todaysPlan', () => {
  const goal = (fields: Partial<ReadingGoal>): ReadingGoal => ({
    sub: 'reader',
    id: 'cgoal',
    type: 'QURAN_PAGES',
    amount: 10,
    category: 'QURAN',
    mushafId: 4,
    createdAt: '2026-05-08T09:00:00.000Z',
    startDate: '2026-05-08',
    ...fields,
  });
  const read = (fields: Partial<DayProgress> = {}): DayProgress => ({
    pagesRead: 0,
    secondsRead: 0,
    ranges: [],
    ...fields,
  });

  it('says there is no goal', () => {
    expect(todaysPlan(undefined, read(), 'UTC', NOW)).toEqual({ hasGoal: false });
  });

  it.each<[string, Partial<ReadingGoal>, Partial<DayProgress>, Record<string, unknown>]>([
    ['a daily pages goal', {}, { pagesRead: 2.5 }, { dailyTargetPages: 10, progress: 0.25 }],
    [
      'a daily time goal',
      { type: 'QURAN_TIME', amount: 600 },
      { secondsRead: 900 },
      { dailyTargetSeconds: 600, progress: 1 },
    ],
    [
      'day 3 of a pages duration goal',
      { amount: 10, duration: 4 },
      {},
      { dailyTargetPages: 2, progress: 0 },
    ],
    [
      'a finished duration goal',
      { amount: 3, duration: 2 },
      {},
      { dailyTargetPages: 0, progress: 1 },
    ],
    [
      'a range goal with verses read',
      { type: 'QURAN_RANGE', amount: '2:1-2:20' },
      { ranges: ['2:1-2:5'] },
      {
        dailyTargetRanges: ['2:1-2:20'],
        remainingDailyTargetRanges: ['2:6-2:20'],
        progress: 0.25,
        versesRead: 5,
      },
    ],
    [
      'a range goal with a verse count only',
      { type: 'QURAN_RANGE', amount: '2:1-2:20' },
      { versesRead: 15 },
      { remainingDailyTargetRanges: ['2:16-2:20'], progress: 0.75, versesRead: 15 },
    ],
    [
      'day 3 of a range duration goal',
      { type: 'QURAN_RANGE', amount: '2:1-2:30', duration: 3 },
      {},
      { dailyTargetRanges: ['2:21-2:30'], remainingDailyTargetRanges: ['2:21-2:30'], progress: 0 },
    ],
  ])('plans %s', (_, fields, progress, expected) => {
    const plan = todaysPlan(goal(fields), read(progress), 'UTC', NOW);
    expect(plan).toMatchObject({
      hasGoal: true,
      goalId: 'cgoal',
      date: '2026-05-10',
      type: 'QURAN',
      mushafId: 4,
      ...expected,
    });
  });

  // Page counts from contract/qf-api/README.md: 604 unless named, 610 for 6, 548 for 7.
  it.each<[string, Partial<ReadingGoal>, number, Record<string, unknown>]>([
    ['pages set in mushaf 4, read in 7', { amount: 10 }, 7, { dailyTargetPages: (10 * 548) / 604 }],
    ['pages set in mushaf 4, read in 6', { amount: 10 }, 6, { dailyTargetPages: (10 * 610) / 604 }],
    [
      'pages set in mushaf 7, read in 1',
      { amount: 5, mushafId: 7 },
      1,
      { dailyTargetPages: (5 * 604) / 548 },
    ],
    ['pages set in mushaf 4, read in 19', { amount: 10 }, 19, { dailyTargetPages: 10 }],
    ['seconds, read in 7', { type: 'QURAN_TIME', amount: 600 }, 7, { dailyTargetSeconds: 600 }],
    [
      'verses, read in 6',
      { type: 'QURAN_RANGE', amount: '2:1-2:20' },
      6,
      { dailyTargetRanges: ['2:1-2:20'] },
    ],
  ])('plans %s in the mushaf asked for', (_, fields, mushafId, expected) => {
    const plan = todaysPlan(goal(fields), read(), 'UTC', NOW, mushafId) as Record<string, unknown>;
    expect(plan.mushafId).toBe(mushafId);
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(plan[key]).toBeCloseTo(value, 10);
      else expect(plan[key]).toEqual(value);
    }
  });

  it('counts progress against the converted pages target', () => {
    const plan = todaysPlan(goal({ amount: 604 }), read({ pagesRead: 274 }), 'UTC', NOW, 7);
    expect(plan).toMatchObject({ dailyTargetPages: 548, progress: 0.5 });
  });

  it('names the same activity day for the same reader and date', () => {
    const dayId = (instant: number) => Object(todaysPlan(goal({}), read(), 'UTC', instant)).id;
    expect(dayId(NOW)).toMatch(/^c[0-9a-f]{24}$/);
    expect(dayId(NOW)).toBe(dayId(NOW + 60_000));
    expect(dayId(NOW)).not.toBe(dayId(NOW + 86_400_000));
  });
});
