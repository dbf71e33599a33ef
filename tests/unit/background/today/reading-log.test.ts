import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ActivityApi, createActivityApi } from '@/entrypoints/background/api/activity-api';
import { createTransport } from '@/entrypoints/background/api/transport';
import {
  createReadingLog,
  type ReadingLogDeps,
  readingLanded,
} from '@/entrypoints/background/today/reading-log';
import type { ActivityDay, ReadingEntry } from '@/utils/activity';
import { GoalsError } from '@/utils/errors';
import { type QueuedReading, readingQueueItem } from '@/utils/storage/readings';
import { requestProblems } from '../../../contract/request-check';
import { startAuthKit } from '../sandbox-kit';

// The reading log against the sandbox, which answers as the official documents say
// (contract/qf-api): what a day holds is read through the sandbox's own test controls.

const ZONE = 'Asia/Karachi';
const READER = 'reader-a';
const OTHER = 'reader-b';
const SCOPE = 'openid offline_access activity_day';
const LOG_PATH = '/auth/v1/activity-days';
const SETTLE_MS = 60_000;
const DAY_MS = 86_400_000;
const noWait = { sleep: async () => {}, random: () => 0 };

/** A date in the reader's zone, `YYYY-MM-DD`, read with Intl alone. */
const dateIn = (at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, dateStyle: 'short' }).format(at);

const range = (a: [number, number], b: [number, number]) => ({
  from: { surah: a[0], ayah: a[1] },
  to: { surah: b[0], ayah: b[1] },
});
const BAQARAH_1_5: ReadingEntry = { mushafId: 4, ranges: [range([2, 1], [2, 5])], seconds: 120 };

let kit: Awaited<ReturnType<typeof startAuthKit>>;
beforeAll(async () => {
  kit = await startAuthKit();
});
afterAll(() => kit.close());

/** Calls a test control of the sandbox. */
async function control(path: string, body?: unknown): Promise<unknown> {
  const answer = await fetch(`${kit.sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!answer.ok) throw new Error(`sandbox ${path}: ${answer.status}`);
  return answer.json();
}

/** Signs the background in as `sub`, with the activity-day scopes. */
async function signInAs(sub: string) {
  const minted = (await control('tokens', {
    clientId: kit.environment.clientId,
    sub,
    scope: SCOPE,
  })) as { access_token: string; refresh_token?: string; scope: string };
  await kit.auth.adoptTokens({
    accessToken: minted.access_token,
    expiresAt: Date.now() + 3_600_000,
    refreshToken: minted.refresh_token,
    scopes: minted.scope.split(' '),
    subject: sub,
  });
}

interface HeldDay {
  sub: string;
  date: string;
  type: string;
  secondsRead: number;
  ranges: string[];
}
/** The Quran days the sandbox holds for a reader, as its test control lists them. */
async function daysOf(sub = READER): Promise<HeldDay[]> {
  const { days } = (await control(`activity-days?zone=${encodeURIComponent(ZONE)}`)) as {
    days: HeldDay[];
  };
  return days.filter((day) => day.sub === sub && day.type === 'QURAN');
}

const posts = async () =>
  (await kit.requests(LOG_PATH)).filter((request) => request.method === 'POST');

/** Shifts the reading log's clock from the real one. */
let shift = 0;

function readingLog(overrides: Partial<ReadingLogDeps> = {}) {
  return createReadingLog({
    api: createActivityApi(kit.transport),
    owner: () => kit.auth.owner(),
    timeZone: async () => ZONE,
    store: {
      read: () => readingQueueItem.getValue(),
      write: (entries) => readingQueueItem.setValue(entries),
    },
    now: () => Date.now() + shift,
    settleMs: SETTLE_MS,
    clock: noWait,
    ...overrides,
  });
}

/** The activity API, with `before` run ahead of the next POST only. */
function beforeNextPost(before: () => Promise<unknown>): ActivityApi {
  const api = createActivityApi(kit.transport);
  let armed = true;
  return {
    ...api,
    async logActivity(body) {
      if (armed) {
        armed = false;
        await before();
      }
      return api.logActivity(body);
    },
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  shift = 0;
  await control('reset', {});
  await signInAs(READER);
  await kit.clearRequests();
});

describe('logging a reading', () => {
  it('reads the day, then sends one POST the documents accept, dated today in the reader’s zone', async () => {
    const today = dateIn(Date.now());
    const answer = await readingLog().log(BAQARAH_1_5);
    expect(answer).toEqual({ status: 'logged', date: today, seconds: 120, ranges: ['2:1-2:5'] });
    const sent = await posts();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.status).toBe(200);
    expect(sent[0]?.body).toEqual({
      type: 'QURAN',
      seconds: 120,
      ranges: ['2:1-2:5'],
      mushafId: 4,
      date: today,
    });
    expect(sent.flatMap((request) => requestProblems(request))).toEqual([]);
    // The day was read before the POST (its baseline), for that date alone.
    const [first] = await kit.requests();
    expect([first?.method, first?.path, first?.query]).toEqual([
      'GET',
      LOG_PATH,
      expect.objectContaining({ from: today, to: today, type: 'QURAN' }),
    ]);
    expect((await daysOf()).map((d) => [d.date, d.secondsRead, d.ranges])).toEqual([
      [today, 120, ['2:1-2:5']],
    ]);
    expect(await readingQueueItem.getValue()).toEqual([]);
  });

  it('without minutes, sends the seconds the reading-time estimate gives', async () => {
    // The sandbox's estimate is the verses times `readingRate` seconds (sandbox/README.md).
    await control('settings', { readingRate: 7 });
    const entry: ReadingEntry = { mushafId: 4, ranges: [range([2, 1], [2, 5])] };
    const answer = await readingLog().log(entry);
    expect(answer).toMatchObject({ status: 'logged', seconds: 5 * 7 });
    const [estimate] = await kit.requests(`${LOG_PATH}/estimate-reading-time`);
    expect(estimate?.query).toMatchObject({ ranges: '2:1-2:5' });
    const sent = await posts();
    expect(sent.map((r) => (r.body as { seconds: number }).seconds)).toEqual([35]);
    expect(sent.flatMap((r) => requestProblems(r))).toEqual([]);
  });

  it('after a 5xx, reads the day, finds nothing new and sends once more: counted once', async () => {
    const today = dateIn(Date.now());
    await control('activity-days', { sub: READER, secondsRead: 300, ranges: ['67:1-67:10'] });
    await kit.fault({ route: 'logActivity', status: 503 });
    const answer = await readingLog().log(BAQARAH_1_5);
    expect(answer).toMatchObject({ status: 'logged', date: today, seconds: 120 });
    const calls = (await kit.requests(LOG_PATH)).map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['GET 200', 'POST 503', 'GET 200', 'POST 200']);
    expect((await daysOf()).map((d) => [d.secondsRead, d.ranges])).toEqual([
      [420, ['2:1-2:5', '67:1-67:10']],
    ]);
  });

  it('stored, then the connection cut: the day shows it, so it is found and never resent', async () => {
    await control('activity-days', { sub: READER, secondsRead: 300, ranges: ['1:1-1:7'] });
    await kit.fault({ route: 'logActivity', commitThenDrop: true });
    const answer = await readingLog().log(BAQARAH_1_5);
    expect(answer).toMatchObject({ status: 'found', seconds: 120, ranges: ['2:1-2:5'] });
    expect(await posts()).toHaveLength(1);
    expect((await daysOf()).map((d) => d.secondsRead)).toEqual([420]);
    expect(await readingQueueItem.getValue()).toEqual([]);
  });

  it('refused by the service (4xx): thrown as it is, nothing queued', async () => {
    // The documents: "If passed, it must be today or a past date".
    const future = dateIn(Date.now() + 2 * DAY_MS);
    const refused = await readingLog()
      .log({ ...BAQARAH_1_5, date: future })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GoalsError);
    expect((refused as GoalsError).info).toMatchObject({
      kind: 'unprocessable_entity',
      status: 422,
    });
    expect(await posts()).toHaveLength(1);
    expect(await readingQueueItem.getValue()).toEqual([]);
    expect(await daysOf()).toEqual([]);
  });
});

describe('a reading the service cannot take now', () => {
  it('is queued for its account when the POST is cut and the day cannot be read, then sent once', async () => {
    // Logged just before midnight yesterday: it stays yesterday's when it goes today.
    shift = -DAY_MS;
    const yesterday = dateIn(Date.now() + shift);
    await kit.fault({ route: 'logActivity', drop: true });
    const api = beforeNextPost(() => kit.fault({ route: 'activityDays', drop: true, count: 3 }));
    const log = readingLog({ api });
    const answer = await log.log(BAQARAH_1_5);
    expect(answer).toMatchObject({ status: 'queued', error: { kind: 'network' } });
    const [entry] = (await readingQueueItem.getValue()) as QueuedReading[];
    expect(entry).toMatchObject({
      id: (answer as { entryId: string }).entryId,
      owner: { environment: kit.environment.apiBaseUrl, subject: READER },
      reading: { date: yesterday, seconds: 120 },
      baseline: { secondsRead: 0, ranges: [] },
      state: 'waiting',
    });
    expect(entry?.postedAt).toEqual(expect.any(Number));
    expect(await log.list()).toHaveLength(1);

    // Too soon after the cut POST: nothing is read or sent yet.
    await kit.clearRequests();
    expect(await log.flush()).toHaveLength(1);
    expect(await kit.requests(LOG_PATH)).toEqual([]);

    // The next day, the day is read first, then it is sent once, for the day it was logged.
    shift = 0;
    expect(await log.flush()).toEqual([]);
    const calls = (await kit.requests(LOG_PATH)).map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['GET 200', 'POST 200']);
    expect((await posts())[0]?.body).toMatchObject({ date: yesterday, seconds: 120 });
    expect((await daysOf()).map((d) => [d.date, d.secondsRead])).toEqual([[yesterday, 120]]);
    expect(await readingQueueItem.getValue()).toEqual([]);
    // Nothing left to send: a second flush sends nothing.
    await log.flush();
    expect(await posts()).toHaveLength(1);
  });

  it('that landed while the answer was lost is found on the later send, not sent again', async () => {
    await kit.fault({ route: 'logActivity', commitThenDrop: true });
    const api = beforeNextPost(() => kit.fault({ route: 'activityDays', drop: true, count: 3 }));
    expect(await readingLog({ api }).log(BAQARAH_1_5)).toMatchObject({ status: 'queued' });
    // A new worker, over the same storage, once the cut request has had time to settle.
    shift = SETTLE_MS;
    expect(await readingLog().flush()).toEqual([]);
    expect(await posts()).toHaveLength(1);
    expect((await daysOf()).map((d) => d.secondsRead)).toEqual([120]);
  });

  it('that timed out is not sent again at once: it waits, and is found once it landed', async () => {
    const transport = createTransport({
      environment: async () => kit.environment,
      timeZone: async () => ZONE,
      accessToken: () => kit.auth.accessToken(),
      refreshAfterRejection: (rejected) => kit.auth.refreshAfterRejection(rejected),
      signInAgain: (rejected) => kit.auth.signInAgain(rejected),
      timeoutMs: 300,
    });
    // The service takes the reading after the client gave up waiting.
    await kit.fault({ route: 'logActivity', delayMs: 900 });
    const answer = await readingLog({ api: createActivityApi(transport) }).log(BAQARAH_1_5);
    expect(answer).toMatchObject({ status: 'queued', error: { kind: 'timeout' } });
    expect(await readingQueueItem.getValue()).toMatchObject([{ postedAt: expect.any(Number) }]);
    await vi.waitFor(async () => expect(await daysOf()).toHaveLength(1), { timeout: 3000 });
    shift = SETTLE_MS;
    expect(await readingLog().flush()).toEqual([]);
    expect(await posts()).toHaveLength(1);
    expect((await daysOf()).map((d) => d.secondsRead)).toEqual([120]);
  });

  it('of another account is neither listed nor sent; its own account sends it', async () => {
    // Offline before anything is sent: the day cannot be read, so no POST leaves.
    await kit.fault({ route: 'activityDays', drop: true, count: 3 });
    const log = readingLog();
    expect(await log.log(BAQARAH_1_5)).toMatchObject({ status: 'queued' });
    expect(await posts()).toEqual([]);

    await signInAs(OTHER);
    expect(await log.list()).toEqual([]);
    expect(await log.flush()).toEqual([]);
    expect(await log.cancel((await readingQueueItem.getValue())[0]?.id ?? '')).toEqual([]);
    expect(await posts()).toEqual([]);
    expect(await readingQueueItem.getValue()).toHaveLength(1);

    await signInAs(READER);
    expect(await log.flush()).toEqual([]);
    expect(await posts()).toHaveLength(1);
    expect((await daysOf(READER)).map((d) => d.secondsRead)).toEqual([120]);
    expect(await daysOf(OTHER)).toEqual([]);
  });

  it('is not queued when no account is signed in: the failure is thrown', async () => {
    await kit.fault({ route: 'activityDays', drop: true, count: 3 });
    const log = readingLog({ owner: async () => null });
    await expect(log.log(BAQARAH_1_5)).rejects.toMatchObject({ info: { kind: 'network' } });
    expect(await readingQueueItem.getValue()).toEqual([]);
  });

  it('can be cancelled by its account, and is then never sent', async () => {
    await kit.fault({ route: 'activityDays', drop: true, count: 3 });
    const log = readingLog();
    const answer = await log.log(BAQARAH_1_5);
    expect(await log.cancel((answer as { entryId: string }).entryId)).toEqual([]);
    await log.flush();
    expect(await posts()).toEqual([]);
  });
});

describe('whether a day shows a reading', () => {
  const day = (fields: Partial<ActivityDay>): ActivityDay => ({
    id: 'd1',
    date: '2026-05-10',
    progress: 0,
    type: 'QURAN',
    mushafId: 4,
    ...fields,
  });
  const sent = { seconds: 60, ranges: ['2:1-2:5'] };

  it('reads the seconds when the API gives them', () => {
    const before = { secondsRead: 100, ranges: ['2:1-2:5'] };
    expect(readingLanded(before, day({ secondsRead: 160 }), sent)).toBe(true);
    expect(readingLanded(before, day({ secondsRead: 100, ranges: ['2:1-2:5'] }), sent)).toBe(false);
    expect(readingLanded(before, undefined, sent)).toBe(false);
  });

  it('reads the ranges when the API gives no seconds, and cannot tell when they were there', () => {
    const before = { secondsRead: null, ranges: ['1:1-1:7'] };
    expect(readingLanded(before, day({ ranges: ['1:1-1:7,2:1-2:9'] }), sent)).toBe(true);
    expect(readingLanded(before, day({ ranges: ['1:1-1:7', '2:1-2:3'] }), sent)).toBe(false);
    const already = { secondsRead: null, ranges: ['2:1-2:10'] };
    expect(readingLanded(already, day({ ranges: ['2:1-2:10'] }), sent)).toBeNull();
  });
});
