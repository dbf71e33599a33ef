import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { e2eRoutes } from '@/entrypoints/background/messaging/e2e-hooks';
import { createRouter } from '@/entrypoints/background/messaging/router';
import type { SenderClass } from '@/entrypoints/background/messaging/senders';
import { createPageContexts } from '@/entrypoints/background/pages/page-contexts';
import { pendingPrefillItem } from '@/utils/storage';
import { startAuthKit } from '../sandbox-kit';

let kit: Awaited<ReturnType<typeof startAuthKit>>;
beforeEach(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
});
afterEach(() => kit.close());

const pages = createPageContexts(async () => undefined);
const badge = { refresh: vi.fn(async () => {}) };
const reminders = { ring: vi.fn(async () => {}) };

function hook(senderClass: SenderClass, name: string, payload: unknown) {
  const router = createRouter({
    handlers: {},
    classify: () => senderClass,
    extraRoutes: e2eRoutes({
      auth: kit.auth,
      tokens: kit.tokens,
      pages,
      badge: badge as never,
      reminders: reminders as never,
      logRange: async () => {
        throw new Error('Not logged here.');
      },
    }),
  });
  return new Promise((resolve) => router({ name, payload }, {}, resolve));
}

describe('e2eRoutes', () => {
  it('e2e:setTokens signs in with the given tokens, usable against the sandbox', async () => {
    const minted = await kit.mint();
    const expiresAt = Date.now() + 600_000;
    const answer = await hook('extension-page', 'e2e:setTokens', {
      accessToken: minted.access_token,
      refreshToken: minted.refresh_token,
      expiresAt,
    });
    expect(answer).toMatchObject({ ok: true, value: { signedIn: true } });
    expect(await kit.auth.accessToken()).toBe(minted.access_token);
    expect(await hook('extension-page', 'e2e:runtimeState', {})).toEqual({
      ok: true,
      value: {
        tokens: {
          accessToken: minted.access_token,
          refreshToken: minted.refresh_token,
          expiresAt,
          scopes: ['openid', 'offline_access', 'goal', 'streak', 'activity_day'],
          environment: kit.environment,
        },
      },
    });
  });

  it('refuses content scripts and malformed payloads', async () => {
    expect(await hook('content-script', 'e2e:setTokens', { accessToken: 'a' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await hook('content-script', 'e2e:runtimeState', {})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await hook('extension-page', 'e2e:setTokens', { accessToken: '' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_message' },
    });
    expect(await kit.tokens.load()).toBeNull();
  });

  it('e2e:menuClick runs the selection menu’s click on a tab, for extension pages only', async () => {
    const windows = { create: vi.fn(async (_: unknown) => ({ id: 9 })) };
    const action = { setBadgeText: vi.fn(async () => {}), setTitle: vi.fn(async () => {}) };
    const i18n = { getMessage: () => 'Quran Goals', getUILanguage: () => 'en' };
    Object.assign(fakeBrowser, { windows, action, i18n });
    // No content script answers: the selected text's references are read.
    Object.assign(fakeBrowser.tabs, { sendMessage: vi.fn(async () => undefined) });
    const tab = await fakeBrowser.tabs.create({ url: 'https://quran.com/2' });
    const click = { tabId: tab.id, selectionText: '2:255-2:257', window: true };
    expect(await hook('content-script', 'e2e:menuClick', click)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await hook('extension-page', 'e2e:menuClick', { tabId: 'one' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_message' },
    });
    expect(windows.create).not.toHaveBeenCalled();
    const range = { from: { surah: 2, ayah: 255 }, to: { surah: 2, ayah: 257 } };
    expect(await hook('extension-page', 'e2e:menuClick', click)).toEqual({
      ok: true,
      value: { found: true, range },
    });
    expect(await pendingPrefillItem.getValue()).toEqual(range);
    expect(windows.create).toHaveBeenCalledOnce();
  });

  it('e2e:ringAlarm does what the badge’s alarms do, and knows no other', async () => {
    badge.refresh.mockClear();
    expect(await hook('extension-page', 'e2e:ringAlarm', { name: 'badge' })).toEqual({
      ok: true,
      value: { rang: true },
    });
    expect(await hook('extension-page', 'e2e:ringAlarm', { name: 'badge-day' })).toMatchObject({
      value: { rang: true },
    });
    expect(await hook('extension-page', 'e2e:ringAlarm', { name: 'outbox' })).toMatchObject({
      value: { rang: false },
    });
    expect(badge.refresh).toHaveBeenCalledTimes(2);
  });

  it('e2e:ringAlarm rings the reminders’ alarms with the instant they were set for', async () => {
    reminders.ring.mockClear();
    expect(
      await hook('extension-page', 'e2e:ringAlarm', { name: 'reminder', scheduledTime: 5 }),
    ).toMatchObject({ value: { rang: true } });
    expect(await hook('extension-page', 'e2e:ringAlarm', { name: 'reminder-nudge' })).toMatchObject(
      { value: { rang: true } },
    );
    expect(reminders.ring.mock.calls).toEqual([
      ['reminder', 5],
      ['nudge', undefined],
    ]);
  });
});
