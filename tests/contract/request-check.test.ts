import { describe, expect, it } from 'vitest';
import { operation } from './openapi';
import { type LoggedRequestLike, requestProblems } from './request-check';

// What the production User API document says of POST /v1/goals: query mushafId (required, one
// of the nine ids), headers x-auth-token and x-client-id (security), a body of type, amount,
// category and an optional duration, and no other key.
const headers = { 'x-auth-token': 'token', 'x-client-id': 'client', 'x-timezone': 'Asia/Karachi' };
const create: LoggedRequestLike = {
  method: 'POST',
  path: '/auth/v1/goals',
  query: { mushafId: '4' },
  headers,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
};

describe('requestProblems', () => {
  it('finds nothing wrong with a documented create, estimate, plan, update and delete', () => {
    expect(requestProblems(create)).toEqual([]);
    const get = (path: string, query: Record<string, string>) =>
      requestProblems({ method: 'GET', path, query, headers, body: undefined });
    expect(
      get('/auth/v1/goals/estimate', { type: 'QURAN_RANGE', amount: '1:1-1:7', mushafId: '4' }),
    ).toEqual([]);
    expect(get('/auth/v1/goals/get-todays-plan', { type: 'QURAN_PAGES', mushafId: '6' })).toEqual(
      [],
    );
    expect(
      requestProblems({
        ...create,
        method: 'PUT',
        path: '/auth/v1/goals/abc',
        body: { amount: 900 },
      }),
    ).toEqual([]);
    expect(
      requestProblems({
        method: 'DELETE',
        path: '/auth/v1/goals/abc',
        query: { category: 'QURAN' },
        headers,
        body: undefined,
      }),
    ).toEqual([]);
  });

  it.each([
    ['an undocumented path', { path: '/auth/v1/goal' }, 'no documented path /v1/goal'],
    ['an undocumented method', { method: 'PATCH' }, 'PATCH is not documented for /v1/goals'],
    ['a missing required query', { query: {} }, 'query mushafId is required'],
    ['an unknown mushaf', { query: { mushafId: '8' } }, 'query mushafId=8 is not valid'],
    [
      'an undocumented query',
      { query: { mushafId: '4', lang: 'en' } },
      'query lang is not documented',
    ],
    ['no token', { headers: { 'x-client-id': 'client' } }, 'header x-auth-token is required'],
    ['no client id', { headers: { 'x-auth-token': 'token' } }, 'header x-client-id is required'],
  ] as const)('names %s', (_, change, problem) => {
    expect(requestProblems({ ...create, ...change })).toContain(problem);
  });

  it('names a body the operation does not accept', () => {
    const [problem] = requestProblems({
      ...create,
      body: { ...(create.body as object), note: 'x' },
    });
    expect(problem).toMatch(/^body: /);
    expect(requestProblems({ ...create, body: { type: 'QURAN_TIME', amount: 600 } })[0]).toMatch(
      /category/,
    );
  });

  it('reads the activity-day body as one object, so that the document’s own example passes', () => {
    // The document closes both the top level (date, type) and its QURAN branch (seconds,
    // ranges, mushafId) to other keys; read literally, not even its example would pass.
    const requestBody = operation('production', '/v1/activity-days', 'post').requestBody as {
      content: { 'application/json': { example: Record<string, unknown> } };
    };
    const example = requestBody.content['application/json'].example;
    const log = { method: 'POST', path: '/auth/v1/activity-days', query: {}, headers };
    expect(requestProblems({ ...log, body: example })).toEqual([]);
    expect(requestProblems({ ...log, body: { ...example, note: 'x' } })[0]).toMatch(/^body: /);
    const { mushafId: _, ...withoutMushaf } = example;
    expect(requestProblems({ ...log, body: withoutMushaf })[0]).toMatch(/mushafId/);
  });

  it.each<[string, Record<string, string>, string | null]>([
    ['/auth/v1/activity-days', { first: '20', after: 'c1', type: 'QURAN' }, null],
    ['/auth/v1/activity-days', { first: '21' }, 'query first=21 is not valid'],
    ['/auth/v1/activity-days', { from: '2026-5-1' }, 'query from=2026-5-1 is not valid'],
    ['/auth/v1/activity-days/estimate-reading-time', { ranges: '1:1-1:7,2:1-2:5' }, null],
    ['/auth/v1/activity-days/estimate-reading-time', {}, 'query ranges is required'],
    ['/auth/v1/streaks/current-streak-days', {}, 'query type is required'],
    ['/auth/v1/streaks', { status: 'ACTIVE', orderBy: 'days', sortOrder: 'asc' }, null],
    ['/auth/v1/streaks', { orderBy: 'endDate' }, 'query orderBy=endDate is not valid'],
    ['/auth/v1/reading-sessions', { last: '3', before: 'c1' }, null],
  ])('checks GET %s?%j', (path, query, problem) => {
    const problems = requestProblems({ method: 'GET', path, query, headers, body: undefined });
    if (problem) expect(problems).toContain(problem);
    else expect(problems).toEqual([]);
  });
});
