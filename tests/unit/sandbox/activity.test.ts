import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_SCOPE, useSandbox } from './sandbox-client';

/**
 * Reading activity: logging moves today's plan, the date rules, and the listing with its
 * paging. Expected values come from the documents (`POST /v1/activity-days`: the date "must
 * be today or a past date", in the `x-timezone` zone; cursor paging "first + after or last +
 * before") and from the 604-page Madani mushaf, whose page 1 is Al-Fatiha and page 2 is
 * 2:1–2:5.
 */

const context = useSandbox();
const client = () => context.client;
/** 20:00 UTC on 10 May 2026: already 11 May in Tokyo (UTC+9) and Karachi (UTC+5). */
const NOW = Date.parse('2026-05-10T20:00:00Z');
type Day = Record<string, unknown> & { date: string; id: string };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await client().signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

const plan = async (type: string, mushafId = 4, zone = 'UTC') =>
  (await client().read(`/goals/get-todays-plan?type=${type}&mushafId=${mushafId}`, zone)).data;
const days = async (query = '', zone = 'UTC') =>
  client().read<Day[]>(`/activity-days${query}`, zone);
const dates = async (query = '', zone = 'UTC') => (await days(query, zone)).data.map((d) => d.date);

describe('logging reading', () => {
  it('answers an empty object', async () => {
    const answer = await client().logReading({ seconds: 5, ranges: ['1:5-1:7'] });
    expect(answer).toMatchObject({ status: 200, body: { success: true, data: {} } });
  });

  it('adds the seconds read to a time goal’s plan', async () => {
    await client().createGoal({ type: 'QURAN_TIME', amount: 600, category: 'QURAN' });
    await client().logReading({ seconds: 120, ranges: ['67:1-67:5'] }, 'Asia/Karachi');
    await client().logReading({ seconds: 60, ranges: ['67:6-67:10'] }, 'Asia/Karachi');
    expect(await plan('QURAN_TIME', 4, 'Asia/Karachi')).toMatchObject({
      secondsRead: 180,
      versesRead: 10,
      ranges: ['67:1-67:10'],
      dailyTargetSeconds: 600,
      progress: 0.3,
    });
  });

  it('counts the pages read for a pages goal, in the mushaf asked for', async () => {
    await client().createGoal({ type: 'QURAN_PAGES', amount: 5, category: 'QURAN' });
    await client().logReading({ ranges: ['1:1-1:7', '2:1-2:5'] });
    expect(await plan('QURAN_PAGES')).toMatchObject({ pagesRead: 2, progress: 0.4 });
    // Mushaf 7 has 548 pages (contract/qf-api/README.md): both counts scale alike.
    const in7 = await plan('QURAN_PAGES', 7);
    expect(in7.pagesRead).toBeCloseTo((2 * 548) / 604, 10);
    expect(in7.dailyTargetPages).toBeCloseTo((5 * 548) / 604, 10);
    expect(in7.progress).toBeCloseTo(0.4, 10);
  });

  it('takes the verses read out of a range goal’s remaining ranges', async () => {
    await client().createGoal({ type: 'QURAN_RANGE', amount: '18:1-18:110', category: 'QURAN' });
    await client().logReading({ ranges: ['18:1-18:10'] });
    expect(await plan('QURAN_RANGE')).toMatchObject({
      remainingDailyTargetRanges: ['18:11-18:110'],
      versesRead: 10,
      progress: 10 / 110,
    });
    await client().logReading({ ranges: ['18:50-18:60'] });
    expect(await plan('QURAN_RANGE')).toMatchObject({
      remainingDailyTargetRanges: ['18:11-18:49', '18:61-18:110'],
      versesRead: 21,
      progress: 21 / 110,
    });
  });

  it('adds to the day set through the progress control', async () => {
    await client().control('progress', { secondsRead: 100, ranges: ['18:1-18:5'] });
    await client().logReading({ seconds: 20, ranges: ['18:6-18:10'] }, 'Asia/Tokyo');
    await client().createGoal({ type: 'QURAN_TIME', amount: 600, category: 'QURAN' });
    expect(await plan('QURAN_TIME', 4, 'Asia/Tokyo')).toMatchObject({
      secondsRead: 120,
      ranges: ['18:1-18:10'],
    });
  });

  it('gives the plan the same id as the listed day', async () => {
    await client().createGoal({ type: 'QURAN_TIME', amount: 600, category: 'QURAN' });
    await client().logReading({ seconds: 30 });
    const [day] = (await days()).data;
    expect((await plan('QURAN_TIME')).id).toBe(day?.id);
  });
});

describe('the day a batch is credited to', () => {
  it.each<[string, string | undefined, string, number]>([
    ['today in UTC', '2026-05-10', 'UTC', 200],
    ['yesterday', '2026-05-09', 'UTC', 200],
    ['a year ago', '2025-05-10', 'UTC', 200],
    ['tomorrow in UTC', '2026-05-11', 'UTC', 422],
    ['11 May, already today in Tokyo', '2026-05-11', 'Asia/Tokyo', 200],
    ['12 May, tomorrow in Tokyo', '2026-05-12', 'Asia/Tokyo', 422],
    ['a date that is not on the calendar', '2026-02-30', 'UTC', 422],
    ['a date without leading zeros', '2026-5-9', 'UTC', 400],
    ['a date and time', '2026-05-09T10:00', 'UTC', 400],
  ])('%s (%s in %s) answers %i', async (_, date, zone, status) => {
    const answer = await client().logReading({ date, seconds: 30 }, zone);
    expect(answer.status, answer.text).toBe(status);
    expect(await dates('', zone)).toEqual(status === 200 ? [date] : []);
  });

  it('is today in the reader’s zone when the body names no date', async () => {
    await client().logReading({ seconds: 30 }, 'Asia/Tokyo');
    await client().logReading({ seconds: 30 }, 'America/New_York');
    expect(await dates('?dateOrderBy=asc', 'UTC')).toEqual(['2026-05-10', '2026-05-11']);
  });

  it('leaves today’s plan alone when it is an earlier day', async () => {
    await client().createGoal({ type: 'QURAN_TIME', amount: 600, category: 'QURAN' });
    await client().logReading({ date: '2026-05-09', seconds: 300 });
    expect(await plan('QURAN_TIME')).toMatchObject({ secondsRead: 0, progress: 0 });
  });
});

describe('listing activity days', () => {
  it('shows a Quran day’s figures, and the goal’s target from the day the goal started', async () => {
    await client().logReading({ date: '2026-05-09', seconds: 90, ranges: ['2:1-2:5'] });
    await client().createGoal({ type: 'QURAN_TIME', amount: 600, category: 'QURAN' });
    await client().logReading({ seconds: 150, ranges: ['1:1-1:7'], mushafId: 7 });
    const [today, before] = (await days()).data;
    expect(today).toEqual({
      id: expect.stringMatching(/^c/),
      date: '2026-05-10',
      type: 'QURAN',
      mushafId: 7,
      progress: 0.25,
      ranges: ['1:1-1:7'],
      pagesRead: 548 / 604,
      secondsRead: 150,
      versesRead: 7,
      manuallyAddedSeconds: 0,
      dailyTargetSeconds: 600,
    });
    expect(before).toEqual({
      id: expect.stringMatching(/^c/),
      date: '2026-05-09',
      type: 'QURAN',
      mushafId: 4,
      progress: 0,
      ranges: ['2:1-2:5'],
      pagesRead: 1,
      secondsRead: 90,
      versesRead: 5,
      manuallyAddedSeconds: 0,
    });
  });

  it('shows only the common fields of a day of another type', async () => {
    await client().logReading({ type: 'LESSON', seconds: 40, ranges: ['1:1-1:2'] });
    expect((await days()).data).toEqual([
      { id: expect.any(String), date: '2026-05-10', type: 'LESSON', mushafId: 4, progress: 0 },
    ]);
  });

  it('filters by window and type', async () => {
    for (const date of ['2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09']) {
      await client().logReading({ date });
    }
    await client().logReading({ date: '2026-05-08', type: 'LESSON' });
    expect(await dates('?from=2026-05-07&to=2026-05-08&type=QURAN')).toEqual([
      '2026-05-08',
      '2026-05-07',
    ]);
    expect(await dates('?type=LESSON')).toEqual(['2026-05-08']);
    expect(await dates('?from=2026-05-09')).toEqual(['2026-05-09']);
    expect(await dates('?to=2026-05-06')).toEqual(['2026-05-06']);
  });
});

describe('paging activity days', () => {
  beforeEach(async () => {
    for (const date of ['2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10']) {
      await client().logReading({ date });
    }
  });

  it('pages forward with first and after, newest first', async () => {
    const first = await days('?first=2');
    expect(first.data.map((d) => d.date)).toEqual(['2026-05-10', '2026-05-09']);
    expect(first.pagination).toEqual({
      startCursor: first.data[0]?.id,
      endCursor: first.data[1]?.id,
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const second = await days(`?first=2&after=${first.pagination?.endCursor}`);
    expect(second.data.map((d) => d.date)).toEqual(['2026-05-08', '2026-05-07']);
    expect(second.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const third = await days(`?first=2&after=${second.pagination?.endCursor}`);
    expect(third.data.map((d) => d.date)).toEqual(['2026-05-06']);
    expect(third.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward with last and before', async () => {
    const last = await days('?last=2');
    expect(last.data.map((d) => d.date)).toEqual(['2026-05-07', '2026-05-06']);
    expect(last.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const earlier = await days(`?last=2&before=${last.pagination?.startCursor}`);
    expect(earlier.data.map((d) => d.date)).toEqual(['2026-05-09', '2026-05-08']);
  });

  it('orders oldest first with dateOrderBy=asc', async () => {
    expect(await dates('?dateOrderBy=asc&first=3')).toEqual([
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
    ]);
  });

  it('answers an empty page past the end without cursors', async () => {
    const all = await days();
    const past = await days(`?first=5&after=${all.data.at(-1)?.id}`);
    expect(past).toEqual({
      success: true,
      data: [],
      pagination: { hasNextPage: false, hasPreviousPage: true },
    });
  });

  it.each<[string, number]>([
    ['?first=2&last=2', 422],
    ['?first=2&before=x', 422],
    ['?last=2&after=x', 422],
    ['?after=cnone', 422],
    ['?first=0', 400],
    ['?first=21', 400],
    ['?last=1.5', 400],
    ['?first=ten', 400],
    ['?dateOrderBy=newest', 400],
    ['?type=quran', 400],
    ['?from=2026-05-10&to=2026-05-09', 422],
    ['?from=yesterday', 400],
    ['?to=2026-13-01', 422],
  ])('refuses %s with %i', async (query, status) => {
    const answer = await client().api('GET', `/activity-days${query}`);
    expect(answer.status, answer.text).toBe(status);
  });
});

describe('the reading-time estimate', () => {
  it.each<[string, number]>([
    ['1:1-1:7', 70],
    ['1:1-1:7,2:1-2:5', 120],
    ['2:255-2:255', 10],
    ['1:1-1:7,1:1-1:7', 140],
  ])('gives %s %i seconds at 10 seconds a verse', async (ranges, seconds) => {
    const answer = await client().read(`/activity-days/estimate-reading-time?ranges=${ranges}`);
    expect(answer).toEqual({ success: true, data: { seconds } });
  });

  it.each<[string, number]>([
    ['', 400],
    ['?ranges=', 400],
    ['?ranges=1:1', 400],
    ['?ranges=1:1-1:7;2:1-2:5', 400],
    ['?ranges=1:1-1:8', 422],
    ['?ranges=2:5-2:1', 422],
  ])('refuses %s with %i', async (query, status) => {
    const answer = await client().api('GET', `/activity-days/estimate-reading-time${query}`);
    expect(answer.status, answer.text).toBe(status);
  });
});

describe('activity controls', () => {
  it('sets a day’s reading in place of the day’s, and lists every reader’s days', async () => {
    await client().logReading({ date: '2026-05-09', seconds: 30, ranges: ['1:1-1:7'] });
    await client().control('activity-days', {
      date: '2026-05-09',
      secondsRead: 600,
      ranges: ['2:1-2:5,2:6-2:10'],
      mushafId: 7,
    });
    await client().control('activity-days', { sub: 'another-reader', type: 'LESSON' });
    const listed = await client().control('activity-days?zone=Asia/Tokyo');
    expect(listed.body).toEqual({
      days: [
        {
          sub: expect.any(String),
          date: '2026-05-09',
          type: 'QURAN',
          mushafId: 7,
          secondsRead: 600,
          pagesRead: expect.closeTo((1 + 5 / 11) * (548 / 604), 10),
          versesRead: 10,
          ranges: ['2:1-2:10'],
        },
        {
          sub: 'another-reader',
          date: '2026-05-11',
          type: 'LESSON',
          mushafId: 4,
          secondsRead: 0,
          pagesRead: 0,
          versesRead: 0,
          ranges: [],
        },
      ],
    });
  });

  it('shows the pages and verses a control sets until the day is next logged', async () => {
    await client().control('progress', { pagesRead: 1.5, versesRead: 12, ranges: ['2:1-2:5'] });
    const [set] = (await days()).data;
    expect(set).toMatchObject({ pagesRead: 1.5, versesRead: 12 });
    await client().logReading({ ranges: ['2:6-2:6'] });
    const [logged] = (await days()).data;
    expect(logged).toMatchObject({ pagesRead: 1 + 1 / 11, versesRead: 6 });
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ ranges: ['1:1-1:9'] }, /ranges/],
    [{ ranges: '1:1-1:7' }, /ranges/],
    [{ date: '2026-02-30' }, /date/],
    [{ type: 'COURSE' }, /type/],
    [{ mushafId: 8 }, /mushafId/],
    [{ pagesRead: -1 }, /pagesRead/],
    [{ seconds: 60 }, /Unknown field: seconds/],
  ])('refuses %j', async (body, message) => {
    const answer = await client().control('activity-days', body);
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
  });
});
