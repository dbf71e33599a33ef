import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '@/entrypoints/background/compose';
import type { MessageListener } from '@/entrypoints/background/messaging/router';
import { type RunningSandbox, startSandbox } from '@/sandbox/server';
import type { Result } from '@/utils/messages';
import { DEFAULT_SETTINGS, popupSnapshotItem, settingsItem } from '@/utils/storage';
import { type Logged, REDIRECT_URL, sandboxIdentity } from './sandbox-kit';

const popup = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
};
const contentScript = {
  id: fakeBrowser.runtime.id,
  url: 'https://quran.com/1',
  tab: { url: 'https://quran.com/1' },
};

function ask(listener: MessageListener, sender: object, name: string, payload: unknown = {}) {
  return new Promise<Result<unknown> | 'ignored'>((resolve) => {
    if (!listener({ name, payload }, sender, resolve)) resolve('ignored');
  });
}

let sandbox: RunningSandbox;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  Object.assign(fakeBrowser, { identity: sandboxIdentity('approve') });
  sandbox = await startSandbox({ port: 0, quiet: true });
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    environment: 'sandbox',
    sandboxApiBaseUrl: `${sandbox.url}/auth`,
    sandboxOauthBaseUrl: sandbox.url,
  });
});
afterEach(() => sandbox.close());

describe('createBackgroundService', () => {
  it('answers the account state to extension pages and content scripts alike', async () => {
    const { onMessage } = createBackgroundService();
    for (const sender of [popup, contentScript]) {
      expect(await ask(onMessage, sender, 'getAccountState')).toMatchObject({
        ok: true,
        value: {
          signedIn: false,
          environment: { apiBaseUrl: `${sandbox.url}/auth` },
          redirectUrl: REDIRECT_URL,
        },
      });
    }
  });

  it('signs in and creates a goal in the sandbox with the three headers', async () => {
    const { onMessage } = createBackgroundService();
    expect(await ask(onMessage, popup, 'signIn')).toMatchObject({
      ok: true,
      value: { signedIn: true },
    });
    const goal = { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } };
    expect(await ask(onMessage, popup, 'createGoal', { goal })).toMatchObject({
      ok: true,
      value: { status: 'created' },
    });
    const requests = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as Logged[];
    const create = requests.find((r) => r.method === 'POST' && r.path.startsWith('/auth/v1/goals'));
    expect(create?.status).toBe(200);
    expect(create?.body).toEqual(goal.body);
    expect(create?.headers['x-client-id']).toBe('quran-goals-sandbox');
    expect(create?.headers['x-timezone']).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(create?.headers['x-auth-token']).toBeTruthy();
  });

  it('keeps the account and today’s plan for the popup’s next first paint, and forgets them at sign-out', async () => {
    const { onMessage } = createBackgroundService();
    await ask(onMessage, popup, 'signIn');
    const asked = { type: 'QURAN_TIME', mushafId: 4 };
    const plan = await ask(onMessage, popup, 'getTodaysPlan', asked);
    expect(plan).toMatchObject({ ok: true, value: { hasGoal: false } });
    expect(await popupSnapshotItem.getValue()).toMatchObject({
      account: { signedIn: true, environment: { apiBaseUrl: `${sandbox.url}/auth` } },
      plan: (plan as { value: unknown }).value,
      asked,
    });
    await ask(onMessage, popup, 'signOut');
    expect(await popupSnapshotItem.getValue()).toBeNull();
  });

  it('refuses goal actions and sign-in to content scripts', async () => {
    const { onMessage } = createBackgroundService();
    for (const name of ['createGoal', 'signIn', 'signOut', 'getTodaysPlan']) {
      expect(await ask(onMessage, contentScript, name, {})).toMatchObject({
        ok: false,
        error: { kind: 'forbidden_sender' },
      });
    }
  });

  it('answers the popup the page context its tab’s top frame reads now; content scripts may not ask', async () => {
    const { onMessage } = createBackgroundService();
    const window = await fakeBrowser.windows.create({ focused: true });
    if (!window) throw new Error('The fake browser made no window.');
    const tab = await fakeBrowser.tabs.create({
      windowId: window.id,
      url: 'https://quran.com/1',
      active: true,
    });
    // The fake browser calls the previously focused window "last focused": focus another after.
    await fakeBrowser.windows.create({ focused: true });
    const context = {
      url: 'https://quran.com/1',
      site: 'quran.com',
      suggestions: [
        {
          kind: 'surah',
          number: 1,
          range: { from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 7 } },
        },
      ],
    };
    const sendMessage = vi.fn(async (..._args: unknown[]) => context);
    Object.assign(fakeBrowser.tabs, { sendMessage });
    const reporter = { ...contentScript, tab: { id: tab.id, url: 'https://quran.com/1' } };
    expect(await ask(onMessage, reporter, 'getPopupContext')).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await ask(onMessage, reporter, 'reportPageContext', context)).toBe('ignored');
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await ask(onMessage, popup, 'getPopupContext')).toEqual({
      ok: true,
      value: { pageContext: context, prefill: null },
    });
    expect(sendMessage).toHaveBeenCalledWith(tab.id, { name: 'getPageContext' }, { frameId: 0 });
  });

  it('has no test-only hooks outside e2e builds', async () => {
    const { onMessage } = createBackgroundService();
    expect(await ask(onMessage, popup, 'e2e:setTokens', { accessToken: 'x' })).toBe('ignored');
    expect(await ask(onMessage, popup, 'e2e:runtimeState')).toBe('ignored');
  });

  it('answers not_signed_in for a goal action before sign-in', async () => {
    const { onMessage } = createBackgroundService();
    expect(
      await ask(onMessage, popup, 'getTodaysPlan', { type: 'QURAN_TIME', mushafId: 4 }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not_signed_in' },
    });
  });
});
