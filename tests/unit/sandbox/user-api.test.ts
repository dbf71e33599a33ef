import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, useSandbox } from './sandbox-client';

const context = useSandbox();
const TIME_GOAL = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' };
const goalsStored = async () =>
  ((await context.client.control('goals')).body as { goals: unknown[] }).goals;

describe('create goal rules', () => {
  it.each<[string, number, number, Record<string, unknown>]>([
    ['a daily time goal', 4, 200, TIME_GOAL],
    ['one second', 4, 200, { ...TIME_GOAL, amount: 1 }],
    ['a whole day of seconds', 4, 200, { ...TIME_GOAL, amount: 86_400 }],
    [
      'more seconds than a day has (no cap unless timeCap)',
      4,
      200,
      { ...TIME_GOAL, amount: 86_401 },
    ],
    ['two days of seconds over two days', 4, 200, { ...TIME_GOAL, amount: 172_800, duration: 2 }],
    ['minutes as a fraction', 4, 400, { ...TIME_GOAL, amount: 1.5 }],
    ['zero seconds', 4, 400, { ...TIME_GOAL, amount: 0 }],
    ['seconds as a range', 4, 422, { ...TIME_GOAL, amount: '1:1-1:7' }],
    ['604 pages in mushaf 4', 4, 200, { type: 'QURAN_PAGES', amount: 604, category: 'QURAN' }],
    [
      '605 pages in mushaf 4 (no cap unless pageCap)',
      4,
      200,
      { type: 'QURAN_PAGES', amount: 605, category: 'QURAN' },
    ],
    ['610 pages in mushaf 6', 6, 200, { type: 'QURAN_PAGES', amount: 610, category: 'QURAN' }],
    [
      '611 pages in mushaf 6 (no cap unless pageCap)',
      6,
      200,
      { type: 'QURAN_PAGES', amount: 611, category: 'QURAN' },
    ],
    ['548 pages in mushaf 7', 7, 200, { type: 'QURAN_PAGES', amount: 548, category: 'QURAN' }],
    [
      '549 pages in mushaf 7 (no cap unless pageCap)',
      7,
      200,
      { type: 'QURAN_PAGES', amount: 549, category: 'QURAN' },
    ],
    ['pages as a range', 4, 422, { type: 'QURAN_PAGES', amount: '1:1-1:2', category: 'QURAN' }],
    [
      'a range across surahs',
      4,
      200,
      { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN' },
    ],
    [
      'a range of one verse',
      4,
      200,
      { type: 'QURAN_RANGE', amount: '2:255-2:255', category: 'QURAN' },
    ],
    ['a backwards range', 4, 422, { type: 'QURAN_RANGE', amount: '2:5-2:1', category: 'QURAN' }],
    [
      'a range past the surah',
      4,
      422,
      { type: 'QURAN_RANGE', amount: '1:1-1:8', category: 'QURAN' },
    ],
    ['surah 115', 4, 422, { type: 'QURAN_RANGE', amount: '114:1-115:1', category: 'QURAN' }],
    ['a range as a number', 4, 422, { type: 'QURAN_RANGE', amount: 7, category: 'QURAN' }],
    [
      'a range with spaces',
      4,
      400,
      { type: 'QURAN_RANGE', amount: '1:1 - 1:7', category: 'QURAN' },
    ],
    ['an unknown key', 4, 400, { ...TIME_GOAL, reminder: true }],
    ['a missing category', 4, 400, { type: 'QURAN_TIME', amount: 600 }],
    ['an unknown type', 4, 400, { ...TIME_GOAL, type: 'QURAN_VERSES' }],
    // The documents' type and category enumerations include these; no rule pairs them.
    ['a course goal', 4, 200, { type: 'COURSE', amount: 3, category: 'COURSE' }],
    [
      'a reading-program goal with a range',
      4,
      200,
      { type: 'QURAN_READING_PROGRAM', amount: '1:1-2:5', category: 'QURAN_READING_PROGRAM' },
    ],
    [
      'a Ramadan challenge over 30 days',
      4,
      200,
      { type: 'RAMADAN_CHALLENGE', amount: 30, category: 'RAMADAN_CHALLENGE', duration: 30 },
    ],
    [
      'a course goal with a range that is not real',
      4,
      200,
      { type: 'COURSE', amount: '115:1-115:2', category: 'COURSE' },
    ],
    ['a course goal without a category', 4, 400, { type: 'COURSE', amount: 3 }],
    [
      'a Quran goal in another category (unless categoryMatch)',
      4,
      200,
      { ...TIME_GOAL, category: 'COURSE' },
    ],
    ['duration zero', 4, 400, { ...TIME_GOAL, duration: 0 }],
    ['duration as text', 4, 400, { ...TIME_GOAL, duration: '7' }],
    ['an unknown mushaf', 8, 400, TIME_GOAL],
  ])('answers %s (mushaf %i) with %i', async (_, mushafId, status, body) => {
    const answer = await context.client.api('POST', `/goals?mushafId=${mushafId}`, { body });
    expect(answer.status, answer.text).toBe(status);
    expect(await goalsStored()).toHaveLength(status === 200 ? 1 : 0);
  });

  it('creates through the older path with a trailing slash', async () => {
    const answer = await context.client.api('POST', '/goals/?mushafId=4', { body: TIME_GOAL });
    expect(answer.status).toBe(200);
    expect(await goalsStored()).toHaveLength(1);
  });

  it('answers an unknown path under /auth with a 404 envelope', async () => {
    const answer = await context.client.api('GET', '/goals/list');
    expect(answer).toMatchObject({ status: 404, body: { type: 'not_found', success: false } });
  });
});

describe('authentication', () => {
  afterEach(() => vi.useRealTimers());

  it.each<[string, { token?: string | null; clientId?: string | null }, number, RegExp]>([
    ['no token', { token: null }, 401, /x-auth-token header is missing/],
    ['a token that is not a JWT', { token: 'abc' }, 401, /not valid/],
    [
      'a token with a forged signature',
      { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA' },
      401,
      /not valid/,
    ],
    ['no client id', { clientId: null }, 400, /x-client-id header is missing/],
    ['another client id', { clientId: 'someone-else' }, 403, /another client/],
  ])('refuses %s', async (_, call, status, message) => {
    const answer = await context.client.api(
      'GET',
      '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4',
      call,
    );
    expect(answer.status).toBe(status);
    expect((answer.body as { message: string }).message).toMatch(message);
  });

  it('refuses an expired token', async () => {
    await context.client.control('settings', { tokenLifetime: 60 });
    await context.client.signIn();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    const answer = await context.client.api(
      'GET',
      '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4',
    );
    expect(answer).toMatchObject({
      status: 401,
      body: { message: 'The access token has expired.' },
    });
  });

  it('refuses a token without the goal scope with 403', async () => {
    await context.client.signIn({ scope: 'openid offline_access streak' });
    const answer = await context.client.api('POST', '/goals?mushafId=4', { body: TIME_GOAL });
    expect(answer.status).toBe(403);
  });

  it('keeps each user’s goals apart', async () => {
    await context.client.createGoal(TIME_GOAL);
    await context.client.signIn({ sub: 'another-reader' });
    const plan = await context.client.api(
      'GET',
      '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4',
    );
    expect(plan.body).toEqual({ success: true, data: { hasGoal: false } });
  });
});

describe('existing-goal policy', () => {
  const PAGES_GOAL = { type: 'QURAN_PAGES', amount: 5, category: 'QURAN' };
  const plan = async (type: string) =>
    (
      (await context.client.api('GET', `/goals/get-todays-plan?type=${type}&mushafId=4`)).body as {
        data: object;
      }
    ).data;

  it.each<[string, number, number, object, object]>([
    ['allow', 200, 2, { dailyTargetSeconds: 600 }, { dailyTargetPages: 5 }],
    ['replace', 200, 1, { hasGoal: false }, { dailyTargetPages: 5 }],
    ['reject', 422, 1, { dailyTargetSeconds: 600 }, { hasGoal: false }],
  ])(
    '%s: a second create answers %i and leaves %i goal(s)',
    async (policy, status, count, time, pages) => {
      await context.client.control('settings', { existingGoal: policy });
      await context.client.createGoal(TIME_GOAL);
      const second = await context.client.api('POST', '/goals?mushafId=4', { body: PAGES_GOAL });
      expect(second.status).toBe(status);
      expect(await goalsStored()).toHaveLength(count);
      expect(await plan('QURAN_TIME')).toMatchObject(time);
      expect(await plan('QURAN_PAGES')).toMatchObject(pages);
    },
  );

  it.each(['replace', 'reject'])(
    '%s: a goal of another category is no existing goal',
    async (policy) => {
      await context.client.control('settings', { existingGoal: policy });
      await context.client.createGoal({ type: 'COURSE', amount: 3, category: 'COURSE' });
      const second = await context.client.api('POST', '/goals?mushafId=4', { body: TIME_GOAL });
      expect(second.status).toBe(200);
      expect(await goalsStored()).toHaveLength(2);
    },
  );
});

describe('update, delete and today’s plan', () => {
  it('updates a goal and plans from the new amount', async () => {
    const id = await context.client.createGoal(TIME_GOAL);
    const updated = await context.client.api('PUT', `/goals/${id}?mushafId=7`, {
      body: { amount: 1200 },
    });
    expect(updated.body).toEqual({ success: true, data: {} });
    const plan = await context.client.api(
      'GET',
      '/goals/get-todays-plan?type=QURAN_TIME&mushafId=7',
    );
    expect(plan.body).toMatchObject({
      data: { goalId: id, dailyTargetSeconds: 1200, mushafId: 7 },
    });
  });

  it('deletes only with the goal’s category', async () => {
    const id = await context.client.createGoal(TIME_GOAL);
    expect((await context.client.api('DELETE', `/goals/${id}?category=COURSE`)).status).toBe(404);
    const deleted = await context.client.api('DELETE', `/goals/${id}?category=QURAN`);
    expect(deleted.body).toEqual({ success: true, data: { message: 'goal deleted' } });
    expect(await goalsStored()).toHaveLength(0);
  });

  it('shows the progress set through the controls', async () => {
    await context.client.createGoal({
      type: 'QURAN_RANGE',
      amount: '18:1-18:110',
      category: 'QURAN',
    });
    await context.client.control('progress', { ranges: ['18:1-18:10'], secondsRead: 300 });
    const plan = await context.client.api(
      'GET',
      '/goals/get-todays-plan?type=QURAN_RANGE&mushafId=4',
      {
        zone: 'Pacific/Kiritimati',
      },
    );
    expect(plan.body).toMatchObject({
      data: {
        versesRead: 10,
        secondsRead: 300,
        remainingDailyTargetRanges: ['18:11-18:110'],
        progress: 10 / 110,
      },
    });
  });

  it('refuses a progress control it cannot follow', async () => {
    const answer = await context.client.control('progress', { ranges: ['1:1-1:9'] });
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(/ranges/) } });
  });
});

describe('test controls', () => {
  it('records the User API and OAuth2 requests received, not its own', async () => {
    await context.client.control('requests', {}, 'DELETE');
    await context.client.api('POST', '/goals?mushafId=4', {
      body: TIME_GOAL,
      zone: 'Europe/Paris',
    });
    await context.client.form('/oauth2/revoke', { token: 'x', client_id: CLIENT_ID });
    const { body } = await context.client.control('requests');
    expect(body).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/auth/v1/goals',
        query: { mushafId: '4' },
        headers: expect.objectContaining({
          'x-client-id': CLIENT_ID,
          'x-timezone': 'Europe/Paris',
        }),
        body: TIME_GOAL,
        status: 200,
      }),
      expect.objectContaining({
        path: '/oauth2/revoke',
        body: { token: 'x', client_id: CLIENT_ID },
        status: 200,
      }),
    ]);
  });

  it('forgets goals on reset and restores the settings it started with', async () => {
    await context.client.control('settings', { existingGoal: 'reject', tokenLifetime: 30 });
    await context.client.createGoal(TIME_GOAL);
    await context.client.control('reset', {});
    expect(await goalsStored()).toEqual([]);
    const settings = await context.client.control('settings');
    // The defaults sandbox/README.md lists.
    expect(settings.body).toEqual({
      existingGoal: 'allow',
      tokenLifetime: 3600,
      timeCap: false,
      pageCap: false,
      categoryMatch: false,
      strictTimezone: false,
      expiredToken: 401,
      put: 'partial',
      planGoal: 'type',
      planMushaf: 'asked',
      activityMerge: 'add',
      pagesFrom: 'table',
      streakToday: 'yesterday',
      streakDay: 'verse',
      streakWindow: 'within',
      apiDocument: 'production',
      readingSessionScope: 'reading_session',
      readingRate: 10,
      clientScopes: expect.stringMatching(
        /^openid offline_access offline goal streak activity_day /,
      ),
    });
  });
});
