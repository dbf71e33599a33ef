import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { createActivityApi } from '@/entrypoints/background/api/activity-api';
import { createGoalsApi } from '@/entrypoints/background/api/goals-api';
import { GoalsError } from '@/utils/errors';
import { startAuthKit } from '../sandbox-kit';

// The reading activity and streak endpoints against the sandbox, which answers as the
// documents say (contract/qf-api): the requests it accepts are the documents' requests.

let kit: Awaited<ReturnType<typeof startAuthKit>>;
let api: ReturnType<typeof createActivityApi>;
let goals: ReturnType<typeof createGoalsApi>;
beforeAll(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
  api = createActivityApi(kit.transport);
  goals = createGoalsApi(kit.transport);
});
afterAll(() => kit.close());

/** Signs in with the scopes the reading features need (contract/qf-api README, "OAuth2"). */
async function signInWith(scope: string) {
  const minted = await kit.mint(scope);
  await kit.auth.adoptTokens({
    accessToken: minted.access_token,
    expiresAt: Date.now() + 3_600_000,
    refreshToken: minted.refresh_token,
    scopes: minted.scope.split(' '),
  });
}
beforeEach(async () => {
  await fetch(`${kit.sandbox.url}/__sandbox/reset`, { method: 'POST' });
  await signInWith('openid offline_access goal streak activity_day');
  await kit.clearRequests();
});

describe('the activity API', () => {
  it('logs a range read today: one POST of the documents’ body, and today’s plan moves', async () => {
    await goals.createGoal({
      mushafId: 4,
      body: { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' },
    });
    await kit.clearRequests();
    await api.logActivity({ type: 'QURAN', seconds: 300, ranges: ['67:1-67:10'], mushafId: 4 });
    const posts = (await kit.requests()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.status, r.body])).toEqual([
      [
        '/auth/v1/activity-days',
        200,
        { type: 'QURAN', seconds: 300, ranges: ['67:1-67:10'], mushafId: 4 },
      ],
    ]);
    const plan = await goals.getTodaysPlan({ type: 'QURAN_RANGE', mushafId: 4 });
    expect(plan.remainingDailyTargetRanges).toEqual(['67:11-67:30']);
    expect(plan.secondsRead).toBe(300);
  });

  it('lists the days logged in a window, and the current streak counts them', async () => {
    await api.logActivity({
      type: 'QURAN',
      seconds: 60,
      ranges: ['1:1-1:7'],
      mushafId: 4,
      date: '2026-12-01',
    });
    const days = await api.activityDays({ from: '2026-11-01', to: '2026-12-31' });
    expect(days.map((day) => [day.date, day.secondsRead, day.ranges])).toEqual([
      ['2026-12-01', 60, ['1:1-1:7']],
    ]);
    expect(await api.currentStreakDays()).toBeGreaterThanOrEqual(0);
  });

  it('estimates the seconds to read ranges', async () => {
    const seconds = await api.estimateReadingTime(['1:1-1:7', '2:1-2:5']);
    expect(Number.isInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThan(0);
    const [request] = await kit.requests('/auth/v1/activity-days/estimate-reading-time');
    expect(request?.query).toMatchObject({ ranges: '1:1-1:7,2:1-2:5' });
  });

  it('answers where the last reading session stopped, and null before any', async () => {
    await signInWith('openid offline_access goal reading_session');
    expect(await api.lastReadingPosition()).toBeNull();
    for (const [chapterNumber, verseNumber] of [
      [2, 255],
      [3, 10],
    ]) {
      await kit.transport.request({
        method: 'POST',
        path: '/v1/reading-sessions',
        body: { chapterNumber, verseNumber },
        response: z.unknown(),
      });
    }
    expect(await api.lastReadingPosition()).toEqual({ surah: 3, ayah: 10 });
    const [request] = await kit.requests('/auth/v1/reading-sessions');
    expect(request?.query).toMatchObject({ first: '20' });
  });

  it('is refused without the scopes, with the documented 403', async () => {
    await signInWith('openid offline_access goal');
    const refused = await api.currentStreakDays().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GoalsError);
    expect((refused as GoalsError).info.status).toBe(403);
  });
});
