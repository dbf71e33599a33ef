import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { POPUP_PORT } from '@/utils/popup-port';
import { DEFAULT_SETTINGS, pageContextsItem, settingsItem } from '@/utils/storage';
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
  it('adds its message listener synchronously in main()', () => {
    const main = background.main as () => void;
    main();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  it('serves the popup port, added synchronously in main()', async () => {
    (background.main as () => void)();
    expect(connectListeners).toHaveLength(1);
    const posted: unknown[] = [];
    const messages: ((message: unknown) => void)[] = [];
    for (const listener of connectListeners)
      listener({
        name: POPUP_PORT,
        sender: {
          id: fakeBrowser.runtime.id,
          url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
        },
        onMessage: { addListener: (l: (message: unknown) => void) => messages.push(l) },
        postMessage: (answer: unknown) => posted.push(answer),
      });
    for (const listener of messages)
      listener({ id: 5, message: { name: 'getOutbox', payload: {} } });
    await vi.waitFor(() =>
      expect(posted).toEqual([{ id: 5, answer: { ok: true, value: { entries: [] } } }]),
    );
  });

  it('tells open pages the new account state when the environment changes', async () => {
    (background.main as () => void)();
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => {
      heard.push(message);
    });
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      environment: 'prelive',
      clientIds: { ...DEFAULT_SETTINGS.clientIds, prelive: 'abc' },
    });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toMatchObject({
      name: 'accountStateChanged',
      payload: {
        signedIn: false,
        environment: { name: 'prelive', clientId: 'abc' },
        redirectUrl: REDIRECT_URL,
      },
    });
  });

  it('forgets the page context of a tab that closes', async () => {
    (background.main as () => void)();
    const context = { url: 'https://quran.com/1', site: 'quran.com', suggestions: [] };
    await pageContextsItem.setValue({ 5: context, 6: context });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(Object.keys(await pageContextsItem.getValue())).toEqual(['6']),
    );
  });
});
