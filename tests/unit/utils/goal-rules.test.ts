import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeGoalIssue } from '@/utils/goal-issue-words';
import {
  DEFAULT_MUSHAF_ID,
  GOAL_CATEGORIES,
  GOAL_TYPES,
  type GoalRequestInput,
  goalIssues,
  MUSHAFS,
} from '@/utils/goal-rules';
import { GoalRequestSchema } from '@/utils/goals';

const goal = (body: Partial<GoalRequestInput['body']>, mushafId = 4): GoalRequestInput => ({
  mushafId,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN', ...body },
});

describe('describeGoalIssue', () => {
  it('says a time limit is per day, and what it is in all for a goal over days', () => {
    const [daily] = goalIssues(goal({ amount: 14401 }));
    const [spread] = goalIssues(goal({ amount: 36000, duration: 2 }));
    expect(daily && describeGoalIssue(daily)).toBe('Choose between 1 minute and 4 hours a day.');
    expect(spread && describeGoalIssue(spread)).toBe(
      'Choose between 1 minute and 4 hours a day: over 2 days, between 120 and 28800 seconds in all.',
    );
  });
});

describe('goalIssues', () => {
  it.each([
    ['a daily time goal', goal({}), []],
    [
      'a range goal over 30 days',
      goal({ type: 'QURAN_RANGE', amount: '1:1-114:6', duration: 30 }),
      [],
    ],
    [
      'a course goal with a raw amount',
      goal({ type: 'COURSE', category: 'COURSE', amount: 3 }),
      [],
    ],
    ['time under a minute', goal({ amount: 30 }), ['time_bounds']],
    ['time over four hours', goal({ amount: 14401 }), ['time_bounds']],
    // Quran.com's limits are 60 to 14 400 seconds a day; a duration goal's amount is its total.
    ['10 hours over 30 days (20 minutes a day)', goal({ amount: 36000, duration: 30 }), []],
    ['5 hours over 2 days (2.5 hours a day)', goal({ amount: 18000, duration: 2 }), []],
    ['10 hours over 2 days (5 hours a day)', goal({ amount: 36000, duration: 2 }), ['time_bounds']],
    [
      '10 minutes over 30 days (20 seconds a day)',
      goal({ amount: 600, duration: 30 }),
      ['time_bounds'],
    ],
    ['time as a range', goal({ amount: '1:1-1:7' }), ['time_not_seconds']],
    [
      'more pages than the mushaf has',
      goal({ type: 'QURAN_PAGES', amount: 549 }, 7),
      ['pages_over'],
    ],
    ['a zero amount', goal({ type: 'QURAN_PAGES', amount: 0 }), ['amount_form']],
    ['a fractional duration', goal({ duration: 1.5 }), ['duration_min']],
    ['a zero duration', goal({ duration: 0 }), ['duration_min']],
    ['a range past the surah', goal({ type: 'QURAN_RANGE', amount: '1:1-1:8' }), ['range']],
    ['a range as a number', goal({ type: 'QURAN_RANGE', amount: 7 }), ['range_form']],
    ['a course type in the Quran category', goal({ type: 'COURSE' }), ['not_quran_type']],
    ['an unknown mushaf', goal({}, 8), ['unknown_mushaf']],
    ['an unknown type', goal({ type: 'QURAN_WORDS' }), ['unknown_type']],
    ['an unknown category', goal({ category: 'HADITH' }), ['unknown_category']],
  ])('finds in %s: %j', (_, request, codes) => {
    expect(goalIssues(request).map((issue) => issue.code)).toEqual(codes);
  });

  it('words a range issue with the surah name', () => {
    const [issue] = goalIssues(goal({ type: 'QURAN_RANGE', amount: '1:1-1:8' }));
    expect(issue && describeGoalIssue(issue)).toBe('Al-Fatihah has 7 ayahs.');
  });

  it('agrees with GoalRequestSchema on any request', () => {
    const amount = fc.oneof(
      fc.integer({ min: -2, max: 16000 }),
      fc.constantFrom(0.5, 600.5),
      fc
        .tuple(fc.nat(116), fc.nat(290), fc.nat(116), fc.nat(290))
        .map(([a, b, c, d]) => `${a}:${b}-${c}:${d}`),
      fc.constantFrom('1:1-114:6', '2:255-2:286', '67:1-67:30', 'x'),
    );
    const request = fc.record({
      mushafId: fc.constantFrom(...MUSHAFS.map((m) => m.id), 0, 8),
      body: fc.record(
        {
          type: fc.constantFrom(...GOAL_TYPES, 'OTHER'),
          category: fc.constantFrom(...GOAL_CATEGORIES, 'OTHER'),
          amount,
          duration: fc.integer({ min: -1, max: 400 }),
        },
        { requiredKeys: ['type', 'category', 'amount'] },
      ),
    });
    fc.assert(
      fc.property(request, (input) => {
        const valid = GoalRequestSchema.safeParse(input).success;
        expect(goalIssues(input).length === 0).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports through GoalRequestSchema at the field it concerns', () => {
    const result = GoalRequestSchema.safeParse(
      goal({ type: 'QURAN_PAGES', amount: 700 }, DEFAULT_MUSHAF_ID),
    );
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['body.amount', 'This mushaf has 604 pages.'],
    ]);
  });
});
