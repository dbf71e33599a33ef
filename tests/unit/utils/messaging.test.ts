import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/entrypoints/background/messaging/router';
import { classifySender } from '@/entrypoints/background/messaging/senders';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { onBackgroundEvent, sendMessage } from '@/utils/messaging';

const self = { id: fakeBrowser.runtime.id, origin: `chrome-extension://${fakeBrowser.runtime.id}` };
const account = { signedIn: true, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: ['goal'] };

/** Serves the router on the fake runtime as if every message came from `url`. */
function serveFrom(url: string, tab?: { url: string }) {
  const router = createRouter({
    classify: (sender) => classifySender(sender, self),
    handlers: {
      getAccountState: async () => account,
      deleteGoal: async ({ goalId }) => {
        if (goalId === 'gone')
          throw new GoalsError({ kind: 'not_found', message: 'No such goal.', status: 404 });
        return {};
      },
    },
  });
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) =>
    router(message, { id: self.id, url, tab }, sendResponse),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sendMessage', () => {
  it('answers the value the background gives an extension page', async () => {
    serveFrom(`${self.origin}/popup.html`);
    expect(await sendMessage('getAccountState', {})).toEqual({ ok: true, value: account });
  });

  it('answers the typed error the background gives', async () => {
    serveFrom(`${self.origin}/popup.html`);
    expect(await sendMessage('deleteGoal', { goalId: 'gone', category: 'QURAN' })).toEqual({
      ok: false,
      error: { kind: 'not_found', message: 'No such goal.', status: 404 },
    });
  });

  it('is refused a privileged message from a content script', async () => {
    serveFrom('https://quran.com/1', { url: 'https://quran.com/1' });
    const result = await sendMessage('deleteGoal', { goalId: 'g', category: 'QURAN' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden_sender' } });
  });

  it('answers a typed error when nothing listens', async () => {
    expect(await sendMessage('getAccountState', {})).toMatchObject({
      ok: false,
      error: { kind: 'unknown' },
    });
  });

  it('answers invalid_response when the answer is out of shape', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => {
      sendResponse({ ok: true, value: { signedIn: 'yes' } });
      return true;
    });
    expect(await sendMessage('getAccountState', {})).toMatchObject({
      ok: false,
      error: { kind: 'invalid_response' },
    });
  });
});

describe('onBackgroundEvent', () => {
  it('calls back with well-formed broadcasts of its name only', async () => {
    const callback = vi.fn();
    const stop = onBackgroundEvent('accountStateChanged', callback);
    await fakeBrowser.runtime.sendMessage({ name: 'accountStateChanged', payload: account });
    await fakeBrowser.runtime.sendMessage({
      name: 'accountStateChanged',
      payload: { signedIn: 1 },
    });
    await fakeBrowser.runtime.sendMessage({ name: 'somethingElse', payload: account });
    expect(callback).toHaveBeenCalledExactlyOnceWith(account);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
