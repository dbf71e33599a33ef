import { describe, expect, it, vi } from 'vitest';
import { createEventHub, type EventHub } from '@/entrypoints/background/messaging/events';
import { createRouter, protocolPorts } from '@/entrypoints/background/messaging/router';
import { classifySender } from '@/entrypoints/background/messaging/senders';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { type ConnectApi, createMessenger, PROTOCOL_PORT } from '@/utils/messaging';
import { connectTo } from '../helpers/ports';

const self = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id' };
const account = { signedIn: true, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: ['goal'] };

/**
 * The real background end (router, port server, event hub) behind a fake `runtime.connect`,
 * every port opened from `url` (and `tab`, as a content script's sender has).
 */
function background(url: string, tab?: { url: string }) {
  const requests: unknown[] = [];
  const router = createRouter({
    classify: (sender) => classifySender(sender, self),
    handlers: {
      getAccountState: async () => account,
      getOutbox: async () => ({ entries: [] }),
      deleteGoal: async ({ goalId }) => {
        requests.push(goalId);
        if (goalId === 'gone')
          throw new GoalsError({ kind: 'not_found', message: 'No such goal.', status: 404 });
        return {};
      },
    },
  });
  const events: EventHub = createEventHub();
  const onConnect = protocolPorts(router, events, (sender) => classifySender(sender, self));
  const api = { runtime: {} } as ConnectApi;
  const pairs = connectTo(api.runtime, onConnect, { id: self.id, url, ...(tab ? { tab } : {}) });
  return { api, events, pairs, requests };
}

const page = `${self.origin}/popup.html`;

describe('createMessenger: requests', () => {
  it('answers the value the background gives an extension page, on one protocol port', async () => {
    const { api, pairs } = background(page);
    const messenger = createMessenger(api);
    const [a, b] = await Promise.all([
      messenger.send('getAccountState', {}),
      messenger.send('getOutbox', {}),
    ]);
    expect(a).toEqual({ ok: true, value: account });
    expect(b).toEqual({ ok: true, value: { entries: [] } });
    expect(pairs.map((pair) => pair.server.name)).toEqual([PROTOCOL_PORT]);
  });

  it('answers the typed error the background gives', async () => {
    const messenger = createMessenger(background(page).api);
    expect(await messenger.send('deleteGoal', { goalId: 'gone', category: 'QURAN' })).toEqual({
      ok: false,
      error: { kind: 'not_found', message: 'No such goal.', status: 404 },
    });
  });

  it('is refused a privileged message from a content script’s port', async () => {
    const { api, requests } = background('https://quran.com/1', { url: 'https://quran.com/1' });
    const { send } = createMessenger(api);
    const result = await send('deleteGoal', { goalId: 'g', category: 'QURAN' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden_sender' } });
    expect(requests).toEqual([]);
  });

  it('answers "did not answer" when the port closes first, sends nothing again, and opens a new port next', async () => {
    const { api, pairs, requests } = background(page);
    const messenger = createMessenger(api);
    const waiting = messenger.send('deleteGoal', { goalId: 'g1', category: 'QURAN' });
    pairs[0]?.close();
    expect(await waiting).toEqual({
      ok: false,
      error: {
        kind: 'no_answer',
        message: 'The extension did not answer. Reload it and try again.',
      },
    });
    expect(await messenger.send('getOutbox', {})).toEqual({ ok: true, value: { entries: [] } });
    expect(pairs).toHaveLength(2);
    expect(requests).toEqual([]);
  });

  it('answers "did not answer" when the extension cannot be reached at all', async () => {
    const api: ConnectApi = {
      runtime: {
        connect() {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    expect(await createMessenger(api).send('getOutbox', {})).toMatchObject({
      ok: false,
      error: { kind: 'no_answer' },
    });
  });

  it('answers invalid_response when the answer is not a Result', async () => {
    const listeners: ((message: unknown) => void)[] = [];
    const api: ConnectApi = {
      runtime: {
        connect: () => ({
          onMessage: { addListener: (l) => listeners.push(l) },
          onDisconnect: { addListener: () => {} },
          postMessage: (request) => {
            const { id } = request as { id: number };
            queueMicrotask(() => {
              for (const l of listeners) l({ id, answer: { signedIn: true } });
            });
          },
        }),
      },
    };
    expect(await createMessenger(api).send('getAccountState', {})).toMatchObject({
      ok: false,
      error: { kind: 'invalid_response' },
    });
  });
});

describe('createMessenger: events', () => {
  it('hears the events of its name on the same port, checked by the background before they leave', async () => {
    const { api, events, pairs } = background(page);
    const messenger = createMessenger(api);
    const heard = vi.fn();
    const stop = messenger.on('accountStateChanged', heard);
    expect(pairs).toHaveLength(1);
    events.emit('accountStateChanged', account);
    events.emit('accountStateChanged', { signedIn: 1 } as never);
    events.emit('outboxChanged', {});
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toHaveBeenCalledExactlyOnceWith(account);
    stop();
    events.emit('accountStateChanged', account);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toHaveBeenCalledOnce();
  });

  it('opens a new port at once when the worker stops while it listens, and hears the next event', async () => {
    const { api, events, pairs } = background(page);
    const heard = vi.fn();
    createMessenger(api).on('outboxChanged', heard);
    pairs[0]?.close();
    expect(pairs).toHaveLength(2);
    events.emit('outboxChanged', {});
    await vi.waitFor(() => expect(heard).toHaveBeenCalledExactlyOnceWith({}));
  });

  it('opens no port again when nothing listens', async () => {
    const { api, pairs } = background(page);
    await createMessenger(api).send('getOutbox', {});
    pairs[0]?.close();
    expect(pairs).toHaveLength(1);
  });

  it('gives a content script’s port no events', async () => {
    const { api, events, pairs } = background('https://quran.com/1', {
      url: 'https://quran.com/1',
    });
    const heard = vi.fn();
    createMessenger(api).on('accountStateChanged', heard);
    expect(pairs).toHaveLength(1);
    events.emit('accountStateChanged', account);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).not.toHaveBeenCalled();
  });
});
