import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { browserClient } from '@/entrypoints/popup/client';
import { PortRequestSchema } from '@/utils/messages';
import { PROTOCOL_PORT } from '@/utils/messaging';

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

describe('browserClient.send', () => {
  it('answers the background’s result, and names the cause when the background stopped', async () => {
    const { api, ports } = fakeApi();
    const client = browserClient(api);
    const answered = client.send('getOutbox', {});
    // The messaging client comes with the first message (it is not in the first paint).
    await vi.waitFor(() => expect(ports.map((port) => port.name)).toEqual([PROTOCOL_PORT]));
    ports[0]?.answer(ports[0]?.requests[0]?.id ?? -1, { ok: true, value: { entries: [] } });
    expect(await answered).toEqual({ ok: true, value: { entries: [] } });

    const stopped = client.send('getOutbox', {});
    await vi.waitFor(() => expect(ports[0]?.requests).toHaveLength(2));
    ports[0]?.disconnect();
    expect(await stopped).toMatchObject({
      ok: false,
      error: { kind: 'unknown', message: 'The extension did not answer. Reload it and try again.' },
    });
  });
});
