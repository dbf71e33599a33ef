import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../sandbox/server';
import { CLIENT_ID, SandboxClient, useSandbox } from './sandbox-client';

/**
 * Each assumption sandbox/README.md lists as a named option, under each of its values. The
 * expected answers come from the README's description of the option, the documents' statuses
 * and error types, and facts stated in contract/qf-api/README.md (page counts).
 */

const context = useSandbox();
const TIME_GOAL = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' };
const PAGES_GOAL = { type: 'QURAN_PAGES', amount: 10, category: 'QURAN' };
const settings = (changes: Record<string, unknown>) => context.client.control('settings', changes);
const create = (body: Record<string, unknown>, mushafId = 4) =>
  context.client.api('POST', `/goals?mushafId=${mushafId}`, { body });
const storedGoals = async () =>
  ((await context.client.control('goals')).body as { goals: Record<string, unknown>[] }).goals;
const plan = async (type: string, mushafId = 4, zone?: string) => {
  const answer = await context.client.api(
    'GET',
    `/goals/get-todays-plan?type=${type}&mushafId=${mushafId}`,
    { zone },
  );
  expect(answer.status, answer.text).toBe(200);
  return (answer.body as { data: Record<string, unknown> }).data;
};

afterEach(() => vi.useRealTimers());

describe('timeCap', () => {
  it.each<[string, Record<string, unknown>, number, number]>([
    ['a day and one second, daily', { amount: 86_401 }, 200, 422],
    ['a whole day, daily', { amount: 86_400 }, 200, 200],
    ['two days over two days', { amount: 172_800, duration: 2 }, 200, 200],
    ['two days and a second over two days', { amount: 172_801, duration: 2 }, 200, 422],
  ])('%s: %i off, %i on', async (_, fields, off, on) => {
    const body = { ...TIME_GOAL, ...fields };
    expect((await create(body)).status).toBe(off);
    await settings({ timeCap: true });
    const capped = await create(body);
    expect(capped.status).toBe(on);
    if (on === 422) expect(capped.body).toMatchObject({ type: 'unprocessable_entity' });
  });

  it('applies to the estimate too', async () => {
    const estimate = () =>
      context.client.api('GET', '/goals/estimate?type=QURAN_TIME&amount=90000&mushafId=4');
    expect((await estimate()).status).toBe(200);
    await settings({ timeCap: true });
    expect((await estimate()).status).toBe(422);
  });
});

describe('pageCap', () => {
  // Page counts: contract/qf-api/README.md (604 unless named; 610 for 6, 548 for 7).
  it.each<[number, number, number]>([
    [4, 604, 200],
    [4, 605, 422],
    [6, 610, 200],
    [6, 611, 422],
    [7, 548, 200],
    [7, 549, 422],
    [19, 605, 422],
  ])('mushaf %i, %i pages: 200 off, %i on', async (mushafId, amount, on) => {
    const body = { ...PAGES_GOAL, amount };
    expect((await create(body, mushafId)).status).toBe(200);
    await settings({ pageCap: true });
    expect((await create(body, mushafId)).status).toBe(on);
  });

  it('leaves time and other goals alone', async () => {
    await settings({ pageCap: true });
    expect((await create({ ...TIME_GOAL, amount: 1_000 })).status).toBe(200);
    expect((await create({ type: 'COURSE', amount: 1_000, category: 'COURSE' })).status).toBe(200);
  });
});

describe('categoryMatch', () => {
  it.each<[string, string, number]>([
    ['QURAN_TIME', 'QURAN', 200],
    ['QURAN_PAGES', 'QURAN', 200],
    ['QURAN_RANGE', 'QURAN', 200],
    ['COURSE', 'COURSE', 200],
    ['QURAN_READING_PROGRAM', 'QURAN_READING_PROGRAM', 200],
    ['RAMADAN_CHALLENGE', 'RAMADAN_CHALLENGE', 200],
    ['QURAN_TIME', 'COURSE', 422],
    ['QURAN_RANGE', 'RAMADAN_CHALLENGE', 422],
    ['COURSE', 'QURAN', 422],
    ['RAMADAN_CHALLENGE', 'QURAN_READING_PROGRAM', 422],
  ])('%s in %s: 200 off, %i on', async (type, category, on) => {
    const amount = type === 'QURAN_RANGE' ? '1:1-1:7' : 5;
    const body = { type, amount, category };
    expect((await create(body)).status).toBe(200);
    await settings({ categoryMatch: true });
    expect((await create(body)).status).toBe(on);
  });

  it('does not apply to the estimate, which has no category', async () => {
    await settings({ categoryMatch: true });
    const answer = await context.client.api(
      'GET',
      '/goals/estimate?type=COURSE&amount=3&mushafId=4',
    );
    expect(answer.status).toBe(200);
  });
});

describe('strictTimezone', () => {
  const utcToday = () => new Date().toISOString().slice(0, 10);

  it('off: a zone that is not IANA is read as UTC', async () => {
    await context.client.createGoal(TIME_GOAL);
    expect(await plan('QURAN_TIME', 4, 'Mars/Olympus')).toMatchObject({
      hasGoal: true,
      date: utcToday(),
    });
    const estimate = await context.client.api(
      'GET',
      '/goals/estimate?type=QURAN_TIME&amount=60&mushafId=4',
      { zone: 'Mars/Olympus' },
    );
    // A day in UTC starts at midnight UTC.
    const week = (estimate.body as { data: { week: { date: string }[] } }).data.week;
    expect(week[0]?.date).toBe(`${utcToday()}T00:00:00.000Z`);
  });

  it('on: a zone that is not IANA is refused with 400', async () => {
    await settings({ strictTimezone: true });
    const answer = await context.client.api('POST', '/goals?mushafId=4', {
      body: TIME_GOAL,
      zone: 'Mars/Olympus',
    });
    expect(answer).toMatchObject({ status: 400, body: { type: 'invalid_request' } });
    expect(await storedGoals()).toEqual([]);
  });

  it.each([false, true])('strictTimezone %s: an IANA zone is used', async (strict) => {
    await settings({ strictTimezone: strict });
    const answer = await context.client.api(
      'GET',
      '/goals/estimate?type=QURAN_TIME&amount=60&mushafId=4',
      { zone: 'Asia/Tokyo' },
    );
    // Tokyo is UTC+9 all year: its days start at 15:00 UTC.
    const week = (answer.body as { data: { week: { date: string }[] } }).data.week;
    expect(week[0]?.date).toMatch(/T15:00:00\.000Z$/);
  });
});

describe('expiredToken', () => {
  const planWith = (call: { token?: string | null } = {}) =>
    context.client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', call);

  it.each<[401 | 403, string]>([
    [401, 'unauthorized'],
    [403, 'forbidden'],
  ])('%i: every token the service does not accept answers %i %s', async (status, type) => {
    await settings({ expiredToken: status });
    const refused = { status, body: { type, success: false } };
    expect(await planWith({ token: null })).toMatchObject(refused);
    expect(await planWith({ token: 'not-a-token' })).toMatchObject(refused);
    const { refresh_token } = await context.client.signIn();
    await context.client.form('/oauth2/revoke', {
      token: refresh_token as string,
      client_id: CLIENT_ID,
    });
    expect(await planWith()).toMatchObject(refused);

    await settings({ tokenLifetime: 60 });
    await context.client.signIn();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    expect(await planWith()).toMatchObject({
      ...refused,
      body: { ...refused.body, message: 'The access token has expired.' },
    });
  });

  it.each([401, 403])(
    '%i: another client and a missing client id keep 403 and 400',
    async (status) => {
      await settings({ expiredToken: status });
      const headers = (clientId: string | null) =>
        context.client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', {
          clientId,
        });
      expect((await headers('someone-else')).status).toBe(403);
      expect((await headers(null)).status).toBe(400);
    },
  );
});

describe('put', () => {
  const DURATION_GOAL = { ...PAGES_GOAL, amount: 30, duration: 10 };
  const update = (id: string, body: Record<string, unknown>, mushafId = 4) =>
    context.client.api('PUT', `/goals/${id}?mushafId=${mushafId}`, { body });

  it('partial: the body’s fields are merged into the goal', async () => {
    const id = await context.client.createGoal(DURATION_GOAL);
    expect((await update(id, { amount: 40 }, 6)).status).toBe(200);
    expect(await storedGoals()).toEqual([
      expect.objectContaining({ id, ...DURATION_GOAL, amount: 40, mushafId: 6 }),
    ]);
  });

  it('replace: the goal becomes the body’s fields and the mushaf; duration is dropped', async () => {
    await settings({ put: 'replace' });
    const id = await context.client.createGoal(DURATION_GOAL);
    expect((await update(id, TIME_GOAL, 6)).status).toBe(200);
    const [goal] = await storedGoals();
    expect(goal).toMatchObject({ id, ...TIME_GOAL, mushafId: 6 });
    expect(goal).not.toHaveProperty('duration');
  });

  it.each<[string, Record<string, unknown>]>([
    ['an amount alone', { amount: 40 }],
    ['no category', { type: 'QURAN_PAGES', amount: 40 }],
    ['no type', { amount: 40, category: 'QURAN' }],
    ['nothing', {}],
  ])('replace: %s is no whole goal (422) and the goal is kept', async (_, body) => {
    await settings({ put: 'replace' });
    const id = await context.client.createGoal(DURATION_GOAL);
    const answer = await update(id, body);
    expect(answer).toMatchObject({ status: 422, body: { type: 'unprocessable_entity' } });
    expect(await storedGoals()).toEqual([expect.objectContaining({ id, ...DURATION_GOAL })]);
  });

  it('partial: an empty body changes only the mushaf', async () => {
    const id = await context.client.createGoal(DURATION_GOAL);
    expect((await update(id, {}, 7)).status).toBe(200);
    expect(await storedGoals()).toEqual([
      expect.objectContaining({ id, ...DURATION_GOAL, mushafId: 7 }),
    ]);
  });
});

describe('planGoal', () => {
  it('type: the plan describes the newest goal of the type asked for', async () => {
    const time = await context.client.createGoal(TIME_GOAL);
    const pages = await context.client.createGoal(PAGES_GOAL);
    const newer = await context.client.createGoal({ ...TIME_GOAL, amount: 900 });
    expect(await plan('QURAN_TIME')).toMatchObject({ goalId: newer, dailyTargetSeconds: 900 });
    expect(await plan('QURAN_PAGES')).toMatchObject({ goalId: pages, dailyTargetPages: 10 });
    expect(await plan('QURAN_RANGE')).toEqual({ hasGoal: false });
    await context.client.api('DELETE', `/goals/${newer}?category=QURAN`);
    expect(await plan('QURAN_TIME')).toMatchObject({ goalId: time });
  });

  it('newest: the plan describes the newest reading goal whatever the type asked for', async () => {
    await settings({ planGoal: 'newest' });
    await context.client.createGoal(TIME_GOAL);
    const pages = await context.client.createGoal(PAGES_GOAL);
    await context.client.createGoal({ type: 'COURSE', amount: 3, category: 'COURSE' });
    for (const type of ['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE']) {
      expect(await plan(type)).toMatchObject({ goalId: pages, dailyTargetPages: 10 });
    }
  });

  it.each(['type', 'newest'])('%s: goals of other types have no plan', async (planGoal) => {
    await settings({ planGoal });
    await context.client.createGoal({ type: 'COURSE', amount: 3, category: 'COURSE' });
    await context.client.createGoal({ type: 'RAMADAN_CHALLENGE', amount: 30, category: 'QURAN' });
    expect(await plan('QURAN_TIME')).toEqual({ hasGoal: false });
  });
});

describe('planMushaf', () => {
  it('asked: pages are counted in the mushaf asked for', async () => {
    const id = await context.client.createGoal(PAGES_GOAL, 4);
    const data = await plan('QURAN_PAGES', 7);
    expect(data).toMatchObject({ goalId: id, mushafId: 7 });
    // 10 pages of a 604-page mushaf, in a mushaf of 548 pages.
    expect(data.dailyTargetPages).toBeCloseTo((10 * 548) / 604, 10);
    expect(await plan('QURAN_PAGES', 1)).toMatchObject({ mushafId: 1, dailyTargetPages: 10 });
  });

  it('goal: pages are counted in the goal’s own mushaf', async () => {
    await settings({ planMushaf: 'goal' });
    await context.client.createGoal(PAGES_GOAL, 4);
    expect(await plan('QURAN_PAGES', 7)).toMatchObject({ mushafId: 4, dailyTargetPages: 10 });
  });

  it.each(['asked', 'goal'])('%s: seconds do not depend on the mushaf', async (planMushaf) => {
    await settings({ planMushaf });
    await context.client.createGoal(TIME_GOAL, 6);
    expect(await plan('QURAN_TIME', 7)).toMatchObject({ dailyTargetSeconds: 600 });
  });
});

describe('goals of the other types', () => {
  it('are kept, updated and deleted like reading goals', async () => {
    const id = await context.client.createGoal({
      type: 'QURAN_READING_PROGRAM',
      amount: '1:1-2:5',
      category: 'QURAN_READING_PROGRAM',
    });
    const updated = await context.client.api('PUT', `/goals/${id}?mushafId=4`, {
      body: { amount: 12, duration: 3 },
    });
    expect(updated.body).toEqual({ success: true, data: {} });
    expect(await storedGoals()).toEqual([
      expect.objectContaining({ id, type: 'QURAN_READING_PROGRAM', amount: 12, duration: 3 }),
    ]);
    const deleted = await context.client.api(
      'DELETE',
      `/goals/${id}?category=QURAN_READING_PROGRAM`,
    );
    expect(deleted.status).toBe(200);
    expect(await storedGoals()).toEqual([]);
  });

  it.each([
    'type=COURSE&amount=3',
    'type=QURAN_READING_PROGRAM&amount=1:1-2:5&duration=7',
    'type=RAMADAN_CHALLENGE&amount=30&duration=30',
  ])('estimate %s with an empty week', async (query) => {
    const answer = await context.client.api('GET', `/goals/estimate?${query}&mushafId=4`);
    expect(answer.body).toEqual({ success: true, data: { week: [] } });
  });
});

describe('settings control', () => {
  it.each<[Record<string, unknown>, RegExp]>([
    [{ timeCap: 'yes' }, /timeCap/],
    [{ expiredToken: 402 }, /expiredToken/],
    [{ expiredToken: '403' }, /expiredToken/],
    [{ put: 'merge' }, /put/],
    [{ planGoal: 'latest' }, /planGoal/],
    [{ planMushaf: 7 }, /planMushaf/],
    [{ strictTimeZone: true }, /strictTimeZone is not a setting/],
  ])('refuses %j', async (changes, message) => {
    const answer = await settings(changes);
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
  });

  it('answers the settings after a change', async () => {
    const answer = await settings({ put: 'replace', expiredToken: 403, pageCap: true });
    expect(answer.body).toMatchObject({ put: 'replace', expiredToken: 403, pageCap: true });
    expect((await context.client.control('settings')).body).toMatchObject({ put: 'replace' });
  });

  it('starts with the options given and goes back to them on reset', async () => {
    const started = {
      timeCap: true,
      pageCap: true,
      categoryMatch: true,
      strictTimezone: true,
      expiredToken: 403,
      put: 'replace',
      planGoal: 'newest',
      planMushaf: 'goal',
    } as const;
    const sandbox = await startSandbox({ port: 0, quiet: true, ...started });
    try {
      const client = new SandboxClient(sandbox.url);
      expect((await client.control('settings')).body).toMatchObject(started);
      await client.control('settings', { timeCap: false, put: 'partial', expiredToken: 401 });
      await client.control('reset', {});
      expect((await client.control('settings')).body).toMatchObject(started);
      const refused = await client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', {
        token: null,
      });
      expect(refused.status).toBe(403);
    } finally {
      await sandbox.close();
    }
  });
});
