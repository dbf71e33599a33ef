import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { browserClient } from '@/entrypoints/popup/client';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
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
      error: {
        kind: 'no_answer',
        message: 'The extension did not answer. Reload it and try again.',
      },
    });
  });
});

describe('browserClient: the first paint’s reads', () => {
  /** storage.local in memory, with its onChanged event, and a page's localStorage. */
  function storageApi(items: Record<string, unknown>, failing = false) {
    const local = new Map(Object.entries(items));
    type Changes = Record<string, { newValue?: unknown }>;
    const listeners = new Set<(changes: Changes, area: string) => void>();
    const fire = (changes: Changes) => {
      for (const listener of listeners) listener(changes, 'local');
    };
    const api = {
      storage: {
        local: {
          async get(keys: string[]) {
            if (failing) throw new Error('storage closed');
            return Object.fromEntries(
              keys.filter((k) => local.has(k)).map((k) => [k, local.get(k)]),
            );
          },
          async set(values: Record<string, unknown>) {
            for (const [key, value] of Object.entries(values)) local.set(key, value);
            fire(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { newValue: v }])));
          },
          async remove(key: string) {
            local.delete(key);
            fire({ [key]: {} });
          },
        },
        onChanged: {
          addListener: (l: (changes: Changes, area: string) => void) => listeners.add(l),
          removeListener: (l: (changes: Changes, area: string) => void) => listeners.delete(l),
        },
      },
    };
    return { api: api as unknown as WxtBrowser, fire };
  }
  const page = new Map<string, string>();
  beforeEach(() => {
    page.clear();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => page.get(key) ?? null,
      setItem: (key: string, value: string) => page.set(key, value),
      removeItem: (key: string) => page.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const storedDraft = {
    version: 1,
    draft: { ...DEFAULT_DRAFT, type: 'QURAN_PAGES', pages: '2', preset: null },
  };

  it('has no copy the first time; storage.local’s items become it, and the next opening starts from it', async () => {
    const { api } = storageApi({ popupDraft: storedDraft, settings: { mushafId: 6 } });
    const first = browserClient(api);
    expect(first.early()).toBeNull();
    const fresh = await first.load();
    expect(fresh).toMatchObject({ draft: { type: 'QURAN_PAGES', pages: '2' }, mushafId: 6 });
    expect(browserClient(api).early()).toEqual(fresh);
  });

  it('keeps the copy up to date while open: the background’s snapshot, and a sign-out', async () => {
    const { api, fire } = storageApi({});
    const client = browserClient(api);
    await client.load();
    const snapshot = {
      account: { signedIn: true, environment: {}, scopes: [] },
      plan: { hasGoal: true },
      asked: { type: 'QURAN_TIME', mushafId: 4 },
      askedAt: 1,
    };
    fire({ popupSnapshot: { newValue: snapshot } });
    expect(browserClient(api).early()?.snapshot).toEqual(snapshot);
    fire({ popupSnapshot: {} });
    expect(browserClient(api).early()?.snapshot).toBeNull();
  });

  it('writes a saved draft into the copy at once, before storage.local answers', async () => {
    const { api } = storageApi({});
    const client = browserClient(api);
    await client.load();
    void client.saveDraft({ ...DEFAULT_DRAFT, minutes: '25', preset: null });
    expect(browserClient(api).early()?.draft).toMatchObject({ minutes: '25' });
    void client.clearDraft();
    expect(browserClient(api).early()?.draft).toBeNull();
  });

  it('leaves the copy as it was when storage.local cannot be read', async () => {
    await browserClient(storageApi({ settings: { mushafId: 6 } }).api).load();
    expect(await browserClient(storageApi({}, true).api).load()).toBeNull();
    expect(browserClient(storageApi({}).api).early()).toMatchObject({ mushafId: 6 });
  });
});
