import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../sandbox/server';
import { READING_SCOPE, SandboxClient, useSandbox } from './sandbox-client';

/**
 * The named options of reading activity and streaks (sandbox/README.md, "Assumptions (named
 * options)"), each under each of its values. Expected values come from the README's
 * description of each value, from the documents' enumerations, and from the 604-page Madani
 * mushaf (page 1 is Al-Fatiha's 7 verses, page 2 is 2:1–2:5, page 3 is 2:6–2:16).
 */

const context = useSandbox();
const client = () => context.client;
const NOW = Date.parse('2026-05-10T12:00:00Z');
const settings = (changes: Record<string, unknown>) => client().control('settings', changes);
const quranDay = async (query = '') =>
  (await client().read<Record<string, unknown>[]>(`/activity-days?type=QURAN${query}`)).data[0];
const currentStreak = async () =>
  (await client().read<{ days: number }>('/streaks/current-streak-days?type=QURAN')).data.days;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await client().signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

describe('activityMerge', () => {
  const twoBatches = async () => {
    await client().logReading({ seconds: 30, ranges: ['2:1-2:5'], mushafId: 4 });
    await client().logReading({ seconds: 20, ranges: ['2:3-2:7'], mushafId: 7 });
  };

  it('add: the seconds are summed, the verses merged, the mushaf is the last one', async () => {
    await twoBatches();
    expect(await quranDay()).toMatchObject({
      secondsRead: 50,
      ranges: ['2:1-2:7'],
      versesRead: 7,
      mushafId: 7,
    });
  });

  it('replace: the day is the last batch', async () => {
    await settings({ activityMerge: 'replace' });
    await twoBatches();
    expect(await quranDay()).toMatchObject({
      secondsRead: 20,
      ranges: ['2:3-2:7'],
      versesRead: 5,
      mushafId: 7,
    });
  });

  it.each(['add', 'replace'])('%s: days of other dates and types are left alone', async (mode) => {
    await settings({ activityMerge: mode });
    await client().logReading({ seconds: 30, date: '2026-05-09' });
    await client().logReading({ seconds: 30, type: 'LESSON' });
    await client().logReading({ seconds: 40 });
    const listed = await client().read<{ date: string; type: string }[]>('/activity-days');
    expect(listed.data.map(({ date, type }) => `${date} ${type}`).sort()).toEqual([
      '2026-05-09 QURAN',
      '2026-05-10 LESSON',
      '2026-05-10 QURAN',
    ]);
  });
});

describe('pagesFrom', () => {
  it.each<[string, number, number]>([
    ['1:1-1:7', 4, 1],
    ['2:1-2:5', 4, 1],
    ['2:1-2:2', 4, 2 / 5],
    ['1:1-2:16', 4, 3],
    ['2:6-2:6', 4, 1 / 11],
    ['1:1-1:7', 7, 548 / 604],
    ['1:1-1:7', 6, 610 / 604],
  ])('table: %s in mushaf %i is %f pages', async (range, mushafId, pages) => {
    await client().logReading({ ranges: [range], mushafId });
    expect((await quranDay())?.pagesRead).toBeCloseTo(pages, 10);
  });

  it.each<[string, number, number]>([
    ['1:1-1:7', 4, (7 * 604) / 6236],
    ['2:1-2:5', 7, (5 * 548) / 6236],
    ['1:1-114:6', 6, 610],
  ])('average: %s in mushaf %i is %f pages', async (range, mushafId, pages) => {
    await settings({ pagesFrom: 'average' });
    await client().logReading({ ranges: [range], mushafId });
    expect((await quranDay())?.pagesRead).toBeCloseTo(pages, 10);
  });

  it.each<[string, number]>([
    ['table', 2],
    ['average', (12 * 604) / 6236],
  ])('%s: today’s plan counts its pages the same way', async (pagesFrom, pages) => {
    await settings({ pagesFrom });
    await client().createGoal({ type: 'QURAN_PAGES', amount: 4, category: 'QURAN' });
    await client().logReading({ ranges: ['1:1-1:7', '2:1-2:5'] });
    const { data } = await client().read('/goals/get-todays-plan?type=QURAN_PAGES&mushafId=4');
    expect(data.pagesRead).toBeCloseTo(pages, 10);
    expect(data.progress).toBeCloseTo(pages / 4, 10);
  });
});

describe('streakToday', () => {
  beforeEach(async () => {
    await client().logReading({ date: '2026-05-08', ranges: ['1:1-1:7'] });
    await client().logReading({ date: '2026-05-09', ranges: ['1:1-1:7'] });
  });

  it('yesterday: a streak that reached yesterday is current, and ACTIVE', async () => {
    expect(await currentStreak()).toBe(2);
    expect((await client().read('/streaks')).data).toEqual([
      expect.objectContaining({ status: 'ACTIVE', days: 2 }),
    ]);
  });

  it('zero: it is 0 until today has reading, and BROKEN', async () => {
    await settings({ streakToday: 'zero' });
    expect(await currentStreak()).toBe(0);
    expect((await client().read('/streaks')).data).toEqual([
      expect.objectContaining({ status: 'BROKEN', days: 2 }),
    ]);
    await client().logReading({ ranges: ['1:1-1:7'] });
    expect(await currentStreak()).toBe(3);
  });
});

describe('streakDay', () => {
  beforeEach(async () => {
    await client().logReading({ date: '2026-05-09', seconds: 600, ranges: [] });
    await client().logReading({ ranges: ['1:1-1:1'] });
  });

  it('verse: a day of time alone does not keep the streak', async () => {
    expect(await currentStreak()).toBe(1);
  });

  it('any: every Quran day keeps it', async () => {
    await settings({ streakDay: 'any' });
    expect(await currentStreak()).toBe(2);
  });
});

describe('streakWindow', () => {
  beforeEach(async () => {
    for (const date of ['2026-04-29', '2026-04-30', '2026-05-01', '2026-05-05']) {
      await client().logReading({ date, ranges: ['1:1-1:7'] });
    }
  });
  const starts = async () =>
    (await client().read<{ startDate: string }[]>('/streaks?from=2026-05-01&to=2026-05-31')).data
      .map((s) => s.startDate.slice(0, 10))
      .sort();

  it('within: a streak that began before from is left out', async () => {
    expect(await starts()).toEqual(['2026-05-05']);
  });

  it('overlap: a streak with a day inside the window is listed', async () => {
    await settings({ streakWindow: 'overlap' });
    expect(await starts()).toEqual(['2026-04-29', '2026-05-05']);
  });
});

describe('apiDocument', () => {
  // Types: the production document lists twelve, the pre-live one three.
  it.each<[string, string, number, number]>([
    ['QURAN', 'in both', 200, 200],
    ['LESSON', 'in both', 200, 200],
    ['QURAN_READING_PROGRAM', 'in both', 200, 200],
    ['TAFSIR', 'production only', 200, 400],
    ['LEARNING_PLAN', 'production only', 200, 400],
    ['COURSE', 'in neither', 400, 400],
  ])('activity type %s (%s): %i under production, %i under prelive', async (type, _, p, q) => {
    expect((await client().logReading({ type })).status).toBe(p);
    expect((await client().api('GET', `/activity-days?type=${type}`)).status).toBe(p);
    await settings({ apiDocument: 'prelive' });
    expect((await client().logReading({ type })).status).toBe(q);
    expect((await client().api('GET', `/activity-days?type=${type}`)).status).toBe(q);
  });

  it.each<[Record<string, unknown>, number, number]>([
    [{}, 200, 200],
    [{ clientCreatedAt: '2026-05-10T10:15:30.000Z' }, 400, 200],
    [{ clientUpdatedAt: '2026-05-10T10:16:30+05:00' }, 400, 200],
    [{ clientCreatedAt: 'yesterday' }, 400, 400],
    [{ clientCreatedAt: 1_778_408_130_000 }, 400, 400],
  ])('reading session with %j: %i under production, %i under prelive', async (extra, p, q) => {
    const save = () =>
      client().api('POST', '/reading-sessions', {
        body: { chapterNumber: 1, verseNumber: 1, ...extra },
      });
    expect((await save()).status).toBe(p);
    await settings({ apiDocument: 'prelive' });
    expect((await save()).status).toBe(q);
  });
});

describe('readingSessionScope', () => {
  const sessions = () => client().api('GET', '/reading-sessions');
  const save = () =>
    client().api('POST', '/reading-sessions', { body: { chapterNumber: 2, verseNumber: 255 } });

  it('reading_session: a token without it is refused', async () => {
    await client().signIn({ scope: 'openid goal activity_day streak' });
    expect(await sessions()).toMatchObject({ status: 403, body: { type: 'forbidden' } });
    expect((await save()).status).toBe(403);
    await client().signIn({ scope: 'openid reading_session' });
    expect((await sessions()).status).toBe(200);
    expect((await save()).status).toBe(200);
  });

  it('none: any token of the client is accepted', async () => {
    await settings({ readingSessionScope: 'none' });
    await client().signIn({ scope: 'openid' });
    expect((await sessions()).status).toBe(200);
    expect((await save()).status).toBe(200);
  });
});

describe('readingRate', () => {
  const estimate = async () =>
    (
      await client().read<{ seconds: number }>(
        '/activity-days/estimate-reading-time?ranges=1:1-1:7',
      )
    ).data.seconds;

  it('gives each verse 10 seconds by default, or the rate set', async () => {
    expect(await estimate()).toBe(70);
    await settings({ readingRate: 3 });
    expect(await estimate()).toBe(21);
  });

  it.each([0, 2.5, '10', 3601])('refuses a rate of %j', async (readingRate) => {
    expect((await settings({ readingRate })).status).toBe(400);
  });
});

describe('settings control', () => {
  it.each<[Record<string, unknown>, RegExp]>([
    [{ activityMerge: 'sum' }, /activityMerge/],
    [{ pagesFrom: 'lines' }, /pagesFrom/],
    [{ streakToday: 'today' }, /streakToday/],
    [{ streakDay: 'page' }, /streakDay/],
    [{ streakWindow: 'inside' }, /streakWindow/],
    [{ apiDocument: 'staging' }, /apiDocument/],
    [{ readingSessionScope: 'reading_session.read' }, /readingSessionScope/],
    [{ clientScopes: 'openid everything' }, /clientScopes/],
    [{ clientScopes: '' }, /clientScopes/],
  ])('refuses %j', async (changes, message) => {
    const answer = await settings(changes);
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
  });

  it('starts with the options given and goes back to them on reset', async () => {
    const started = {
      activityMerge: 'replace',
      pagesFrom: 'average',
      streakToday: 'zero',
      streakDay: 'any',
      streakWindow: 'overlap',
      apiDocument: 'prelive',
      readingSessionScope: 'none',
      readingRate: 7,
      clientScopes: 'openid goal',
    } as const;
    const sandbox = await startSandbox({ port: 0, quiet: true, ...started });
    try {
      const other = new SandboxClient(sandbox.url);
      expect((await other.control('settings')).body).toMatchObject(started);
      await other.control('settings', { activityMerge: 'add', readingRate: 12 });
      await other.control('reset', {});
      expect((await other.control('settings')).body).toMatchObject(started);
    } finally {
      await sandbox.close();
    }
  });
});
