import { afterEach, describe, expect, it } from 'vitest';
import { createGoalsApi } from '@/entrypoints/background/goals-api';
import { createTransport } from '@/entrypoints/background/transport';
import type { GoalRequest } from '@/utils/goals';
import { type ScriptedAnswer, startScriptedServer } from './scripted-server';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

async function apiAnswering(answer: ScriptedAnswer) {
  const server = await startScriptedServer([answer]);
  close = server.close;
  const transport = createTransport({
    environment: async () => ({
      name: 'production',
      apiBaseUrl: `${server.url}/auth`,
      oauthBaseUrl: server.url,
      clientId: 'client-b',
    }),
    timeZone: async () => 'Europe/London',
    accessToken: async () => 'access-b',
    refreshAfterRejection: async () => 'access-c',
    signInAgain: async () => undefined,
  });
  return { api: createGoalsApi(transport), received: server.received };
}

const json = (data: unknown) => ({ body: JSON.stringify({ success: true, data }) });
const rangeGoal: GoalRequest = {
  mushafId: 6,
  body: { type: 'QURAN_RANGE', amount: '2:255-3:5', category: 'QURAN', duration: 7 },
};
const pagesGoal: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' },
};

describe('createGoalsApi', () => {
  it('createGoal posts the body to /v1/goals with the mushaf in the query', async () => {
    const { api, received } = await apiAnswering(json({ id: 'goal-9' }));
    await expect(api.createGoal(rangeGoal)).resolves.toEqual({ id: 'goal-9' });
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/auth/v1/goals');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({ mushafId: '6' });
    expect(JSON.parse(request?.body ?? '')).toEqual(rangeGoal.body);
    expect(request?.headers).toMatchObject({
      'x-auth-token': 'access-b',
      'x-client-id': 'client-b',
      'x-timezone': 'Europe/London',
    });
  });

  it('getTodaysPlan asks with the type and mushaf and answers the plan', async () => {
    const plan = { hasGoal: true, goalId: 'goal-9', progress: 0.5 };
    const { api, received } = await apiAnswering(json(plan));
    await expect(api.getTodaysPlan({ type: 'QURAN_PAGES', mushafId: 7 })).resolves.toEqual(plan);
    expect(received[0]?.method).toBe('GET');
    expect(received[0]?.url.pathname).toBe('/auth/v1/goals/get-todays-plan');
    expect(Object.fromEntries(received[0]?.url.searchParams ?? [])).toEqual({
      type: 'QURAN_PAGES',
      mushafId: '7',
    });
    expect(received[0]?.body).toBe('');
  });

  it('updateGoal puts the changed fields to the goal with the mushaf in the query', async () => {
    const { api, received } = await apiAnswering(json({}));
    await api.updateGoal({ goalId: 'goal 9', mushafId: 4, body: { amount: 3 } });
    expect(received[0]?.method).toBe('PUT');
    expect(received[0]?.url.pathname).toBe('/auth/v1/goals/goal%209');
    expect(Object.fromEntries(received[0]?.url.searchParams ?? [])).toEqual({ mushafId: '4' });
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({ amount: 3 });
  });

  it('deleteGoal deletes the goal with its category in the query', async () => {
    const { api, received } = await apiAnswering(json({ message: 'deleted' }));
    await api.deleteGoal({ goalId: 'goal-9', category: 'QURAN' });
    expect(received[0]?.method).toBe('DELETE');
    expect(received[0]?.url.pathname).toBe('/auth/v1/goals/goal-9');
    expect(Object.fromEntries(received[0]?.url.searchParams ?? [])).toEqual({ category: 'QURAN' });
  });

  it.each([
    [rangeGoal, { type: 'QURAN_RANGE', amount: '2:255-3:5', duration: '7', mushafId: '6' }],
    [pagesGoal, { type: 'QURAN_PAGES', amount: '2', mushafId: '4' }],
  ])('estimateGoal sends type, amount, duration and mushaf as query (%#)', async (goal, query) => {
    const week = [{ date: '2026-01-01', amount: 1.5 }];
    const { api, received } = await apiAnswering(json({ week }));
    await expect(api.estimateGoal(goal)).resolves.toEqual(week);
    expect(received[0]?.method).toBe('GET');
    expect(received[0]?.url.pathname).toBe('/auth/v1/goals/estimate');
    expect(Object.fromEntries(received[0]?.url.searchParams ?? [])).toEqual(query);
  });

  it('refuses a create answer without an id', async () => {
    const { api } = await apiAnswering(json({}));
    await expect(api.createGoal(pagesGoal)).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});
