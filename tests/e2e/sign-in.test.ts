import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { type SandboxRequest, sendFromExtensionPage, setupJourney, waitFor } from './harness';

/** Real sign-ins: the options page, `launchWebAuthFlow` and the sandbox's consent page. */
const journey = setupJourney();

interface StoredTokens {
  accessToken: string | null;
  refreshToken: string | null;
  scopes: string[];
}

/** Every token the background keeps (e2e-only hook), or null when signed out. */
async function storedTokens(page: Page): Promise<StoredTokens | null> {
  const reply = (await sendFromExtensionPage(page, { name: 'e2e:runtimeState', payload: {} })) as {
    ok: boolean;
    value: { tokens: StoredTokens | null };
  };
  if (!reply.ok) throw new Error(`e2e:runtimeState was refused: ${JSON.stringify(reply)}`);
  return reply.value.tokens;
}

const signInButton = (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true });
const signOutButton = (page: Page) => page.getByRole('button', { name: 'Sign out', exact: true });
const isPost = (path: string) => (r: SandboxRequest) => r.method === 'POST' && r.path === path;

/** Clicks Sign in on the options page and answers the sign-in window the browser opened. */
async function openConsent(options: Page): Promise<Page> {
  const { browser, sandbox } = journey;
  await signInButton(options).click();
  const consent = await waitFor(
    () => browser.context.pages().find((p) => p.url().startsWith(`${sandbox.url}/oauth2/auth`)),
    { message: 'the sign-in window on the consent page', timeout: 30_000 },
  );
  await consent.getByRole('button', { name: 'Approve' }).waitFor();
  return consent;
}

/** Opens the options page of a reader who is signed out. */
async function signedOutOptions(): Promise<Page> {
  const options = await journey.browser.openPage('options.html');
  await waitFor(
    async () => {
      const account = (await options.locator('main').textContent()) ?? '';
      if (account.includes('Not signed in on Sandbox (this computer).')) return true;
      throw new Error(`the options page shows: ${account}`);
    },
    { timeout: 30_000, message: 'the options page of a signed-out reader' },
  );
  return options;
}

/** Signs in through the consent page: answers the options page showing the signed-in state. */
async function signIn(): Promise<Page> {
  const options = await signedOutOptions();
  const consent = await openConsent(options);
  await consent.getByRole('button', { name: 'Approve' }).click();
  await options
    .getByText('Signed in to your Quran.com account on Sandbox (this computer).')
    .waitFor();
  return options;
}

beforeEach(async () => {
  const { browser, sandbox } = journey;
  for (const page of browser.context.pages().slice(1)) await page.close();
  const page = await browser.openPage('options.html');
  await sendFromExtensionPage(page, { name: 'signOut', payload: {} });
  await page.close();
  await sandbox.reset();
});

describe('signing in through the sandbox consent page', () => {
  it('asks with PKCE, state and nonce for the real redirect URL, then signs in on Approve', async () => {
    const { browser, sandbox } = journey;
    const options = await signedOutOptions();
    const consent = await openConsent(options);

    const asked = new URL(consent.url()).searchParams;
    expect(asked.get('redirect_uri')).toBe(`https://${browser.extensionId}.chromiumapp.org/`);
    expect(asked.get('client_id')).toBe('quran-goals-sandbox');
    expect(asked.get('scope')).toBe('openid offline_access goal streak activity_day');
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(asked.get('state')?.length).toBeGreaterThanOrEqual(20);
    expect(asked.get('nonce')?.length).toBeGreaterThanOrEqual(20);

    await consent.getByRole('button', { name: 'Approve' }).click();
    await options
      .getByText('Signed in to your Quran.com account on Sandbox (this computer).')
      .waitFor();
    await signOutButton(options).waitFor();
    await waitFor(() => consent.isClosed(), { message: 'the sign-in window to close' });

    const exchange = await sandbox.waitForRequest(isPost('/oauth2/token'));
    expect(exchange.status).toBe(200);
    expect(exchange.body).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'quran-goals-sandbox',
      redirect_uri: `https://${browser.extensionId}.chromiumapp.org/`,
    });
    expect((exchange.body as { code_verifier: string }).code_verifier).toMatch(/^[\w.~-]{43,}$/);
    const tokens = await storedTokens(options);
    expect(tokens?.accessToken).toBeTruthy();
    expect(tokens?.refreshToken).toBeTruthy();
    expect(tokens?.scopes).toEqual(['openid', 'offline_access', 'goal', 'streak', 'activity_day']);

    const popup = await browser.openPopup();
    const plan = await sendFromExtensionPage(popup, {
      name: 'getTodaysPlan',
      payload: { type: 'QURAN_TIME', mushafId: 4 },
    });
    expect(plan).toMatchObject({ ok: true, value: { hasGoal: false } });
    const call = await sandbox.waitForRequest((r) => r.path.endsWith('/get-todays-plan'));
    expect(call.headers['x-auth-token']).toBe(tokens?.accessToken);
    expect(call.status).toBe(200);
    expect(journey.workerErrors.errors).toEqual([]);
  });

  it('stays signed out with a clear message when the reader denies', async () => {
    const { sandbox } = journey;
    const options = await signedOutOptions();
    const consent = await openConsent(options);
    await consent.getByRole('button', { name: 'Deny' }).click();

    await options
      .getByRole('alert')
      .filter({ hasText: 'Sign-in was declined, so you are still signed out.' })
      .waitFor();
    await options.getByText('Not signed in on Sandbox (this computer).').waitFor();
    expect(await signInButton(options).isEnabled()).toBe(true);
    expect(await storedTokens(options)).toBeNull();
    const requests = await sandbox.requests();
    expect(requests.filter(isPost('/oauth2/token'))).toEqual([]);
    expect(requests.filter((r) => r.path.startsWith('/auth/'))).toEqual([]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});

describe('signing out', () => {
  it('revokes the refresh token at the server and forgets every token', async () => {
    const { sandbox } = journey;
    const options = await signIn();
    const before = await storedTokens(options);
    if (!before?.refreshToken || !before.accessToken) throw new Error('Not signed in.');

    await signOutButton(options).click();
    await options.getByText('Not signed in on Sandbox (this computer).').waitFor();
    await signInButton(options).waitFor();

    const revoke = await sandbox.waitForRequest(isPost('/oauth2/revoke'));
    expect(revoke.body).toMatchObject({
      token: before.refreshToken,
      client_id: 'quran-goals-sandbox',
    });
    expect(revoke.status).toBe(200);
    expect(await storedTokens(options)).toBeNull();

    const refresh = await fetch(`${sandbox.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: before.refreshToken,
        client_id: 'quran-goals-sandbox',
      }),
    });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
    const api = await fetch(`${sandbox.url}/auth/v1/goals/get-todays-plan?type=QURAN_TIME`, {
      headers: { 'x-auth-token': before.accessToken, 'x-client-id': 'quran-goals-sandbox' },
    });
    expect(api.status).toBe(401);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
