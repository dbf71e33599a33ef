import fc from 'fast-check';
import {
  type AyahNo,
  findAyahIdBySurah,
  findSurahAyahByAyahId,
  getAyahCountInSurah,
  isValidSurah,
} from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { describeGoalIssue } from '@/utils/goal-issue-words';
import { type GoalRequestInput, goalIssues } from '@/utils/goal-rules';
import { GoalRequestSchema } from '@/utils/goals';
import { DEFAULT_MUSHAF_ID } from '@/utils/mushafs';
import {
  parameterValues,
  requestBodyFieldValidators,
  requestBodyValues,
} from '../../contract/documented';

const goal = (body: Partial<GoalRequestInput['body']>, mushafId = 4): GoalRequestInput => ({
  mushafId,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN', ...body },
});

/** The documents' create: its `mushafId` values and the fields of its body, each on its own. */
const CREATE = ['production', '/v1/goals', 'post'] as const;
const MUSHAF_IDS = parameterValues<number>(...CREATE, 'mushafId');
const DOCUMENTED_FIELD = requestBodyFieldValidators(...CREATE);
/** The Quran goal types: those the documents' `get-todays-plan` has a plan for. */
const QURAN_TYPES = parameterValues<string>(
  'production',
  '/v1/goals/get-todays-plan',
  'get',
  'type',
);
/** Page counts the README gives by mushaf id; every other mushaf has 604 pages. */
const NAMED_PAGE_COUNTS: Record<number, number> = { 6: 610, 7: 548 };
/** Quran.com's limits for a time goal: 1 minute to 4 hours a day, in seconds (README). */
const SECONDS_A_DAY = { min: 60, max: 4 * 60 * 60 };

/** The parts of a request a rule can concern. */
const FIELDS = ['mushafId', 'type', 'category', 'duration', 'amount'] as const;
type Field = (typeof FIELDS)[number];
/** Whether a value is what the documents' body schema allows for this field. */
function documented(field: string, value: unknown): boolean {
  const validate = DOCUMENTED_FIELD[field];
  if (!validate) throw new Error(`the documents give no body field ${field}`);
  return validate(value);
}

/** Whether `S:A-S:A` runs from a real verse to a real verse not before it (quran-meta, Hafs). */
function isRangeOfRealVerses(amount: string): boolean {
  const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(amount);
  if (!match) return false;
  const [surahFrom, ayahFrom, surahTo, ayahTo] = match.slice(1).map(Number);
  const position = (surah: number | undefined, ayah: number | undefined) => {
    if (!isValidSurah(surah) || ayah === undefined) return null;
    if (ayah < 1 || ayah > getAyahCountInSurah(surah)) return null;
    return findAyahIdBySurah(surah, ayah as AyahNo);
  };
  const from = position(surahFrom, ayahFrom);
  const to = position(surahTo, ayahTo);
  return from !== null && to !== null && from <= to;
}

/**
 * Whether the amount breaks its type's rule: the documents' form (a whole number from 1, or
 * `S:A-S:A`); seconds for a time goal, between 1 minute and 4 hours a day, the amount of a
 * goal over days being its total; whole pages for a pages goal, no more than the mushaf has;
 * real verses in order for a range goal. Undefined when the rule rests on a field that is
 * itself broken (the days of a broken duration, the pages of an unknown mushaf) or the type
 * is unknown.
 */
function amountBroken({ mushafId, body }: GoalRequestInput): boolean | undefined {
  const { type, amount, duration } = body;
  if (!documented('amount', amount)) return true;
  if (!documented('type', type)) return undefined;
  if (type === 'QURAN_TIME') {
    if (typeof amount !== 'number') return true;
    if (duration !== undefined && !documented('duration', duration)) return undefined;
    const perDay = amount / (duration ?? 1);
    return perDay < SECONDS_A_DAY.min || perDay > SECONDS_A_DAY.max;
  }
  if (type === 'QURAN_PAGES') {
    if (typeof amount !== 'number') return true;
    if (!MUSHAF_IDS.includes(mushafId)) return undefined;
    return amount > (NAMED_PAGE_COUNTS[mushafId] ?? 604);
  }
  if (type === 'QURAN_RANGE') return typeof amount !== 'string' || !isRangeOfRealVerses(amount);
  return false;
}

/**
 * The fields of a request that break a rule, stated from the documents and the README: the
 * mushaf is one the documents list, the type and category are documented ones and a goal of
 * the Quran category has a Quran type, the duration (when given) is a whole number of days
 * from 1, and the amount follows its type's rule.
 */
function expectedBroken(input: GoalRequestInput): Record<Field, boolean | undefined> {
  const { type, category, duration } = input.body;
  return {
    mushafId: !MUSHAF_IDS.includes(input.mushafId),
    type: !documented('type', type) || (category === 'QURAN' && !QURAN_TYPES.includes(type)),
    category: !documented('category', category),
    duration: duration !== undefined && !documented('duration', duration),
    amount: amountBroken(input),
  };
}

/** A real verse anywhere in the Quran, as `S:A`. */
const realVerse = fc
  .integer({ min: 1, max: 6236 })
  .map((id) => findSurahAyahByAyahId(id).join(':'));
const durations = fc.oneof(fc.integer({ min: -1, max: 400 }), fc.constant(1.5));
/** Requests of every kind, many of them near a limit. */
const request: fc.Arbitrary<GoalRequestInput> = fc.oneof(
  fc.record({
    mushafId: fc.constantFrom(...MUSHAF_IDS, 0, 8),
    body: fc.record(
      {
        type: fc.constantFrom(...requestBodyValues<string>(...CREATE, 'type'), 'OTHER'),
        category: fc.constantFrom(...requestBodyValues<string>(...CREATE, 'category'), 'OTHER'),
        amount: fc.oneof(
          fc.integer({ min: -2, max: 16_000 }),
          fc.integer({ min: 540, max: 615 }),
          fc.constantFrom(0.5, 600.5),
          fc.tuple(realVerse, realVerse).map((ends) => ends.join('-')),
          fc
            .tuple(fc.nat(116), fc.nat(290), fc.nat(116), fc.nat(290))
            .map(([a, b, c, d]) => `${a}:${b}-${c}:${d}`),
          fc.constantFrom('1:1-114:6', '2:255-2:286', '67:1-67:30', '1:1-1:8', '1:7-1:1', 'x'),
        ),
        duration: durations,
      },
      { requiredKeys: ['type', 'category', 'amount'] },
    ),
  }),
  fc
    .record({
      mushafId: fc.constantFrom(...MUSHAF_IDS),
      perDay: fc.constantFrom(59, 60, 61, 14_399, 14_400, 14_401),
      days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      nudge: fc.integer({ min: -1, max: 1 }),
    })
    .map(({ mushafId, perDay, days, nudge }) => ({
      mushafId,
      body: {
        type: 'QURAN_TIME',
        category: 'QURAN',
        amount: perDay * (days ?? 1) + nudge,
        ...(days === undefined ? {} : { duration: days }),
      },
    })),
  fc.record({
    mushafId: fc.constantFrom(...MUSHAF_IDS),
    body: fc.record(
      {
        type: fc.constant('QURAN_PAGES'),
        category: fc.constant('QURAN'),
        amount: fc.oneof(
          fc.constantFrom(548, 549, 604, 605, 610, 611),
          fc.integer({ min: 1, max: 620 }),
        ),
        duration: fc.integer({ min: 1, max: 400 }),
      },
      { requiredKeys: ['type', 'category', 'amount'] },
    ),
  }),
  fc.record({
    mushafId: fc.constantFrom(...MUSHAF_IDS),
    body: fc.record(
      {
        type: fc.constant('QURAN_RANGE'),
        category: fc.constant('QURAN'),
        amount: fc.tuple(realVerse, realVerse).map((ends) => ends.join('-')),
        duration: fc.integer({ min: 1, max: 400 }),
      },
      { requiredKeys: ['type', 'category', 'amount'] },
    ),
  }),
);

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
    expect(issue && describeGoalIssue(issue)).toBe('Surah 1 has 7 ayahs.');
  });

  it('breaks exactly the rules the documents and Quran.com state, on any request', () => {
    const seen = { valid: 0, mushafId: 0, type: 0, category: 0, duration: 0, amount: 0 };
    fc.assert(
      fc.property(request, (input) => {
        const expected = expectedBroken(input);
        const found = new Set(goalIssues(input).map((issue) => issue.field));
        for (const field of FIELDS) {
          if (expected[field] === undefined) continue;
          expect(found.has(field), `${field} of ${JSON.stringify(input)}`).toBe(expected[field]);
          if (expected[field]) seen[field]++;
        }
        const valid = FIELDS.every((field) => expected[field] === false);
        expect(found.size === 0, JSON.stringify(input)).toBe(valid);
        expect(GoalRequestSchema.safeParse(input).success, JSON.stringify(input)).toBe(valid);
        if (valid) seen.valid++;
      }),
      { numRuns: 5000 },
    );
    for (const [what, count] of Object.entries(seen)) {
      expect(count, `requests with ${what}`).toBeGreaterThan(50);
    }
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
