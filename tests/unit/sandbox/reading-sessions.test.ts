import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_SCOPE, useSandbox } from './sandbox-client';

/**
 * Reading sessions. The documents: "A new reading session will be created if the user does
 * not have an existing one in the past 20 minutes; otherwise, the existing reading session
 * will be updated with the latest read Ayah", listed "most recent first"; they store
 * "location only" and give no reading time, streak or goal credit.
 */

const context = useSandbox();
const client = () => context.client;
const NOW = Date.parse('2026-05-10T12:00:00Z');
const MINUTE = 60_000;
type Session = { id: string; updatedAt: string; chapterNumber: number; verseNumber: number };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await client().signIn({ scope: READING_SCOPE });
});
afterEach(() => vi.useRealTimers());

const save = (chapterNumber: unknown, verseNumber: unknown) =>
  client().api('POST', '/reading-sessions', { body: { chapterNumber, verseNumber } });
const sessions = async (query = '') =>
  (await client().read<Session[]>(`/reading-sessions${query}`)).data;
const message = async (chapter: number, verse: number) =>
  ((await save(chapter, verse)).body as { data: { message: string } }).data.message;

describe('saving the reader’s place', () => {
  it('creates a session, then updates it within 20 minutes', async () => {
    expect(await message(18, 1)).toBe('reading session created');
    vi.setSystemTime(NOW + 19 * MINUTE);
    expect(await message(18, 10)).toBe('reading session updated');
    expect(await sessions()).toEqual([
      {
        id: expect.stringMatching(/^c/),
        updatedAt: new Date(NOW + 19 * MINUTE).toISOString(),
        chapterNumber: 18,
        verseNumber: 10,
      },
    ]);
  });

  it('creates a new session 20 minutes after the last update, listed first', async () => {
    await message(18, 1);
    vi.setSystemTime(NOW + 10 * MINUTE);
    await message(18, 5);
    vi.setSystemTime(NOW + 30 * MINUTE);
    expect(await message(36, 1)).toBe('reading session created');
    expect((await sessions()).map((s) => `${s.chapterNumber}:${s.verseNumber}`)).toEqual([
      '36:1',
      '18:5',
    ]);
  });

  it('gives no reading credit', async () => {
    await message(2, 255);
    expect((await client().read('/activity-days')).data).toEqual([]);
    const streak = await client().read('/streaks/current-streak-days?type=QURAN');
    expect(streak.data).toEqual({ days: 0 });
  });

  it('pages the sessions', async () => {
    for (const [index, verse] of [1, 2, 3].entries()) {
      vi.setSystemTime(NOW + index * 25 * MINUTE);
      await message(67, verse);
    }
    const first = await client().read<Session[]>('/reading-sessions?first=2');
    expect(first.data.map((s) => s.verseNumber)).toEqual([3, 2]);
    expect(first.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await sessions(`?first=2&after=${first.pagination?.endCursor}`);
    expect(next.map((s) => s.verseNumber)).toEqual([1]);
  });

  it.each<[unknown, unknown, number]>([
    [114, 6, 200],
    [115, 1, 422],
    [1, 8, 422],
    [0, 1, 400],
    [1, 0, 400],
    [1.5, 1, 400],
    ['1', 1, 400],
    [undefined, 1, 400],
  ])('answers chapter %j, verse %j with %i', async (chapter, verse, status) => {
    expect((await save(chapter, verse)).status).toBe(status);
    expect(await sessions()).toHaveLength(status === 200 ? 1 : 0);
  });

  it('refuses a key the documents do not list', async () => {
    const answer = await client().api('POST', '/reading-sessions', {
      body: { chapterNumber: 1, verseNumber: 1, mushafId: 4 },
    });
    expect(answer).toMatchObject({ status: 400, body: { type: 'invalid_request' } });
  });

  it('keeps each reader’s sessions apart', async () => {
    await message(1, 1);
    await client().signIn({ scope: READING_SCOPE, sub: 'another-reader' });
    expect(await sessions()).toEqual([]);
    expect(await message(1, 2)).toBe('reading session created');
  });
});
