import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createRouter, type Handlers } from '@/entrypoints/background/messaging/router';
import type { SenderClass } from '@/entrypoints/background/messaging/senders';
import { GoalsError } from '@/utils/errors';
import { type MessageName, PROTOCOL, type Result } from '@/utils/messages';
import { PROTOCOL_SAMPLES } from '../protocol-samples';

const NAMES = Object.keys(PROTOCOL) as MessageName[];

function routerAnswering(senderClass: SenderClass, handlers?: Handlers) {
  const calls: { name: string; payload: unknown }[] = [];
  const all = Object.fromEntries(
    NAMES.map((name) => [
      name,
      async (payload: unknown) => {
        calls.push({ name, payload });
        return PROTOCOL_SAMPLES[name].answer;
      },
    ]),
  ) as Handlers;
  const router = createRouter({ handlers: handlers ?? all, classify: () => senderClass });
  const send = (message: unknown) =>
    new Promise<{ handled: boolean; answer?: Result<unknown> }>((resolve) => {
      const handled = router(message, {}, (answer) => resolve({ handled, answer }));
      if (!handled) resolve({ handled });
    });
  return { send, calls };
}

describe('createRouter', () => {
  it('has samples for every message of the protocol', () => {
    expect(Object.keys(PROTOCOL_SAMPLES).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: answers a valid request from an extension page', async (name) => {
    const { send, calls } = routerAnswering('extension-page');
    const { answer } = await send({ name, payload: PROTOCOL_SAMPLES[name].valid });
    expect(answer).toEqual({
      ok: true,
      value: PROTOCOL[name].response.parse(PROTOCOL_SAMPLES[name].answer),
    });
    expect(calls).toEqual([
      { name, payload: PROTOCOL[name].request.parse(PROTOCOL_SAMPLES[name].valid) },
    ]);
  });

  it.each(
    NAMES.flatMap((name) =>
      PROTOCOL_SAMPLES[name].malformed.map((payload) => [name, payload] as const),
    ),
  )('%s: refuses the malformed payload %j with invalid_message', async (name, payload) => {
    const { send, calls } = routerAnswering('extension-page');
    const { answer } = await send({ name, payload });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid_message' } });
    expect(calls).toEqual([]);
  });

  it.each(NAMES)(
    '%s: from a content script, served only when the protocol says any',
    async (name) => {
      const { send, calls } = routerAnswering('content-script');
      const { answer } = await send({ name, payload: PROTOCOL_SAMPLES[name].valid });
      if (PROTOCOL[name].from === 'any') expect(answer?.ok).toBe(true);
      else {
        expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden_sender' } });
        expect(calls).toEqual([]);
      }
    },
  );

  it.each(NAMES)('%s: refused to a foreign sender', async (name) => {
    const { send, calls } = routerAnswering('foreign');
    const { answer } = await send({ name, payload: PROTOCOL_SAMPLES[name].valid });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden_sender' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a string', 'createGoal'],
    ['null', null],
    ['an envelope without a name', { payload: {} }],
    ['an unknown name', { name: 'pageContextFromOtherScript', payload: {} }],
    ['an inherited name', { name: 'toString', payload: {} }],
  ])('leaves %s to other listeners', async (_, message) => {
    const { send } = routerAnswering('extension-page');
    expect(await send(message)).toEqual({ handled: false });
  });

  it('leaves a protocol message it has no handler for', async () => {
    const { send } = routerAnswering('extension-page', {});
    expect(await send({ name: 'signIn', payload: {} })).toEqual({ handled: false });
  });

  it('answers a typed error a handler throws', async () => {
    const error = new GoalsError({
      kind: 'rate_limit_exceeded',
      message: 'Slow down.',
      status: 429,
      retryAfter: 3,
    });
    const { send } = routerAnswering('extension-page', {
      signOut: async () => {
        throw error;
      },
    });
    expect((await send({ name: 'signOut', payload: {} })).answer).toEqual({
      ok: false,
      error: error.info,
    });
  });

  it('answers unknown for anything else thrown', async () => {
    const { send } = routerAnswering('extension-page', {
      signOut: () => Promise.reject(new TypeError('boom')),
    });
    expect((await send({ name: 'signOut', payload: {} })).answer).toEqual({
      ok: false,
      error: { kind: 'unknown', message: 'boom' },
    });
  });

  it('refuses to send an answer out of shape', async () => {
    const { send } = routerAnswering('extension-page', {
      getAccountState: async () => ({ signedIn: 'maybe' }) as never,
    });
    const { answer } = await send({ name: 'getAccountState', payload: {} });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid_response' } });
  });

  it('serves extra routes with their own schema and sender rule', async () => {
    const handle = vi.fn(async (payload: unknown) => payload);
    const extraRoutes = {
      'test:echo': {
        from: 'extension' as const,
        request: z.object({ n: z.int() }),
        response: z.object({ n: z.int() }),
        handle,
      },
    };
    const page = createRouter({ handlers: {}, classify: () => 'extension-page', extraRoutes });
    const script = createRouter({ handlers: {}, classify: () => 'content-script', extraRoutes });
    const ask = (router: typeof page, payload: unknown) =>
      new Promise((resolve) => router({ name: 'test:echo', payload }, {}, resolve));
    expect(await ask(page, { n: 2 })).toEqual({ ok: true, value: { n: 2 } });
    expect(await ask(page, { n: 'two' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_message' },
    });
    expect(await ask(script, { n: 2 })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(handle).toHaveBeenCalledOnce();
  });
});
