import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type Answer,
  CLIENT_ID,
  READING_SCOPE,
  type SandboxClient,
  useSandbox,
} from '../unit/sandbox/sandbox-client';
import { type DocumentedOperation, expectDocumented, injectedCases } from './answers';
import type { DocumentName } from './openapi';

/**
 * Every kind of answer the sandbox gives for the activity-day, streak and reading-session
 * operations, checked against the schema the official production and pre-live documents give
 * for that operation and status.
 */

type Operation = DocumentedOperation & { route: string };
const LOG: Operation = { path: '/v1/activity-days', method: 'post', route: 'logActivity' };
const DAYS: Operation = { path: '/v1/activity-days', method: 'get', route: 'activityDays' };
const READING_TIME: Operation = {
  path: '/v1/activity-days/estimate-reading-time',
  method: 'get',
  route: 'estimateReadingTime',
};
const CURRENT: Operation = {
  path: '/v1/streaks/current-streak-days',
  method: 'get',
  route: 'currentStreak',
};
const STREAKS: Operation = { path: '/v1/streaks', method: 'get', route: 'streaks' };
const SESSIONS: Operation = {
  path: '/v1/reading-sessions',
  method: 'get',
  route: 'readingSessions',
};
const SAVE: Operation = {
  path: '/v1/reading-sessions',
  method: 'post',
  route: 'saveReadingSession',
};
const OPERATIONS = [LOG, DAYS, READING_TIME, CURRENT, STREAKS, SESSIONS, SAVE];

const context = useSandbox();
const NOW = Date.parse('2026-05-10T20:00:00Z');
const QURAN = { type: 'QURAN', seconds: 5, ranges: ['1:5-1:7'], mushafId: 4 };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await context.client.signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

/** Calls an operation the simplest way the documents allow. */
function call(c: SandboxClient, op: Operation, options: { token?: string | null } = {}) {
  if (op === LOG) return c.api('POST', '/activity-days', { ...options, body: QURAN });
  if (op === DAYS) return c.api('GET', '/activity-days', options);
  if (op === READING_TIME)
    return c.api('GET', '/activity-days/estimate-reading-time?ranges=1:1-1:7', options);
  if (op === CURRENT) return c.api('GET', '/streaks/current-streak-days?type=QURAN', options);
  if (op === STREAKS) return c.api('GET', '/streaks', options);
  if (op === SESSIONS) return c.api('GET', '/reading-sessions', options);
  const body = { chapterNumber: 1, verseNumber: 1 };
  return c.api('POST', '/reading-sessions', { ...options, body });
}

/** Calls an operation once `setup` is done. */
const after =
  (setup: (c: SandboxClient) => Promise<unknown>, op: Operation) => async (c: SandboxClient) => {
    await setup(c);
    return call(c, op);
  };

type Scenario = [string, Operation, number, (c: SandboxClient) => Promise<Answer>, DocumentName[]?];

/** Five days of reading, a goal from the third, and a lesson: a calendar with every field. */
async function calendar(c: SandboxClient, goal?: Record<string, unknown>) {
  for (const date of ['2026-05-06', '2026-05-07']) {
    await c.logReading({ date, ranges: ['2:1-2:5'] });
  }
  if (goal) await c.createGoal({ category: 'QURAN', ...goal });
  await c.logReading({ date: '2026-05-09', seconds: 400, ranges: ['18:1-18:10'], mushafId: 7 });
  await c.logReading({ ranges: ['18:11-18:20,18:30-18:31'], mushafId: 6 });
  await c.logReading({ type: 'LESSON', ranges: [] });
}

const successes: Scenario[] = [
  ['logs a Quran batch', LOG, 200, (c) => call(c, LOG)],
  [
    'logs a batch for an earlier date, with several ranges',
    LOG,
    200,
    (c) => c.logReading({ date: '2026-05-01', ranges: ['1:1-1:7,2:1-2:5', '3:1-3:9'] }),
  ],
  ['logs time alone', LOG, 200, (c) => c.logReading({ ranges: [] })],
  ['logs a lesson', LOG, 200, (c) => c.logReading({ type: 'LESSON' })],
  ['adds a second batch to the day', LOG, 200, after((c) => call(c, LOG), LOG)],
  ['lists no days', DAYS, 200, (c) => call(c, DAYS)],
  ...[
    undefined,
    { type: 'QURAN_TIME', amount: 600 },
    { type: 'QURAN_PAGES', amount: 3, duration: 4 },
    { type: 'QURAN_RANGE', amount: '18:1-18:110' },
  ].map(
    (goal): Scenario => [
      `lists a calendar with ${goal?.type ?? 'no'} goal`,
      DAYS,
      200,
      async (c) => {
        await calendar(c, goal);
        return c.api('GET', '/activity-days', { zone: 'Asia/Tokyo' });
      },
    ],
  ),
  ...[
    '?first=2',
    '?last=2&dateOrderBy=asc',
    '?from=2026-05-07&to=2026-05-09&type=QURAN',
    '?type=LESSON',
    '?first=20&from=2026-06-01',
  ].map(
    (query): Scenario => [
      `lists days ${query}`,
      DAYS,
      200,
      async (c) => {
        await calendar(c, { type: 'QURAN_TIME', amount: 300 });
        return c.api('GET', `/activity-days${query}`);
      },
    ],
  ),
  [
    'lists the next page',
    DAYS,
    200,
    async (c) => {
      await calendar(c);
      const first = await c.read('/activity-days?first=2');
      return c.api('GET', `/activity-days?first=2&after=${first.pagination?.endCursor}`);
    },
  ],
  [
    'lists a day of a type only the production document knows',
    DAYS,
    200,
    after((c) => c.logReading({ type: 'TAFSIR' }), DAYS),
    ['production'],
  ],
  ...['1:1-1:7', '1:1-1:7,2:1-2:286', '1:1-114:6'].map(
    (ranges): Scenario => [
      `estimates ${ranges}`,
      READING_TIME,
      200,
      (c) => c.api('GET', `/activity-days/estimate-reading-time?ranges=${ranges}`),
    ],
  ),
  [
    'estimates at a rate of 7 seconds a verse',
    READING_TIME,
    200,
    after((c) => c.control('settings', { readingRate: 7 }), READING_TIME),
  ],
  ['gives a streak of 0', CURRENT, 200, (c) => call(c, CURRENT)],
  [
    'gives a streak of 12 in Tokyo',
    CURRENT,
    200,
    async (c) => {
      await c.control('streak', { days: 12, zone: 'Asia/Tokyo' });
      return c.api('GET', '/streaks/current-streak-days?type=QURAN', { zone: 'Asia/Tokyo' });
    },
  ],
  ['lists no streaks', STREAKS, 200, (c) => call(c, STREAKS)],
  ...[
    '',
    '?status=ACTIVE',
    '?orderBy=days&sortOrder=asc',
    '?from=2026-05-01&to=2026-05-31&type=QURAN',
    '?first=1',
    '?last=1',
  ].map(
    (query): Scenario => [
      `lists streaks ${query}`,
      STREAKS,
      200,
      async (c) => {
        await calendar(c);
        return c.api('GET', `/streaks${query}`, { zone: 'America/New_York' });
      },
    ],
  ),
  ['lists no reading sessions', SESSIONS, 200, (c) => call(c, SESSIONS)],
  [
    'lists reading sessions, a page of one',
    SESSIONS,
    200,
    async (c) => {
      await call(c, SAVE);
      vi.setSystemTime(NOW + 25 * 60_000);
      await call(c, SAVE);
      return c.api('GET', '/reading-sessions?first=1');
    },
  ],
  ['creates a reading session', SAVE, 200, (c) => call(c, SAVE)],
  ['updates a reading session', SAVE, 200, after((c) => call(c, SAVE), SAVE)],
  [
    'saves a reading session with the pre-live document’s time stamps',
    SAVE,
    200,
    async (c) => {
      await c.control('settings', { apiDocument: 'prelive' });
      return c.api('POST', '/reading-sessions', {
        body: { chapterNumber: 2, verseNumber: 255, clientCreatedAt: '2026-05-10T10:15:30.000Z' },
      });
    },
  ],
];

const withScope = (scope: string, op: Operation) => async (c: SandboxClient) => {
  await c.signIn({ scope });
  return call(c, op);
};

const errors: Scenario[] = [
  [
    '400 for an unknown body key',
    LOG,
    400,
    (c) => c.api('POST', '/activity-days', { body: { ...QURAN, note: 'x' } }),
  ],
  [
    '400 without mushafId',
    LOG,
    400,
    (c) => c.api('POST', '/activity-days', { body: { type: 'QURAN', seconds: 5, ranges: [] } }),
  ],
  ['400 for zero seconds', LOG, 400, (c) => c.logReading({ seconds: 0 })],
  [
    '400 for a body that is not JSON',
    LOG,
    400,
    (c) => c.api('POST', '/activity-days', { rawBody: '[' }),
  ],
  ['400 without x-client-id', DAYS, 400, (c) => c.api('GET', '/activity-days', { clientId: null })],
  ['400 for first=21', DAYS, 400, (c) => c.api('GET', '/activity-days?first=21')],
  ['400 for an unknown order', DAYS, 400, (c) => c.api('GET', '/activity-days?dateOrderBy=up')],
  [
    '400 without ranges',
    READING_TIME,
    400,
    (c) => c.api('GET', '/activity-days/estimate-reading-time'),
  ],
  ['400 without type', CURRENT, 400, (c) => c.api('GET', '/streaks/current-streak-days')],
  ['400 for an unknown status', STREAKS, 400, (c) => c.api('GET', '/streaks?status=OPEN')],
  ['400 for last=0', SESSIONS, 400, (c) => c.api('GET', '/reading-sessions?last=0')],
  [
    '400 for a verse number of 0',
    SAVE,
    400,
    (c) => c.api('POST', '/reading-sessions', { body: { chapterNumber: 1, verseNumber: 0 } }),
  ],
  [
    '400 for the pre-live time stamps under the production document',
    SAVE,
    400,
    (c) =>
      c.api('POST', '/reading-sessions', {
        body: { chapterNumber: 1, verseNumber: 1, clientUpdatedAt: '2026-05-10T10:15:30Z' },
      }),
  ],
  ...OPERATIONS.map(
    (op): Scenario => [`401 without a token`, op, 401, (c) => call(c, op, { token: null })],
  ),
  ...OPERATIONS.map(
    (op): Scenario => [
      '403 without a token under expiredToken 403',
      op,
      403,
      async (c) => {
        await c.control('settings', { expiredToken: 403 });
        return call(c, op, { token: null });
      },
    ],
  ),
  ['403 for activity_day.read', LOG, 403, withScope('openid activity_day.read', LOG)],
  ['403 for activity_day.create', DAYS, 403, withScope('openid activity_day.create', DAYS)],
  ['403 for activity_day.read', READING_TIME, 403, withScope('activity_day.read', READING_TIME)],
  ['403 for activity_day', CURRENT, 403, withScope('openid activity_day', CURRENT)],
  ['403 for goal', STREAKS, 403, withScope('openid goal', STREAKS)],
  ['403 for reading_session.create', SESSIONS, 403, withScope('reading_session.create', SESSIONS)],
  ['403 for reading_session.read', SAVE, 403, withScope('openid reading_session.read', SAVE)],
  [
    '403 for another client’s token',
    LOG,
    403,
    (c) => c.api('POST', '/activity-days', { body: QURAN, clientId: `${CLIENT_ID}-other` }),
  ],
  ['422 for a future date', LOG, 422, (c) => c.logReading({ date: '2026-05-11' })],
  ['422 for a verse that does not exist', LOG, 422, (c) => c.logReading({ ranges: ['1:1-1:8'] })],
  ['422 for 30 February', LOG, 422, (c) => c.logReading({ date: '2026-02-30' })],
  ['422 for first with last', DAYS, 422, (c) => c.api('GET', '/activity-days?first=1&last=1')],
  ['422 for an unknown cursor', DAYS, 422, (c) => c.api('GET', '/activity-days?after=cnone')],
  [
    '422 for a backwards range',
    READING_TIME,
    422,
    (c) => c.api('GET', '/activity-days/estimate-reading-time?ranges=2:5-2:1'),
  ],
  [
    '422 for from after to',
    STREAKS,
    422,
    (c) => c.api('GET', '/streaks?from=2026-05-02&to=2026-05-01'),
  ],
  [
    '422 for before with first',
    SESSIONS,
    422,
    (c) => c.api('GET', '/reading-sessions?first=1&before=x'),
  ],
  [
    '422 for surah 115',
    SAVE,
    422,
    (c) => c.api('POST', '/reading-sessions', { body: { chapterNumber: 115, verseNumber: 1 } }),
  ],
  [
    '429 beyond the rate limit',
    CURRENT,
    429,
    async (c) => {
      await c.control('rate-limit', { limit: 1, windowMs: 60_000 });
      await call(c, CURRENT);
      return call(c, CURRENT);
    },
  ],
];

const injected: Scenario[] = injectedCases(OPERATIONS, (c, op) => call(c, op));

describe('activity, streak and reading-session answers match the official documents', () => {
  it.each([...successes, ...errors, ...injected])(
    '%s (%j)',
    async (_, op, status, run, documents) => {
      const answer = await run(context.client);
      expect(answer.status, answer.text).toBe(status);
      expectDocumented(answer, op, documents);
    },
  );

  it('exercises every success and error status the sandbox gives each operation', () => {
    // 429 comes from the rate limit, the same for every operation; the current streak takes
    // only `type`, an enumeration, so nothing in it can be well-formed and refused (422).
    const statuses = (op: Operation) =>
      [...new Set([...successes, ...errors].filter((s) => s[1] === op).map((s) => s[2]))]
        .filter((status) => status !== 429)
        .sort();
    for (const op of OPERATIONS) {
      const expected = op === CURRENT ? [200, 400, 401, 403] : [200, 400, 401, 403, 422];
      expect(statuses(op), `${op.method} ${op.path}`).toEqual(expected);
    }
  });

  it('puts Retry-After on an injected 429', async () => {
    await context.client.control('faults', { route: 'activityDays', status: 429 });
    const answer = await call(context.client, DAYS);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
