import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../sandbox/server';
import { CLIENT_ID, READING_SCOPE, SandboxClient, useSandbox } from './sandbox-client';

const context = useSandbox();
const TIME_GOAL = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' };
const create = () => context.client.api('POST', '/goals?mushafId=4', { body: TIME_GOAL });
const plan = () => context.client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4');
const goalCount = async () =>
  ((await context.client.control('goals')).body as { goals: unknown[] }).goals.length;
const lastRequest = async () =>
  ((await context.client.control('requests')).body as { status: number | null }[]).at(-1);

afterEach(() => vi.useRealTimers());

describe('fault injection', () => {
  it('answers the next N calls of a route with the injected status, then recovers', async () => {
    await context.client.control('faults', { route: 'todaysPlan', status: 503, count: 2 });
    expect((await create()).status).toBe(200);
    expect((await plan()).status).toBe(503);
    expect((await plan()).body).toMatchObject({ type: 'service_unavailable' });
    expect((await plan()).status).toBe(200);
  });

  it('forgets the faults still queued on DELETE', async () => {
    await context.client.control('faults', { route: 'todaysPlan', status: 503, count: 5 });
    expect((await plan()).status).toBe(503);
    expect((await context.client.control('faults', undefined, 'DELETE')).status).toBe(200);
    expect((await plan()).status).toBe(200);
  });

  it('delays an answer', async () => {
    await context.client.control('faults', { route: 'estimate', delayMs: 300 });
    const started = performance.now();
    const answer = await context.client.api(
      'GET',
      '/goals/estimate?type=QURAN_TIME&amount=60&mushafId=4',
    );
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('drops the connection without doing the work', async () => {
    await context.client.control('faults', { route: 'createGoal', drop: true });
    await expect(create()).rejects.toThrow(/fetch failed/);
    expect(await goalCount()).toBe(0);
    expect(await lastRequest()).toMatchObject({ status: null });
  });

  it('stores the goal, then breaks its answer halfway (commitThenDrop)', async () => {
    await context.client.control('faults', { route: 'createGoal', commitThenDrop: true });
    await expect(create()).rejects.toThrow(/terminated|fetch failed/);
    expect(await lastRequest()).toMatchObject({ status: null });
    expect(await goalCount()).toBe(1);
    expect((await plan()).body).toMatchObject({ data: { hasGoal: true } });
  });

  it('credits a logged batch, then breaks its answer halfway (commitThenDrop)', async () => {
    await context.client.signIn({ scope: READING_SCOPE });
    await context.client.control('faults', { route: 'logActivity', commitThenDrop: true });
    const log = () => context.client.logReading({ seconds: 45, ranges: ['1:1-1:7'] });
    await expect(log()).rejects.toThrow(/terminated|fetch failed/);
    // Sent again, the same batch counts twice: the API has no idempotency key.
    expect((await log()).status).toBe(200);
    const days = await context.client.read<{ secondsRead: number }[]>('/activity-days');
    expect(days.data).toEqual([expect.objectContaining({ secondsRead: 90 })]);
  });

  it.each([
    ['logActivity', () => context.client.logReading({ seconds: 5 })],
    ['activityDays', () => context.client.api('GET', '/activity-days')],
    [
      'estimateReadingTime',
      () => context.client.api('GET', '/activity-days/estimate-reading-time'),
    ],
    ['currentStreak', () => context.client.api('GET', '/streaks/current-streak-days?type=QURAN')],
    ['streaks', () => context.client.api('GET', '/streaks')],
    ['readingSessions', () => context.client.api('GET', '/reading-sessions')],
    ['saveReadingSession', () => context.client.api('POST', '/reading-sessions', { body: {} })],
  ])('injects a fault into %s before its checks', async (route, call) => {
    await context.client.control('faults', { route, status: 503 });
    expect(await call()).toMatchObject({ status: 503, body: { type: 'service_unavailable' } });
    expect((await call()).status).not.toBe(503);
  });

  it('answers 200 with a body that is not JSON', async () => {
    await context.client.control('faults', { route: 'todaysPlan', malformed: true });
    const answer = await plan();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it.each([
    [
      'token',
      () =>
        context.client.form('/oauth2/token', {
          grant_type: 'refresh_token',
          client_id: CLIENT_ID,
          refresh_token: 'x',
        }),
    ],
    ['revoke', () => context.client.form('/oauth2/revoke', { token: 'x', client_id: CLIENT_ID })],
  ])('drops and breaks the %s endpoint too', async (route, call) => {
    await context.client.control('faults', { route, drop: true });
    await expect(call()).rejects.toThrow(/fetch failed/);
    await context.client.control('faults', { route, malformed: true });
    const malformed = await call();
    expect(() => JSON.parse(malformed.text)).toThrow();
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown route', { route: 'listGoals', status: 500 }],
    ['an undocumented status', { route: 'estimate', status: 418 }],
    ['a fault that does nothing', { route: 'estimate' }],
    ['a count of zero', { route: 'estimate', status: 500, count: 0 }],
    ['a delay that is not a number', { route: 'estimate', delayMs: '1s' }],
  ])('refuses %s', async (_, fault) => {
    expect((await context.client.control('faults', fault)).status).toBe(400);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After beyond the limit, until the window ends', async () => {
    await context.client.control('rate-limit', { limit: 2, windowMs: 30_000 });
    expect((await plan()).status).toBe(200);
    expect((await plan()).status).toBe(200);
    const limited = await plan();
    expect(limited).toMatchObject({
      status: 429,
      body: { type: 'rate_limit_exceeded', success: false },
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 30_000 });
    expect((await plan()).status).toBe(200);
  });

  it('counts a minute when no window is given', async () => {
    await context.client.control('rate-limit', { limit: 1 });
    await plan();
    const limited = await plan();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(55);
  });

  it.each([
    ['DELETE', () => context.client.control('rate-limit', {}, 'DELETE')],
    ['a limit of 0', () => context.client.control('rate-limit', { limit: 0 })],
  ])('is lifted by %s', async (_, lift) => {
    await context.client.control('rate-limit', { limit: 1, windowMs: 60_000 });
    await plan();
    expect((await plan()).status).toBe(429);
    await lift();
    expect((await plan()).status).toBe(200);
  });
});

describe('closing', () => {
  it('closes promptly while a delayed answer is pending', async () => {
    const sandbox = await startSandbox({ port: 0, quiet: true });
    const client = new SandboxClient(sandbox.url);
    await client.signIn();
    await client.control('faults', { route: 'todaysPlan', delayMs: 60_000 });
    const pending = client
      .api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4')
      .catch((e: Error) => e);
    await vi.waitFor(async () => expect((await client.control('requests')).body).toHaveLength(1));
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
