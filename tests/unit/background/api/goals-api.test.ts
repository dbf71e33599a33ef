import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGoalsApi } from '@/entrypoints/background/api/goals-api';
import type { GoalRequest } from '@/utils/goals';
import { startAuthKit } from '../sandbox-kit';

let kit: Awaited<ReturnType<typeof startAuthKit>>;
let api: ReturnType<typeof createGoalsApi>;
beforeAll(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
  api = createGoalsApi(kit.transport);
});
afterAll(() => kit.close());
beforeEach(async () => {
  await fetch(`${kit.sandbox.url}/__sandbox/reset`, { method: 'POST' });
  await kit.signInWithMinted();
  await kit.clearRequests();
});

const rangeGoal: GoalRequest = {
  mushafId: 6,
  body: { type: 'QURAN_RANGE', amount: '2:255-3:5', category: 'QURAN', duration: 7 },
};
const pagesGoal: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' },
};

async function onlyRequest() {
  const requests = await kit.requests();
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request?.headers).toMatchObject({
    'x-client-id': 'quran-goals-sandbox',
    'x-timezone': 'Asia/Karachi',
    'x-auth-token': (await kit.tokens.load())?.accessToken,
  });
  expect(request?.status).toBe(200);
  return request;
}

describe('createGoalsApi (against the sandbox)', () => {
  it('createGoal posts the body to /v1/goals with the mushaf in the query', async () => {
    const { id } = await api.createGoal(rangeGoal);
    expect(id).toBeTruthy();
    expect(await onlyRequest()).toMatchObject({
      method: 'POST',
      path: '/auth/v1/goals',
      query: { mushafId: '6' },
      body: rangeGoal.body,
    });
  });

  it('getTodaysPlan asks with the type and mushaf and finds the goal just made', async () => {
    const { id } = await api.createGoal(pagesGoal);
    await kit.clearRequests();
    expect(await api.getTodaysPlan({ type: 'QURAN_PAGES', mushafId: 4 })).toMatchObject({
      hasGoal: true,
      goalId: id,
    });
    expect(await onlyRequest()).toMatchObject({
      method: 'GET',
      path: '/auth/v1/goals/get-todays-plan',
      query: { type: 'QURAN_PAGES', mushafId: '4' },
      body: null,
    });
  });

  it('updateGoal puts the changed fields to the goal with the mushaf in the query', async () => {
    const { id } = await api.createGoal(pagesGoal);
    await kit.clearRequests();
    await api.updateGoal({ goalId: id, mushafId: 4, body: { amount: 3 } });
    expect(await onlyRequest()).toMatchObject({
      method: 'PUT',
      path: `/auth/v1/goals/${id}`,
      query: { mushafId: '4' },
      body: { amount: 3 },
    });
  });

  it('deleteGoal deletes the goal with its category in the query', async () => {
    const { id } = await api.createGoal(pagesGoal);
    await kit.clearRequests();
    await api.deleteGoal({ goalId: id, category: 'QURAN' });
    expect(await onlyRequest()).toMatchObject({
      method: 'DELETE',
      path: `/auth/v1/goals/${id}`,
      query: { category: 'QURAN' },
    });
    expect((await api.getTodaysPlan({ type: 'QURAN_PAGES', mushafId: 4 })).hasGoal).toBe(false);
  });

  it.each([
    [rangeGoal, { type: 'QURAN_RANGE', amount: '2:255-3:5', duration: '7', mushafId: '6' }],
    [pagesGoal, { type: 'QURAN_PAGES', amount: '2', mushafId: '4' }],
  ])('estimateGoal sends type, amount, duration and mushaf as query (%#)', async (goal, query) => {
    const week = await api.estimateGoal(goal);
    expect(week.length).toBeGreaterThan(0);
    expect(await onlyRequest()).toMatchObject({
      method: 'GET',
      path: '/auth/v1/goals/estimate',
      query,
    });
  });

  it('answers the sandbox’s refusal as a typed error', async () => {
    // Al-Baqarah has 286 verses: no such range can be read.
    const noSuchVerse = {
      mushafId: 4,
      body: { type: 'QURAN_RANGE', amount: '2:290-2:291', category: 'QURAN' },
    } as const;
    await expect(api.createGoal(noSuchVerse)).rejects.toMatchObject({
      info: {
        kind: 'unprocessable_entity',
        status: 422,
        message: expect.stringContaining('2:290'),
      },
    });
  });

  it('answers invalid_response for a success body that is not JSON', async () => {
    await kit.fault({ route: 'createGoal', malformed: true });
    await expect(api.createGoal(pagesGoal)).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});
