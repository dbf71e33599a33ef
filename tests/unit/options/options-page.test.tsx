// @vitest-environment happy-dom
// The background runs in this test's window too; with its host permissions the real one is not
// bound by the same-origin policy, so the window's fetch is not either.
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '@/entrypoints/background/compose';
import { App, OptionsStoreContext } from '@/entrypoints/options/App';
import { browserOptionsClient } from '@/entrypoints/options/client';
import { EnvironmentSection } from '@/entrypoints/options/EnvironmentSection';
import { createOptionsStore } from '@/entrypoints/options/store';
import { type RunningSandbox, startSandbox } from '@/sandbox/server';
import { ENVIRONMENT_DEFAULTS, type Environment } from '@/utils/environments';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '@/utils/storage';
import { REDIRECT_URL, sandboxIdentity } from '../background/sandbox-kit';
import { connectTo } from '../helpers/ports';
import { English } from './english';

const page = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
};
/** Sign-in waits on the sandbox (its first ID token makes a key) and several round trips. */
const SLOW = { timeout: 10_000 };
let sandbox: RunningSandbox;
let decision: 'approve' | 'deny';

/** The real background behind the fake runtime, answering this page as an extension page. */
function startBackground() {
  const background = createBackgroundService();
  connectTo(fakeBrowser.runtime, background.onConnect, page);
  settingsItem.watch(() => void background.auth.environmentChanged());
  return background;
}

async function openOptions() {
  const background = startBackground();
  const store = createOptionsStore(browserOptionsClient());
  render(
    <OptionsStoreContext.Provider value={store}>
      <App />
    </OptionsStoreContext.Provider>,
    { wrapper: English },
  );
  await store.start();
  await screen.findByText(/Not signed in|Signed in to/);
  return { store, background };
}

const requests = async (path: string) =>
  (
    (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as {
      path: string;
      body: unknown;
    }[]
  ).filter((r) => r.path === path);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  decision = 'approve';
  Object.assign(fakeBrowser, {
    identity: {
      getRedirectURL: () => REDIRECT_URL,
      launchWebAuthFlow: (d: { url: string; interactive: boolean }) =>
        sandboxIdentity(decision).launchWebAuthFlow(d),
    },
  });
  sandbox = await startSandbox({ port: 0, quiet: true });
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    environment: 'sandbox',
    sandboxApiBaseUrl: `${sandbox.url}/auth`,
    sandboxOauthBaseUrl: sandbox.url,
  });
});
afterEach(async () => {
  cleanup();
  await sandbox.close();
});

describe('options page', { timeout: 30_000 }, () => {
  it('shows the settings and the account as they are', async () => {
    await openOptions();
    expect(screen.getByRole('radio', { name: 'Sandbox (this computer)' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByLabelText('Sandbox API address')).toHaveProperty(
      'value',
      `${sandbox.url}/auth`,
    );
    const mushaf = screen.getByRole('combobox', { name: 'Default mushaf' }) as HTMLSelectElement;
    expect(mushaf.value).toBe('4');
    expect(mushaf.options).toHaveLength(9);
    expect(screen.getByRole('checkbox', { name: 'Set automatically' })).toHaveProperty(
      'checked',
      true,
    );
    expect(
      screen.getByText(
        new RegExp(`This browser’s time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`),
      ),
    ).toBeTruthy();
    expect(screen.getByText('Not signed in on Sandbox (this computer).')).toBeTruthy();
  });

  it('signs in through the sandbox and out again, revoking the refresh token', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('button', { name: 'Sign out' }, SLOW);
    expect(
      screen.getByText('Signed in to your Quran.com account on Sandbox (this computer).'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Signed in.'), SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' }, SLOW);
    expect(await requests('/oauth2/revoke')).toHaveLength(1);
  });

  it('shows why sign-in failed and stays signed out', async () => {
    decision = 'deny';
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/declined/);
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
  });

  it('links to the privacy policy the extension ships', async () => {
    await openOptions();
    const link = screen.getByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('/privacy.html');
  });

  it('offers the local sandbox only in a build made for it, or while it is chosen', () => {
    const choices = (build: Environment, settings: Settings) => {
      render(<EnvironmentSection build={build} settings={settings} onChange={() => {}} />, {
        wrapper: English,
      });
      const values = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
      cleanup();
      return values;
    };
    const store = { ...DEFAULT_SETTINGS, environment: 'production' as const };
    expect(choices(ENVIRONMENT_DEFAULTS.production, store)).toEqual(['production', 'prelive']);
    expect(choices(ENVIRONMENT_DEFAULTS.sandbox, store)).toEqual([
      'production',
      'prelive',
      'sandbox',
    ]);
    expect(
      choices(ENVIRONMENT_DEFAULTS.production, { ...store, environment: 'sandbox' }),
    ).toContain('sandbox');
  });

  it('signs out of the old environment when another is chosen, and explains the missing client id', async () => {
    const { background } = await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('button', { name: 'Sign out' }, SLOW);
    fireEvent.click(screen.getByRole('radio', { name: 'Quran.com (production)' }));
    await screen.findByText('Not signed in on Quran.com (production).');
    expect((await settingsItem.getValue()).environment).toBe('production');
    expect(screen.getByLabelText('Redirect URL')).toHaveProperty('value', REDIRECT_URL);
    expect(
      screen.getByText(/Quran Foundation developer console, register a “frontend or mobile app”/),
    ).toBeTruthy();
    await waitFor(async () => expect(await requests('/oauth2/revoke')).toHaveLength(1));
    await expect(background.auth.accessToken()).rejects.toMatchObject({ kind: 'not_configured' });
  });

  it('saves a client id for the chosen environment and refuses one with spaces', async () => {
    await openOptions();
    const field = screen.getByLabelText('Client id for Sandbox (this computer)');
    fireEvent.change(field, { target: { value: 'my client' } });
    expect((await screen.findByRole('alert')).textContent).toBe('A client id has no spaces.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: ' my-client ' } });
    await waitFor(async () =>
      expect((await settingsItem.getValue()).clientIds.sandbox).toBe('my-client'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes a sandbox address only when it is a full http(s) address', async () => {
    await openOptions();
    const field = screen.getByLabelText('Sandbox sign-in address');
    fireEvent.change(field, { target: { value: 'localhost 8787' } });
    await screen.findByRole('alert');
    expect((await settingsItem.getValue()).sandboxOauthBaseUrl).toBe(sandbox.url);
    fireEvent.change(field, { target: { value: 'http://localhost:9999/' } });
    await waitFor(async () =>
      expect((await settingsItem.getValue()).sandboxOauthBaseUrl).toBe('http://localhost:9999'),
    );
  });

  it('overrides the time zone with a valid IANA name only', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Set automatically' }));
    const field = await screen.findByLabelText('Time zone');
    fireEvent.change(field, { target: { value: 'Mars/Olympus' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not a time zone name/);
    fireEvent.change(field, { target: { value: 'asia/karachi' } });
    await waitFor(async () =>
      expect((await settingsItem.getValue()).timeZone).toBe('Asia/Karachi'),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Set automatically' }));
    await waitFor(async () => expect((await settingsItem.getValue()).timeZone).toBeNull());
  });

  it('saves the default mushaf', async () => {
    await openOptions();
    fireEvent.change(screen.getByRole('combobox', { name: 'Default mushaf' }), {
      target: { value: '7' },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect((await settingsItem.getValue()).mushafId).toBe(7);
  });

  it('turns the toolbar badge off and on again (on unless turned off)', async () => {
    await openOptions();
    const name = 'Show what is left of today’s reading on the toolbar button';
    const badge = screen.getByRole('checkbox', { name });
    expect(badge).toHaveProperty('checked', true);
    fireEvent.click(badge);
    await waitFor(async () => expect((await settingsItem.getValue()).badge).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name }));
    await waitFor(async () => expect((await settingsItem.getValue()).badge).toBe(true));
  });
});
