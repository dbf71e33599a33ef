import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindOfStatus, parseRetryAfter } from '@/entrypoints/background/api/api-errors';
import { createTransport, type TransportDeps } from '@/entrypoints/background/api/transport';
import type { Environment } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { CreateGoalResponseSchema } from '@/utils/goals';
import { envelope, type ScriptedAnswer, startScriptedServer } from '../scripted-server';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function transportFor(script: ScriptedAnswer[], overrides: Partial<TransportDeps> = {}) {
  const server = await startScriptedServer(script);
  close = server.close;
  const env: Environment = {
    name: 'sandbox',
    apiBaseUrl: `${server.url}/auth`,
    oauthBaseUrl: server.url,
    clientId: 'client-a',
  };
  const deps = {
    environment: async () => env,
    timeZone: async () => 'Asia/Karachi',
    accessToken: async () => 'token-1',
    refreshAfterRejection: vi.fn(async () => 'token-2'),
    signInAgain: vi.fn(async () => undefined),
    timeoutMs: 2000,
    ...overrides,
  };
  return { server, deps, transport: createTransport(deps) };
}

const create = {
  method: 'POST',
  path: '/v1/goals',
  query: { mushafId: 4 },
  body: { a: 1 },
  response: CreateGoalResponseSchema,
} as const;
const ok = { body: JSON.stringify({ success: true, data: { id: 'g1' } }) };

async function failure(promise: Promise<unknown>): Promise<GoalsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GoalsError);
  return error as GoalsError;
}

describe('createTransport', () => {
  it('sends the three headers, the query and a JSON body, and parses the answer', async () => {
    const { server, transport } = await transportFor([ok]);
    await expect(transport.request(create)).resolves.toEqual({ success: true, data: { id: 'g1' } });
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/auth/v1/goals');
    expect(request?.url.searchParams.get('mushafId')).toBe('4');
    expect(request?.headers['x-auth-token']).toBe('token-1');
    expect(request?.headers['x-client-id']).toBe('client-a');
    expect(request?.headers['x-timezone']).toBe('Asia/Karachi');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ a: 1 });
  });

  it.each([
    [400, 'invalid_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [422, 'unprocessable_entity'],
    [429, 'rate_limit_exceeded'],
    [500, 'internal_server_error'],
    [502, 'bad_gateway'],
    [503, 'service_unavailable'],
    [504, 'gateway_timeout'],
  ] as const)('turns a %i envelope into the %s kind with its message', async (status, kind) => {
    const { transport } = await transportFor([
      { status, body: envelope(kind, `server says ${status}`) },
    ]);
    const error = await failure(transport.request(create));
    expect(error.info).toMatchObject({ kind, status, message: `server says ${status}` });
  });

  it('reads Retry-After on a 429 as seconds to wait', async () => {
    const { transport } = await transportFor([
      { status: 429, headers: { 'retry-after': '30' }, body: envelope('rate_limit_exceeded') },
    ]);
    expect((await failure(transport.request(create))).info.retryAfter).toBe(30);
  });

  it('keeps the status kind when an error body is not JSON', async () => {
    const { transport } = await transportFor([
      { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>' },
    ]);
    const error = await failure(transport.request(create));
    expect(error.info).toMatchObject({ kind: 'bad_gateway', status: 502 });
    expect(error.message).toMatch(/not reachable/);
  });

  it.each([
    ['a body that is not JSON', 'oops <html>'],
    ['a body of the wrong shape', JSON.stringify({ success: true, data: {} })],
    ['an empty body', ''],
  ])('answers invalid_response for a 200 with %s', async (_, body) => {
    const { transport } = await transportFor([{ body }]);
    expect((await failure(transport.request(create))).kind).toBe('invalid_response');
  });

  it('gives up with timeout when the answer is late', async () => {
    const { transport } = await transportFor([{ ...ok, delayMs: 1000 }], { timeoutMs: 100 });
    expect((await failure(transport.request(create))).kind).toBe('timeout');
  });

  it('answers network when the connection drops', async () => {
    const { transport } = await transportFor([{ drop: true }]);
    expect((await failure(transport.request(create))).kind).toBe('network');
  });

  it('answers network when nothing listens', async () => {
    const { transport, server } = await transportFor([ok]);
    await server.close();
    close = undefined;
    expect((await failure(transport.request(create))).kind).toBe('network');
  });

  it('refreshes once after a 401 and retries with the new token', async () => {
    const { transport, server, deps } = await transportFor([
      { status: 401, body: envelope('unauthorized') },
      ok,
    ]);
    await expect(transport.request(create)).resolves.toMatchObject({ data: { id: 'g1' } });
    expect(deps.refreshAfterRejection).toHaveBeenCalledExactlyOnceWith('token-1');
    expect(server.received.map((r) => r.headers['x-auth-token'])).toEqual(['token-1', 'token-2']);
    expect(deps.signInAgain).not.toHaveBeenCalled();
  });

  it('asks to sign in again when the refreshed token is refused too', async () => {
    const { transport, server, deps } = await transportFor([
      { status: 401, body: envelope('unauthorized') },
    ]);
    expect((await failure(transport.request(create))).kind).toBe('unauthorized');
    expect(server.received).toHaveLength(2);
    expect(deps.signInAgain).toHaveBeenCalledExactlyOnceWith('token-2');
  });

  // The documents of POST /v1/goals: a 403 "can either be due to access token not being
  // passed, having been expired or … without enough permissions".
  it('refreshes once after a 403 too and retries with the new token', async () => {
    const { transport, server, deps } = await transportFor([
      { status: 403, body: envelope('forbidden') },
      ok,
    ]);
    await expect(transport.request(create)).resolves.toMatchObject({ data: { id: 'g1' } });
    expect(deps.refreshAfterRejection).toHaveBeenCalledExactlyOnceWith('token-1');
    expect(server.received.map((r) => r.headers['x-auth-token'])).toEqual(['token-1', 'token-2']);
  });

  it('answers a second 403 as forbidden, once: no loop, and the reader stays signed in', async () => {
    const { transport, server, deps } = await transportFor([
      { status: 403, body: envelope('forbidden', 'missing scope') },
    ]);
    expect((await failure(transport.request(create))).info).toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
    expect(server.received).toHaveLength(2);
    expect(deps.refreshAfterRejection).toHaveBeenCalledTimes(1);
    expect(deps.signInAgain).not.toHaveBeenCalled();
  });

  it('does not call the API when there is no token', async () => {
    const notSignedIn = new GoalsError({ kind: 'not_signed_in', message: 'Sign in first.' });
    const { transport, server } = await transportFor([ok], {
      accessToken: async () => {
        throw notSignedIn;
      },
    });
    await expect(transport.request(create)).rejects.toBe(notSignedIn);
    expect(server.received).toHaveLength(0);
  });
});

describe('kindOfStatus', () => {
  it.each([
    [418, undefined, 'invalid_request'],
    [409, 'not_found', 'not_found'],
    [599, undefined, 'internal_server_error'],
    [302, undefined, 'invalid_response'],
    [400, 'forbidden', 'invalid_request'],
  ] as const)('maps %i (envelope type %s) to %s', (status, type, kind) => {
    expect(kindOfStatus(status, type)).toBe(kind);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['120', 120],
    ['Thu, 01 Jan 2026 00:01:00 GMT', 60],
    ['soon', undefined],
    [null, undefined],
  ])('reads %s as %s seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});
