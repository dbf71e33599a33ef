import type { ErrorInfo } from '@/utils/errors';
import type { AccountState } from '@/utils/messages';
import type { Settings } from '@/utils/storage';
import { createStore } from '@/utils/store';
import type { OptionsClient } from './options-client';

/** What the options page shows; every change makes a new object. */
export interface OptionsState {
  /** null until read from storage. */
  settings: Settings | null;
  /** null until the background has answered. */
  account: AccountState | null;
  busy: 'signIn' | 'signOut' | null;
  error: ErrorInfo | null;
  /** A short confirmation for screen readers and eyes: its message's key (`opt_statusSaved`). */
  status: string;
  /** The key of the message saying why a change was not saved, or ''. */
  problem: string;
}

/** The options page's state and actions, around a client. */
export function createOptionsStore(client: OptionsClient) {
  const store = createStore<OptionsState>({
    settings: null,
    account: null,
    busy: null,
    error: null,
    status: '',
    problem: '',
  });
  const { get, set } = store;

  async function refreshAccount() {
    const answer = await client.send('getAccountState', {});
    if (answer.ok) set({ account: answer.value });
    else set({ error: answer.error });
  }

  async function account(name: 'signIn' | 'signOut') {
    set({ busy: name, error: null, status: '' });
    const answer = await client.send(name, {});
    if (answer.ok) {
      set({
        busy: null,
        account: answer.value,
        status: answer.value.signedIn ? 'opt_statusSignedIn' : 'opt_statusSignedOut',
      });
    } else {
      set({ busy: null, error: answer.error });
      await refreshAccount();
    }
  }

  return {
    get,
    subscribe: store.subscribe,
    /** Reads the settings and the account, and follows the background's broadcasts. */
    async start(): Promise<() => void> {
      const stop = client.onAccountState((next) => set({ account: next }));
      set({ settings: await client.loadSettings() });
      await refreshAccount();
      return stop;
    },
    /** Saves a change at once (a new environment signs the reader out of the old one). */
    async update(patch: Partial<Settings>) {
      const current = get().settings;
      if (!current) return;
      const settings = { ...current, ...patch };
      try {
        await client.saveSettings(settings);
      } catch {
        set({ problem: 'opt_notSaved', status: '' });
        return;
      }
      set({ settings, status: 'opt_statusSaved', problem: '', error: null });
      await refreshAccount();
    },
    signIn: () => account('signIn'),
    signOut: () => account('signOut'),
    copy: (text: string) =>
      client.copy(text).then(
        () => set({ status: 'opt_statusCopied' }),
        () => set({ status: 'opt_statusCopyFailed' }),
      ),
    build: client.build,
    automaticTimeZone: client.automaticTimeZone,
  };
}

/** The options store. */
export type OptionsStore = ReturnType<typeof createOptionsStore>;
