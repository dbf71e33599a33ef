import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { createActivityApi } from '@/entrypoints/background/api/activity-api';
import { createDay } from '@/entrypoints/background/today/day';
import { addDays, todayIn } from '@/utils/goal-form';
import { startAuthKit } from '../sandbox-kit';

// The reader's day (streak, read today, last position) against the sandbox, which answers as
// the documents say (contract/qf-api): activity days feed the streak.

const ZONE = 'Asia/Karachi';
let kit: Awaited<ReturnType<typeof startAuthKit>>;
let scopes: string[] = [];
let day: ReturnType<typeof createDay>;
beforeAll(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
  const activity = createActivityApi(kit.transport);
  day = createDay({
    activity,
    scopes: async () => scopes,
    today: async () => todayIn(ZONE),
  });
});
afterAll(() => kit.close());

async function signInWith(scope: string) {
  const minted = await kit.mint(scope);
  scopes = minted.scope.split(' ');
  await kit.auth.adoptTokens({
    accessToken: minted.access_token,
    expiresAt: Date.now() + 3_600_000,
    refreshToken: minted.refresh_token,
    scopes,
  });
}
beforeEach(async () => {
  await fetch(`${kit.sandbox.url}/__sandbox/reset`, { method: 'POST' });
  await signInWith('openid offline_access goal streak activity_day');
  await kit.clearRequests();
});

const logOn = (date: string) =>
  kit.transport.request({
    method: 'POST',
    path: '/v1/activity-days',
    body: { type: 'QURAN', seconds: 120, ranges: ['1:1-1:7'], mushafId: 4, date },
    response: z.unknown(),
  });

describe('the reader’s day', () => {
  it('before any reading: nothing read today, no streak, no position', async () => {
    expect(await day.today()).toEqual({ streakDays: 0, readToday: false, lastPosition: null });
  });

  it('after readings yesterday and today: read today, and a streak of at least a day', async () => {
    const today = todayIn(ZONE);
    await logOn(addDays(today, -1));
    await logOn(today);
    const answer = await day.today();
    expect(answer.readToday).toBe(true);
    // Whether today counts before the day ends is the sandbox's `streakToday` option; two
    // days in a row are a streak of one day at least under either reading.
    expect(answer.streakDays).toBeGreaterThanOrEqual(1);
  });

  it('without the streak and activity_day scopes: those parts unknown, and not asked', async () => {
    await signInWith('openid offline_access goal');
    await kit.clearRequests();
    const answer = await day.today();
    expect(answer.streakDays).toBeNull();
    expect(answer.readToday).toBeNull();
    const asked = (await kit.requests()).map((r) => r.path);
    expect(asked.filter((path) => /streak|activity-days/.test(path))).toEqual([]);
  });

  it('asks the last reading position only with the reading_session scope', async () => {
    const session = { chapterNumber: 2, verseNumber: 255 };
    await signInWith('openid offline_access goal streak activity_day reading_session');
    await kit.transport.request({
      method: 'POST',
      path: '/v1/reading-sessions',
      body: session,
      response: z.unknown(),
    });
    expect((await day.today()).lastPosition).toEqual({ surah: 2, ayah: 255 });
    await signInWith('openid offline_access goal streak activity_day');
    await kit.clearRequests();
    expect((await day.today()).lastPosition).toBeNull();
    expect((await kit.requests()).filter((r) => r.path.includes('reading-sessions'))).toEqual([]);
  });

  it('asked from a day, adds up what was read from it through today', async () => {
    const today = todayIn(ZONE);
    await logOn(addDays(today, -3));
    await logOn(addDays(today, -1));
    await logOn(today);
    // Three readings of two minutes, Al-Fatihah each time; the day before `since` is left out.
    const answer = await day.today(addDays(today, -1));
    expect(answer.read).toEqual({
      since: addDays(today, -1),
      seconds: 240,
      pages: expect.any(Number),
      ranges: ['1:1-1:7', '1:1-1:7'],
    });
    expect(answer.readToday).toBe(true);
  });

  it('a failing streak call leaves the streak unknown and the day known', async () => {
    await kit.fault({ route: 'currentStreak', status: 500, count: 5 });
    const answer = await day.today();
    expect(answer.streakDays).toBeNull();
    expect(answer.readToday).toBe(false);
  });
});
