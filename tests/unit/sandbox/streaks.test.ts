import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_SCOPE, useSandbox } from './sandbox-client';

/**
 * The Quran streak. Quran.com: "Reading at least a verse daily will keep the streaks going",
 * and a day ends at midnight in the reader's zone (the `x-timezone` header). The default
 * options (sandbox/README.md): a streak that reached yesterday is current until today ends,
 * and a day counts with a verse read.
 */

const context = useSandbox();
const client = () => context.client;
/** 20:00 UTC on 10 May 2026, which is 05:00 on 11 May in Tokyo (UTC+9 all year). */
const NOW = Date.parse('2026-05-10T20:00:00Z');
type Streak = { id: string; startDate: string; endDate: string; status: string; days: number };

async function at(instant: number) {
  vi.setSystemTime(instant);
  await client().signIn({ scope: READING_SCOPE });
}
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await client().signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

const current = async (zone = 'UTC') =>
  (await client().read<{ days: number }>('/streaks/current-streak-days?type=QURAN', zone)).data
    .days;
const history = async (query = '', zone = 'UTC') =>
  (await client().read<Streak[]>(`/streaks${query}`, zone)).data;
const readOn = (...dates: string[]) =>
  Promise.all(dates.map((date) => client().logReading({ date, ranges: ['112:1-112:4'] })));

describe('current streak', () => {
  it('is 0 with no reading', async () => {
    expect(await current()).toBe(0);
  });

  it('counts consecutive days ending today', async () => {
    await readOn('2026-05-08', '2026-05-09', '2026-05-10');
    expect(await current()).toBe(3);
  });

  it('breaks after a missed day', async () => {
    await readOn('2026-05-06', '2026-05-07', '2026-05-09', '2026-05-10');
    expect(await current()).toBe(2);
  });

  it('counts a day once however many batches it had', async () => {
    await readOn('2026-05-10', '2026-05-10', '2026-05-09');
    expect(await current()).toBe(2);
  });

  it('keeps the streak that reached yesterday while today has no reading yet', async () => {
    await readOn('2026-05-08', '2026-05-09');
    expect(await current()).toBe(2);
    await at(Date.parse('2026-05-11T12:00:00Z'));
    expect(await current()).toBe(0);
  });

  it('ends days at local midnight in the reader’s zone', async () => {
    // 23:59 and 00:01 in Tokyo are two days there, one day (10 May) in UTC.
    await at(Date.parse('2026-05-10T14:59:00Z'));
    await client().logReading({ ranges: ['1:1-1:7'] }, 'Asia/Tokyo');
    await at(Date.parse('2026-05-10T15:01:00Z'));
    await client().logReading({ ranges: ['1:1-1:7'] }, 'Asia/Tokyo');
    expect(await current('Asia/Tokyo')).toBe(2);
    expect(await current('UTC')).toBe(1);
  });

  it('does not count a day that has not begun in the zone asked', async () => {
    // 11 May is today in Tokyo but tomorrow in UTC.
    await client().logReading({ ranges: ['1:1-1:7'] }, 'Asia/Tokyo');
    expect(await current('Asia/Tokyo')).toBe(1);
    expect(await current('UTC')).toBe(0);
  });

  it('does not count a day without a verse read', async () => {
    await client().logReading({ date: '2026-05-09', seconds: 300, ranges: [] });
    await readOn('2026-05-10');
    expect(await current()).toBe(1);
  });

  it('does not count days of another type', async () => {
    await client().logReading({ date: '2026-05-09', type: 'LESSON', ranges: ['1:1-1:7'] });
    await readOn('2026-05-10');
    expect(await current()).toBe(1);
  });

  it.each([
    ['', 400],
    ['?type=LESSON', 400],
    ['?type=quran', 400],
  ])('refuses type %s with %i', async (query, status) => {
    const answer = await client().api('GET', `/streaks/current-streak-days${query}`);
    expect(answer).toMatchObject({ status, body: { type: 'invalid_request' } });
  });
});

describe('streak history', () => {
  beforeEach(async () => {
    // Runs: 1–3 May (3 days), 5 May (1 day), 8–10 May (3 days, current).
    await readOn('2026-05-01', '2026-05-02', '2026-05-03', '2026-05-05');
    await readOn('2026-05-08', '2026-05-09', '2026-05-10');
  });

  it('lists every run, the current one ACTIVE, newest first', async () => {
    expect(await history()).toEqual([
      {
        id: expect.stringMatching(/^c/),
        startDate: '2026-05-08T00:00:00.000Z',
        endDate: '2026-05-10T23:59:59.999Z',
        type: 'QURAN',
        status: 'ACTIVE',
        days: 3,
      },
      expect.objectContaining({ startDate: '2026-05-05T00:00:00.000Z', days: 1 }),
      expect.objectContaining({
        startDate: '2026-05-01T00:00:00.000Z',
        endDate: '2026-05-03T23:59:59.999Z',
        status: 'BROKEN',
        days: 3,
      }),
    ]);
  });

  it('writes the start and end of the days in the reader’s zone', async () => {
    const [streak] = await history('?first=1', 'Asia/Tokyo');
    // Tokyo: 8 May begins at 15:00 UTC on 7 May; today there (11 May) has no reading yet.
    expect(streak).toMatchObject({
      startDate: '2026-05-07T15:00:00.000Z',
      endDate: '2026-05-10T14:59:59.999Z',
      status: 'ACTIVE',
    });
  });

  it.each<[string, string[]]>([
    ['?sortOrder=asc', ['2026-05-01', '2026-05-05', '2026-05-08']],
    ['?orderBy=days', ['2026-05-08', '2026-05-01', '2026-05-05']],
    ['?orderBy=days&sortOrder=asc', ['2026-05-05', '2026-05-01', '2026-05-08']],
    ['?status=BROKEN', ['2026-05-05', '2026-05-01']],
    ['?status=ACTIVE', ['2026-05-08']],
    ['?type=QURAN&from=2026-05-04', ['2026-05-08', '2026-05-05']],
    ['?to=2026-05-05', ['2026-05-05', '2026-05-01']],
    ['?first=1&sortOrder=asc', ['2026-05-01']],
    ['?last=1', ['2026-05-01']],
  ])('answers %s', async (query, starts) => {
    const streaks = await history(query);
    expect(streaks.map((s) => s.startDate.slice(0, 10))).toEqual(starts);
  });

  it('keeps a streak’s id while it grows', async () => {
    const [before] = await history();
    await at(Date.parse('2026-05-11T08:00:00Z'));
    await readOn('2026-05-11');
    const [after] = await history();
    expect(after).toMatchObject({ id: before?.id, days: 4 });
  });

  it.each<[string, number]>([
    ['?status=active', 400],
    ['?orderBy=endDate', 400],
    ['?sortOrder=up', 400],
    ['?type=LESSON', 400],
    ['?first=50', 400],
    ['?first=1&last=1', 422],
    ['?from=2026-05-09&to=2026-05-01', 422],
    ['?before=cnone', 422],
  ])('refuses %s with %i', async (query, status) => {
    expect((await client().api('GET', `/streaks${query}`)).status).toBe(status);
  });
});

describe('streak control', () => {
  it.each<[string, number]>([
    ['today', 5],
    ['yesterday', 5],
  ])('makes a streak of 5 days through %s', async (through, days) => {
    await client().control('streak', { days, through, zone: 'Asia/Tokyo' });
    expect(await current('Asia/Tokyo')).toBe(days);
    const [streak] = await history('', 'Asia/Tokyo');
    expect(streak).toMatchObject({ status: 'ACTIVE', days });
  });

  it('makes the streak exactly as long as asked, keeping the reading of its days', async () => {
    await readOn('2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08');
    await client().logReading({ ranges: ['36:1-36:12'] });
    await client().control('streak', { days: 2, through: 'yesterday' });
    expect(await current()).toBe(2);
    const listed = await client().read<{ date: string; ranges: string[] }[]>('/activity-days');
    expect(listed.data.map(({ date, ranges }) => [date, ranges])).toEqual([
      ['2026-05-09', ['1:1-1:7']],
      ['2026-05-08', ['112:1-112:4']],
      ['2026-05-06', ['112:1-112:4']],
      ['2026-05-05', ['112:1-112:4']],
      ['2026-05-04', ['112:1-112:4']],
    ]);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{}, /days/],
    [{ days: 0 }, /days/],
    [{ days: 3, through: 'tomorrow' }, /through/],
    [{ days: 3, zone: 'Mars/Olympus' }, /zone/],
    [{ days: 3, length: 3 }, /length/],
  ])('refuses %j', async (body, message) => {
    const answer = await client().control('streak', body);
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
  });
});
