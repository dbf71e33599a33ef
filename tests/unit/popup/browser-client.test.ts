import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { browserClient, portMessenger } from '@/entrypoints/popup/client';
import { PortRequestSchema } from '@/utils/messages';
import { POPUP_PORT } from '@/utils/popup-port';

type Listener<T> = (value: T) => void;

/** An extension API whose `runtime.connect` hands out ports the test answers by hand. */
function fakeApi() {
  const ports: {
    name: string;
    requests: { id: number; message: unknown }[];
    answer(id: number, answer: unknown): void;
    disconnect(): void;
  }[] = [];
  const api = {
    runtime: {
      connect({ name }: { name: string }) {
        const onMessage: Listener<unknown>[] = [];
        const onDisconnect: Listener<void>[] = [];
        let open = true;
        const port = {
          name,
          requests: [] as { id: number; message: unknown }[],
          answer: (id: number, answer: unknown) => {
            for (const listener of onMessage) listener({ id, answer });
          },
          disconnect: () => {
            open = false;
            for (const listener of onDisconnect) listener();
          },
        };
        ports.push(port);
        return {
          name,
          postMessage(message: unknown) {
            if (!open) throw new Error('Attempting to use a disconnected port object');
            port.requests.push(PortRequestSchema.parse(message));
          },
          onMessage: { addListener: (listener: Listener<unknown>) => onMessage.push(listener) },
          onDisconnect: { addListener: (listener: Listener<void>) => onDisconnect.push(listener) },
        };
      },
    },
    storage: { local: {} },
  };
  return { api: api as unknown as WxtBrowser, ports };
}

describe('portMessenger', () => {
  it('opens one popup port and matches each answer to its request, in any order', async () => {
    const { api, ports } = fakeApi();
    const post = portMessenger(api);
    const first = post({ name: 'getOutbox', payload: {} });
    const second = post({ name: 'getAccountState', payload: {} });
    expect(ports).toHaveLength(1);
    expect(ports[0]?.name).toBe(POPUP_PORT);
    const [a, b] = ports[0]?.requests ?? [];
    ports[0]?.answer(b?.id ?? -1, 'second');
    ports[0]?.answer(a?.id ?? -1, 'first');
    expect(await first).toBe('first');
    expect(await second).toBe('second');
  });

  it('refuses what was waiting when the port closes, and opens a new one for the next message', async () => {
    const { api, ports } = fakeApi();
    const post = portMessenger(api);
    const waiting = post({ name: 'createGoal', payload: {} });
    ports[0]?.disconnect();
    await expect(waiting).rejects.toThrow('The port closed.');
    const next = post({ name: 'getOutbox', payload: {} });
    expect(ports).toHaveLength(2);
    ports[1]?.answer(ports[1]?.requests[0]?.id ?? -1, 'answered');
    expect(await next).toBe('answered');
    expect(ports[0]?.requests).toHaveLength(1);
  });
});

describe('browserClient.send', () => {
  it('answers the background’s result, and names the cause when the background stopped', async () => {
    const { api, ports } = fakeApi();
    const client = browserClient(api);
    const answered = client.send('getOutbox', {});
    ports[0]?.answer(ports[0]?.requests[0]?.id ?? -1, { ok: true, value: { entries: [] } });
    expect(await answered).toEqual({ ok: true, value: { entries: [] } });

    const stopped = client.send('getOutbox', {});
    ports[0]?.disconnect();
    expect(await stopped).toMatchObject({
      ok: false,
      error: { kind: 'unknown', message: 'The extension did not answer. Reload it and try again.' },
    });
  });
});
