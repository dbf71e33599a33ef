import { describe, expect, it } from 'vitest';
import {
  type Answer,
  CLIENT_ID,
  type SandboxClient,
  useSandbox,
} from '../unit/sandbox/sandbox-client';
import { expectDocumented, injectedCases } from './answers';

/**
 * Every kind of answer the sandbox's User API gives, checked against the schema that the
 * official production and pre-live documents give for that operation and status.
 */

type Operation = { path: string; method: 'get' | 'post' | 'put' | 'delete'; route: string };
const CREATE: Operation = { path: '/v1/goals', method: 'post', route: 'createGoal' };
const PLAN: Operation = { path: '/v1/goals/get-todays-plan', method: 'get', route: 'todaysPlan' };
const UPDATE: Operation = { path: '/v1/goals/{id}', method: 'put', route: 'updateGoal' };
const DELETE: Operation = { path: '/v1/goals/{id}', method: 'delete', route: 'deleteGoal' };
const ESTIMATE: Operation = { path: '/v1/goals/estimate', method: 'get', route: 'estimate' };

const TIME_GOAL = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' };
const PAGES_GOAL = { type: 'QURAN_PAGES', amount: 20, category: 'QURAN', duration: 7 };
const RANGE_GOAL = { type: 'QURAN_RANGE', amount: '2:1-3:10', category: 'QURAN', duration: 5 };

const context = useSandbox();

/** Calls an operation the way the extension would, after creating a goal when it needs one. */
async function call(client: SandboxClient, op: Operation, options: { token?: string | null } = {}) {
  if (op === CREATE)
    return client.api('POST', '/goals?mushafId=4', { ...options, body: TIME_GOAL });
  if (op === PLAN)
    return client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', options);
  if (op === ESTIMATE)
    return client.api('GET', '/goals/estimate?type=QURAN_PAGES&amount=10&mushafId=4', options);
  const id = await client.createGoal(TIME_GOAL);
  if (op === UPDATE)
    return client.api('PUT', `/goals/${id}?mushafId=4`, { ...options, body: { amount: 900 } });
  return client.api('DELETE', `/goals/${id}?category=QURAN`, options);
}

type Scenario = [string, Operation, number, (client: SandboxClient) => Promise<Answer>];

const successes: Scenario[] = [
  ['creates a time goal', CREATE, 200, (c) => call(c, CREATE)],
  [
    'creates with a trailing slash',
    CREATE,
    200,
    (c) => c.api('POST', '/goals/?mushafId=6', { body: PAGES_GOAL }),
  ],
  [
    'creates a range goal',
    CREATE,
    200,
    (c) => c.api('POST', '/goals?mushafId=19', { body: RANGE_GOAL }),
  ],
  ['plans with no goal', PLAN, 200, (c) => call(c, PLAN)],
  ...[TIME_GOAL, PAGES_GOAL, RANGE_GOAL].map(
    (goal): Scenario => [
      `plans a ${goal.type} goal with progress`,
      PLAN,
      200,
      async (c) => {
        await c.createGoal(goal);
        await c.control('progress', { pagesRead: 1.5, secondsRead: 120, ranges: ['2:1-2:5'] });
        return c.api('GET', `/goals/get-todays-plan?type=${goal.type}&mushafId=4`, {
          zone: 'Asia/Karachi',
        });
      },
    ],
  ),
  ['updates a goal', UPDATE, 200, (c) => call(c, UPDATE)],
  [
    'replaces a goal under put replace',
    UPDATE,
    200,
    async (c) => {
      await c.control('settings', { put: 'replace' });
      const id = await c.createGoal(PAGES_GOAL);
      return c.api('PUT', `/goals/${id}?mushafId=4`, { body: TIME_GOAL });
    },
  ],
  [
    'creates a course goal',
    CREATE,
    200,
    (c) =>
      c.api('POST', '/goals?mushafId=4', {
        body: { type: 'COURSE', amount: 3, category: 'COURSE' },
      }),
  ],
  [
    'plans for a time zone that is not IANA (read as UTC)',
    PLAN,
    200,
    async (c) => {
      await c.createGoal(TIME_GOAL);
      return c.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', {
        zone: 'Mars/Olympus',
      });
    },
  ],
  [
    'plans pages set in one mushaf for another',
    PLAN,
    200,
    async (c) => {
      await c.createGoal({ ...PAGES_GOAL, duration: 3 }, 4);
      return c.api('GET', '/goals/get-todays-plan?type=QURAN_PAGES&mushafId=7');
    },
  ],
  [
    'plans under planGoal newest and planMushaf goal',
    PLAN,
    200,
    async (c) => {
      await c.control('settings', { planGoal: 'newest', planMushaf: 'goal' });
      await c.createGoal(RANGE_GOAL, 6);
      return c.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4');
    },
  ],
  ['deletes a goal', DELETE, 200, (c) => call(c, DELETE)],
  ...[
    'type=QURAN_TIME&amount=600',
    'type=QURAN_PAGES&amount=10&duration=3',
    'type=QURAN_PAGES&amount=5&duration=400',
    'type=QURAN_RANGE&amount=1:1-2:10&duration=30',
    'type=QURAN_RANGE&amount=112:1-114:6',
    'type=COURSE&amount=3',
    'type=QURAN_READING_PROGRAM&amount=1:1-2:5&duration=7',
    'type=RAMADAN_CHALLENGE&amount=30&duration=30',
  ].map(
    (query): Scenario => [
      `estimates ${query}`,
      ESTIMATE,
      200,
      (c) => c.api('GET', `/goals/estimate?${query}&mushafId=7`, { zone: 'America/New_York' }),
    ],
  ),
];

const errors: Scenario[] = [
  ['400 without mushafId', CREATE, 400, (c) => c.api('POST', '/goals', { body: TIME_GOAL })],
  [
    '400 for an unknown key',
    CREATE,
    400,
    (c) => c.api('POST', '/goals?mushafId=4', { body: { ...TIME_GOAL, note: 'x' } }),
  ],
  [
    '400 for a body that is not JSON',
    CREATE,
    400,
    (c) => c.api('POST', '/goals?mushafId=4', { rawBody: '{' }),
  ],
  [
    '400 without x-client-id',
    PLAN,
    400,
    (c) => c.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', { clientId: null }),
  ],
  [
    '400 for an unknown time zone under strictTimezone',
    PLAN,
    400,
    async (c) => {
      await c.control('settings', { strictTimezone: true });
      return c.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', {
        zone: 'Mars/Olympus',
      });
    },
  ],
  [
    '400 for a bad amount',
    ESTIMATE,
    400,
    (c) => c.api('GET', '/goals/estimate?type=QURAN_TIME&amount=ten&mushafId=4'),
  ],
  [
    '400 without category',
    DELETE,
    400,
    async (c) => c.api('DELETE', `/goals/${await c.createGoal(TIME_GOAL)}`),
  ],
  [
    '400 for a bad update',
    UPDATE,
    400,
    async (c) =>
      c.api('PUT', `/goals/${await c.createGoal(TIME_GOAL)}?mushafId=4`, { body: { amount: 0 } }),
  ],
  ['401 without a token', CREATE, 401, (c) => call(c, CREATE, { token: null })],
  [
    '401 for a forged token',
    PLAN,
    401,
    (c) => call(c, PLAN, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln' }),
  ],
  [
    '401 for a revoked token',
    ESTIMATE,
    401,
    async (c) => {
      const { refresh_token } = await c.signIn();
      await c.form('/oauth2/revoke', { token: refresh_token as string, client_id: CLIENT_ID });
      return call(c, ESTIMATE);
    },
  ],
  [
    '403 for another client’s token',
    UPDATE,
    403,
    async (c) => {
      const id = await c.createGoal(TIME_GOAL);
      return c.api('PUT', `/goals/${id}?mushafId=4`, {
        body: { amount: 60 },
        clientId: 'another-client',
      });
    },
  ],
  [
    '403 without the goal scope',
    DELETE,
    403,
    async (c) => {
      const id = await c.createGoal(TIME_GOAL);
      await c.signIn({ scope: 'openid streak' });
      return c.api('DELETE', `/goals/${id}?category=QURAN`);
    },
  ],
  [
    '404 for an unknown goal (update)',
    UPDATE,
    404,
    (c) => c.api('PUT', '/goals/cnone?mushafId=4', { body: { amount: 60 } }),
  ],
  [
    '404 for an unknown goal (delete)',
    DELETE,
    404,
    (c) => c.api('DELETE', '/goals/cnone?category=QURAN'),
  ],
  [
    '422 for pages beyond the mushaf under pageCap',
    CREATE,
    422,
    async (c) => {
      await c.control('settings', { pageCap: true });
      return c.api('POST', '/goals?mushafId=7', { body: { ...PAGES_GOAL, amount: 549 } });
    },
  ],
  [
    '422 for more seconds than a day has under timeCap',
    ESTIMATE,
    422,
    async (c) => {
      await c.control('settings', { timeCap: true });
      return c.api('GET', '/goals/estimate?type=QURAN_TIME&amount=86401&mushafId=4');
    },
  ],
  [
    '422 for a category that does not go with the type under categoryMatch',
    CREATE,
    422,
    async (c) => {
      await c.control('settings', { categoryMatch: true });
      return c.api('POST', '/goals?mushafId=4', { body: { ...TIME_GOAL, category: 'COURSE' } });
    },
  ],
  [
    '422 for an update that is no whole goal under put replace',
    UPDATE,
    422,
    async (c) => {
      await c.control('settings', { put: 'replace' });
      return call(c, UPDATE);
    },
  ],
  [
    '403 for a forged token under expiredToken 403',
    PLAN,
    403,
    async (c) => {
      await c.control('settings', { expiredToken: 403 });
      return call(c, PLAN, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln' });
    },
  ],
  [
    '403 without a token under expiredToken 403',
    CREATE,
    403,
    async (c) => {
      await c.control('settings', { expiredToken: 403 });
      return call(c, CREATE, { token: null });
    },
  ],
  [
    '422 for a backwards range',
    CREATE,
    422,
    (c) => c.api('POST', '/goals?mushafId=4', { body: { ...RANGE_GOAL, amount: '3:1-2:5' } }),
  ],
  [
    '422 for a verse that does not exist',
    ESTIMATE,
    422,
    (c) => c.api('GET', '/goals/estimate?type=QURAN_RANGE&amount=1:1-1:8&mushafId=4'),
  ],
  [
    '422 for an update that breaks the rules',
    UPDATE,
    422,
    async (c) =>
      c.api('PUT', `/goals/${await c.createGoal(TIME_GOAL)}?mushafId=4`, {
        body: { type: 'QURAN_RANGE' },
      }),
  ],
  [
    '422 for a second goal under reject',
    CREATE,
    422,
    async (c) => {
      await c.control('settings', { existingGoal: 'reject' });
      await c.createGoal(TIME_GOAL);
      return call(c, CREATE);
    },
  ],
  [
    '429 beyond the rate limit',
    PLAN,
    429,
    async (c) => {
      await c.control('rate-limit', { limit: 1, windowMs: 60_000 });
      await call(c, PLAN);
      return call(c, PLAN);
    },
  ],
];

const injected: Scenario[] = injectedCases([CREATE, PLAN, UPDATE, DELETE, ESTIMATE], (c, op) =>
  call(c, op),
);

describe('User API answers match the official documents', () => {
  it.each(successes)('%s', async (_, op, status, run) => {
    const answer = await run(context.client);
    expect(answer.status, answer.text).toBe(status);
    expectDocumented(answer, op);
  });

  it.each(errors)('%s', async (_, op, status, run) => {
    const answer = await run(context.client);
    expect(answer.status, answer.text).toBe(status);
    expectDocumented(answer, op);
  });

  it.each(injected)('%s', async (_, op, status, run) => {
    const answer = await run(context.client);
    expect(answer.status, answer.text).toBe(status);
    expectDocumented(answer, op);
  });

  it('puts Retry-After on a 429', async () => {
    await context.client.control('faults', { route: 'estimate', status: 429 });
    const answer = await call(context.client, ESTIMATE);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
