import fc from 'fast-check';
import {
  findAyahIdBySurah,
  findSurahAyahByAyahId,
  getAyahCountInSurah,
  isValidSurah,
} from 'quran-meta/hafs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_SCOPE, useSandbox } from '../unit/sandbox/sandbox-client';
import { type DocumentName, requestBodyValidator } from './openapi';
import { requestProblems } from './request-check';

/**
 * Random requests to the activity-day and streak operations: the sandbox must answer 400 to
 * exactly those the official document refuses, and of the others 422 to those the server's
 * rules refuse (sandbox/README.md, written out again here) and 200 to the rest.
 */

const context = useSandbox();
/** Noon UTC on 10 May 2026: the reader (UTC) is on 10 May. */
const NOW = Date.parse('2026-05-10T12:00:00Z');
const TODAY = '2026-05-10';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await context.client.signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

/** Whether `YYYY-MM-DD` names a day of the calendar. */
function onCalendar(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const found = new Date(Date.UTC(year, month - 1, day));
  return (
    found.getUTCFullYear() === year &&
    found.getUTCMonth() === month - 1 &&
    found.getUTCDate() === day
  );
}

/** Whether every `S:A-S:A` of a comma-separated list names real verses, first to last. */
function realRanges(text: string): boolean {
  return text.split(',').every((range) => {
    const [from = [], to = []] = range.split('-').map((key) => key.split(':').map(Number));
    const real = ([s = 0, a = 0]: number[]) =>
      isValidSurah(s) && a >= 1 && a <= getAyahCountInSurah(s);
    if (!real(from) || !real(to)) return false;
    return (
      findAyahIdBySurah(from[0] as never, from[1] as never) <=
      findAyahIdBySurah(to[0] as never, to[1] as never)
    );
  });
}

const verse = fc.integer({ min: 1, max: 6236 }).map((id) => findSurahAyahByAyahId(id).join(':'));
const key = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 300 }));
const range = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(verse, verse).map((ends) => ends.sort().join('-')) },
  { weight: 1, arbitrary: fc.tuple(key, key).map(([[a, b], [c, d]]) => `${a}:${b}-${c}:${d}`) },
  { weight: 1, arbitrary: fc.constantFrom('1:1', '1:1-1:7,', ' 1:1-1:7', '1:1-1:7;2:1-2:2', '') },
);
const rangeText = fc.array(range, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(','));
const date = fc.oneof(
  fc.constantFrom(TODAY, '2026-05-09', '2025-12-31', '2026-05-11', '2027-01-01'),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01', '2026-04-31', '2026-00-10'),
  fc.constantFrom('2026-5-9', '10/05/2026', '2026-05-10T00:00:00Z', ''),
  fc.string(),
);
/** Anything shaped a little like an activity day: any key may be missing or wrong. */
const dayLike = fc.record(
  {
    type: fc.constantFrom('QURAN', 'LESSON', 'TAFSIR', 'QURAN_READING_PROGRAM', 'quran'),
    seconds: fc.oneof(fc.integer({ min: -2, max: 10_000 }), fc.constantFrom(1.5, '60')),
    ranges: fc.oneof(fc.array(rangeText, { maxLength: 3 }), fc.constantFrom('1:1-1:7', null)),
    mushafId: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 11, 19), fc.constantFrom(8, 0, '4')),
    date,
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
/** A body with the keys the documents require, mostly of the right kinds. */
const plausible = fc.record(
  {
    type: fc.oneof(
      { weight: 4, arbitrary: fc.constant('QURAN') },
      { weight: 1, arbitrary: fc.constantFrom('LESSON', 'TAFSIR', 'QURAN_READING_PROGRAM') },
    ),
    seconds: fc.integer({ min: 1, max: 3_600 }),
    ranges: fc.array(rangeText, { maxLength: 3 }),
    mushafId: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 11, 19),
    date,
  },
  { requiredKeys: ['type', 'seconds', 'ranges', 'mushafId'] },
);
const body = fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 2, arbitrary: dayLike },
  { weight: 1, arbitrary: fc.jsonValue() },
);

/** The server's rules for a body the document accepts. */
function passesRules(sent: Record<string, unknown>): boolean {
  const day = sent.date as string | undefined;
  if (day !== undefined && (!onCalendar(day) || day > TODAY)) return false;
  return (sent.ranges as string[]).every(realRanges);
}

describe('activity-day bodies', () => {
  it.each<[DocumentName]>([['production'], ['prelive']])(
    'agree with the %s document and the server rules',
    { timeout: 60_000 },
    async (document) => {
      await context.client.control('settings', { apiDocument: document });
      const official = requestBodyValidator(document, '/v1/activity-days', 'post');
      const seen: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(body, async (generated) => {
          const sent: Record<string, unknown> = JSON.parse(JSON.stringify(generated ?? null));
          const answer = await context.client.api('POST', '/activity-days', { body: sent });
          seen[answer.status] = (seen[answer.status] ?? 0) + 1;
          const expected = !official(sent) ? 400 : passesRules(sent) ? 200 : 422;
          expect(answer.status, `${JSON.stringify(sent)}\n${answer.text}`).toBe(expected);
        }),
        { numRuns: 600 },
      );
      expect(Object.keys(seen).sort(), 'every outcome was exercised').toEqual([
        '200',
        '400',
        '422',
      ]);
    },
  );
});

/** A query value: mostly documented ones, some not. */
const queryValue = (good: string[]) =>
  fc.option(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...good) },
      { weight: 1, arbitrary: fc.constantFrom('', '0', '21', '1.5', 'x', '2026-02-30') },
    ),
    { nil: undefined },
  );
const paging = {
  first: queryValue(['1', '2', '20', '5.0']),
  last: queryValue(['1', '3', '20']),
  after: fc.option(fc.constantFrom('cnone'), { nil: undefined, freq: 8 }),
  before: fc.option(fc.constantFrom('cnone'), { nil: undefined, freq: 8 }),
};
const window = {
  from: queryValue(['2026-05-01', '2026-05-10', '2026-06-01']),
  to: queryValue(['2026-05-01', '2026-05-10', '2026-06-01']),
};

/** The rules for a query the document accepts: cursors not combined, real dates in order. */
function queryPassesRules(query: Record<string, string>): boolean {
  const forwards = query.first !== undefined || query.after !== undefined;
  const backwards = query.last !== undefined || query.before !== undefined;
  if (forwards && backwards) return false;
  if (query.after !== undefined || query.before !== undefined) return false;
  for (const name of ['from', 'to']) {
    const value = query[name];
    if (value !== undefined && !onCalendar(value)) return false;
  }
  return !(query.from && query.to && query.from > query.to);
}

const HEADERS = { 'x-auth-token': 'token', 'x-client-id': 'client' };

describe('list queries', () => {
  it.each<[string, string, Record<string, fc.Arbitrary<string | undefined>>]>([
    [
      'activity days',
      '/activity-days',
      {
        ...paging,
        ...window,
        dateOrderBy: queryValue(['asc', 'desc', 'ASC']),
        type: queryValue(['QURAN', 'LESSON', 'TAFSIR', 'quran']),
      },
    ],
    [
      'streaks',
      '/streaks',
      {
        ...paging,
        ...window,
        type: queryValue(['QURAN', 'LESSON']),
        sortOrder: queryValue(['asc', 'desc']),
        orderBy: queryValue(['startDate', 'days', 'endDate']),
        status: queryValue(['ACTIVE', 'BROKEN', 'active']),
      },
    ],
    ['reading sessions', '/reading-sessions', paging],
  ])('of %s agree with the document', { timeout: 60_000 }, async (_, path, parameters) => {
    await context.client.control('streak', { days: 3 });
    await fc.assert(
      fc.asyncProperty(fc.record(parameters), async (generated) => {
        const query = Object.fromEntries(
          Object.entries(generated).filter(([, value]) => value !== undefined),
        ) as Record<string, string>;
        const search = new URLSearchParams(query).toString();
        const answer = await context.client.api('GET', `${path}?${search}`);
        const problems = requestProblems({
          method: 'GET',
          path: `/auth/v1${path}`,
          query,
          headers: HEADERS,
          body: null,
        });
        const expected = problems.length ? 400 : queryPassesRules(query) ? 200 : 422;
        expect(answer.status, `${search}: ${problems.join('; ')}\n${answer.text}`).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
