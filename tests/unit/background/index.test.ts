import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { PROTOCOL_PORT } from '@/utils/messaging';
import { DEFAULT_SETTINGS, outboxItem, settingsItem } from '@/utils/storage';
import { REDIRECT_URL, sandboxIdentity } from './sandbox-kit';

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  Object.assign(fakeBrowser, { identity: sandboxIdentity('approve') });
  // fake-browser has no context menus: an event that only keeps listeners is enough here.
  Object.assign(fakeBrowser, { contextMenus: { onClicked: { addListener: vi.fn() } } });
  // Nor ports: the listeners main() adds are kept here, and the test connects by hand.
  connectListeners = [];
  Object.assign(fakeBrowser.runtime, {
    onConnect: {
      addListener: (listener: (port: unknown) => void) => connectListeners.push(listener),
    },
  });
});
let connectListeners: ((port: unknown) => void)[] = [];

describe('background entrypoint', () => {
  it('serves the protocol port, added synchronously in main(), and no runtime.onMessage', async () => {
    (background.main as () => void)();
    expect(connectListeners).toHaveLength(1);
    const posted: unknown[] = [];
    const messages: ((message: unknown) => void)[] = [];
    for (const listener of connectListeners)
      listener({
        name: PROTOCOL_PORT,
        sender: {
          id: fakeBrowser.runtime.id,
          url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
        },
        onMessage: { addListener: (l: (message: unknown) => void) => messages.push(l) },
        onDisconnect: { addListener: () => {} },
        postMessage: (answer: unknown) => posted.push(answer),
      });
    for (const listener of messages)
      listener({ id: 5, message: { name: 'getOutbox', payload: {} } });
    await vi.waitFor(() =>
      expect(posted).toEqual([{ id: 5, answer: { ok: true, value: { entries: [] } } }]),
    );
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  /** Opens a protocol port from `path` of the extension, as a page would. */
  function connectFrom(path: string) {
    const posted: unknown[] = [];
    for (const listener of connectListeners)
      listener({
        name: PROTOCOL_PORT,
        sender: {
          id: fakeBrowser.runtime.id,
          url: `chrome-extension://${fakeBrowser.runtime.id}${path}`,
        },
        onMessage: { addListener: () => {} },
        onDisconnect: { addListener: () => {} },
        postMessage: (message: unknown) => posted.push(message),
      });
    return posted;
  }

  it('tells open pages the new account state on their port when the environment changes', async () => {
    (background.main as () => void)();
    const heard = connectFrom('/options.html');
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      environment: 'prelive',
      clientIds: { ...DEFAULT_SETTINGS.clientIds, prelive: 'abc' },
    });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toMatchObject({
      event: 'accountStateChanged',
      payload: {
        signedIn: false,
        environment: { name: 'prelive', clientId: 'abc' },
        redirectUrl: REDIRECT_URL,
      },
    });
  });

  it('tells open pages on their port when the outbox changes', async () => {
    (background.main as () => void)();
    const heard = connectFrom('/popup.html');
    await outboxItem.setValue([]);
    await vi.waitFor(() => expect(heard).toEqual([{ event: 'outboxChanged', payload: {} }]));
  });
});
