// @vitest-environment happy-dom
// The background runs in this test's window too; with its host permissions the real one is not
// bound by the same-origin policy, so the window's fetch is not either.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '@/entrypoints/background/compose';
import { AccountSection } from '@/entrypoints/options/AccountSection';
import { App, OptionsStoreContext } from '@/entrypoints/options/App';
import { browserOptionsClient } from '@/entrypoints/options/client';
import { createOptionsStore } from '@/entrypoints/options/store';
import { type RunningSandbox, startSandbox } from '@/sandbox/server';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';
import { REDIRECT_URL, sandboxIdentity } from '../background/sandbox-kit';
import { connectTo } from '../helpers/ports';
import { English } from './english';

// The account section when a sign-in lacks scopes the product needs (contract/qf-api/README.md:
// `goal`, `streak`, `activity_day`), granted or not allowed for the client at all.
const page = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
};
/** Sign-in waits on the sandbox (its first ID token makes a key) and several round trips. */
const SLOW = { timeout: 10_000 };
const GOAL_ONLY = 'openid offline_access goal';
let sandbox: RunningSandbox | undefined;
/** Changes each authorize URL before the sandbox sees it (none by default). */
let edit: ((url: URL) => void) | undefined;

async function openOptions(clientScopes?: string) {
  sandbox = await startSandbox({ port: 0, quiet: true, ...(clientScopes ? { clientScopes } : {}) });
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    environment: 'sandbox',
    sandboxApiBaseUrl: `${sandbox.url}/auth`,
    sandboxOauthBaseUrl: sandbox.url,
  });
  const background = createBackgroundService();
  connectTo(fakeBrowser.runtime, background.onConnect, page);
  settingsItem.watch(() => void background.auth.environmentChanged());
  const store = createOptionsStore(browserOptionsClient());
  render(
    <OptionsStoreContext.Provider value={store}>
      <App />
    </OptionsStoreContext.Provider>,
    { wrapper: English },
  );
  await store.start();
  await screen.findByText(/Not signed in|Signed in to/);
  return store;
}

/** Clicks Sign in and waits until the sign-in has ended, signed in. */
async function signIn() {
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Signed in.'), SLOW);
  await screen.findByRole('button', { name: 'Sign out' }, SLOW);
}

const askedScopes = async () =>
  (
    (await (await fetch(`${sandbox?.url}/__sandbox/requests`)).json()) as {
      path: string;
      query: Record<string, string>;
    }[]
  )
    .filter((r) => r.path === '/oauth2/auth')
    .map((r) => r.query.scope);

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  edit = undefined;
  Object.assign(fakeBrowser, {
    identity: {
      getRedirectURL: () => REDIRECT_URL,
      launchWebAuthFlow: (d: { url: string; interactive: boolean }) =>
        sandboxIdentity('approve', (url) => edit?.(url)).launchWebAuthFlow(d),
    },
  });
});
afterEach(async () => {
  cleanup();
  await sandbox?.close();
  sandbox = undefined;
});

describe('options page, scopes', { timeout: 30_000 }, () => {
  it('says why streaks and reading activity are hidden when the client’s registration lacks them', async () => {
    await openOptions(GOAL_ONLY);
    await signIn();
    const notice = await screen.findByText(/registration does not allow/, {}, SLOW);
    expect(notice.textContent?.replace(/\s+/g, ' ')).toBe(
      'This client’s registration does not allow reading activity and streaks: the ' +
        'sign-in server refused the scopes streak and activity_day, so Today’s streak, logging ' +
        'reading and reminders are hidden. To use them, ask for streak and activity_day to be ' +
        'added to the client quran-goals-sandbox in the Quran Foundation developer console, ' +
        'then sign in again.',
    );
    // Nothing can be granted by asking again: no "Allow access", no warning.
    expect(screen.queryByRole('button', { name: 'Allow access' })).toBeNull();
    expect(screen.queryByText(/was not granted/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });

  it('offers Allow access for needed scopes the reader did not grant, and it asks the full set', async () => {
    await openOptions();
    edit = (url) => url.searchParams.set('scope', GOAL_ONLY);
    await signIn();
    const warning = await screen.findByText(/was not granted/, {}, SLOW);
    expect(warning.textContent?.replace(/\s+/g, ' ')).toBe(
      'This sign-in was not granted streak and activity_day. Today’s streak, logging reading ' +
        'and reminders stay hidden until you allow access. Allow access signs you in again and ' +
        'asks for them.',
    );
    expect(screen.queryByText(/registration does not allow/)).toBeNull();

    edit = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    await waitFor(async () => expect(await askedScopes()).toHaveLength(2), SLOW);
    await waitFor(() => expect(screen.queryByText(/was not granted/)).toBeNull(), SLOW);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Signed in.'), SLOW);
    expect(screen.queryByRole('button', { name: 'Allow access' })).toBeNull();
    // The first sign-in was granted goal alone; Allow access asks the full set again.
    expect(await askedScopes()).toEqual([
      GOAL_ONLY,
      'openid offline_access goal streak activity_day',
    ]);
  });

  it('names the one scope refused, in the reader’s words', () => {
    render(
      <AccountSection
        account={{
          signedIn: true,
          environment: ENVIRONMENT_DEFAULTS.sandbox,
          scopes: ['openid', 'offline_access', 'goal', 'activity_day'],
          missingScopes: [],
          unavailableScopes: ['streak'],
        }}
        busy={null}
        error={null}
        onSignIn={() => {}}
        onSignOut={() => {}}
        onCopy={() => {}}
      />,
      { wrapper: English },
    );
    expect(screen.getByText(/registration does not allow/).textContent).toMatch(
      /does not allow streaks: the sign-in server refused the scope streak, so/,
    );
  });
});
