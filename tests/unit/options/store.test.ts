import { describe, expect, it, vi } from 'vitest';
import type { OptionsClient } from '@/entrypoints/options/options-client';
import { createOptionsStore } from '@/entrypoints/options/store';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import type { AccountState } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { english } from './english';

const signedOut: AccountState = {
  signedIn: false,
  environment: ENVIRONMENT_DEFAULTS.sandbox,
  scopes: [],
};

/** A client whose background answers from `answers` and whose storage may fail. */
function fakeClient(overrides: Partial<OptionsClient> = {}) {
  let broadcast: ((state: AccountState) => void) | undefined;
  const client: OptionsClient = {
    loadSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    send: vi.fn(async (name: string) =>
      name === 'signIn'
        ? {
            ok: false as const,
            error: { kind: 'sign_in_failed' as const, message: 'Sign-in was declined.' },
          }
        : { ok: true as const, value: signedOut },
    ) as OptionsClient['send'],
    onAccountState: (callback) => {
      broadcast = callback;
      return () => {
        broadcast = undefined;
      };
    },
    copy: async () => undefined,
    build: ENVIRONMENT_DEFAULTS.sandbox,
    automaticTimeZone: 'Asia/Karachi',
    ...overrides,
  };
  return { client, broadcast: (state: AccountState) => broadcast?.(state) };
}

describe('createOptionsStore', () => {
  it('reads the settings and the account when it starts, then follows broadcasts until stopped', async () => {
    const { client, broadcast } = fakeClient();
    const store = createOptionsStore(client);
    const stop = await store.start();
    expect(store.get()).toMatchObject({ settings: DEFAULT_SETTINGS, account: signedOut });
    broadcast({ ...signedOut, signedIn: true });
    expect(store.get().account?.signedIn).toBe(true);
    stop();
    broadcast(signedOut);
    expect(store.get().account?.signedIn).toBe(true);
  });

  it('keeps the shown settings and says so when saving fails', async () => {
    const { client } = fakeClient({ saveSettings: () => Promise.reject(new Error('quota')) });
    const store = createOptionsStore(client);
    await store.start();
    await store.update({ mushafId: 7 });
    expect(store.get().settings?.mushafId).toBe(DEFAULT_SETTINGS.mushafId);
    expect(english.t(store.get().problem)).toMatch(/could not be saved/);
  });

  it('shows a failed sign-in and asks for the account state again', async () => {
    const { client } = fakeClient();
    const store = createOptionsStore(client);
    await store.start();
    await store.signIn();
    expect(store.get()).toMatchObject({
      busy: null,
      error: { kind: 'sign_in_failed' },
      account: signedOut,
    });
    expect(vi.mocked(client.send).mock.calls.map(([name]) => name)).toEqual([
      'getAccountState',
      'signIn',
      'getAccountState',
    ]);
  });

  it('says when the redirect URL could not be copied', async () => {
    const { client } = fakeClient({ copy: () => Promise.reject(new Error('denied')) });
    const store = createOptionsStore(client);
    await store.copy('https://x.chromiumapp.org/');
    expect(english.t(store.get().status)).toBe('Select the address and copy it.');
  });
});
