import { describe, expect, it } from 'vitest';
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
});
