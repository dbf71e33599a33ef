import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type SandboxRequest,
  sendFromExtensionPage,
  setTokens,
  setupJourney,
  type TestSandbox,
  waitFor,
} from './harness';
import {
  accountShown,
  choose,
  fillField,
  isCreate,
  regionSays,
  SLOW,
  signedInShown,
} from './popup-page';

/** The token lifecycle as the reader lives it: expiry during use, a refused refresh. */
const journey = setupJourney();

const CLIENT_ID = 'quran-goals-sandbox';
const isApi = (r: SandboxRequest) => r.path.startsWith('/auth/');
const isRefresh = (r: SandboxRequest) =>
  r.path === '/oauth2/token' && (r.body as { grant_type?: string }).grant_type === 'refresh_token';

/** The refresh token the background keeps now (e2e-only hook), or null when signed out. */
async function storedRefreshToken(page: Page): Promise<string | null> {
  const reply = (await sendFromExtensionPage(page, { name: 'e2e:runtimeState', payload: {} })) as {
    value: { tokens: { refreshToken: string | null } | null };
  };
  return reply.value.tokens?.refreshToken ?? null;
}

/** Posts a form to the sandbox's OAuth2 server, as another holder of the token would. */
function oauthPost(sandbox: TestSandbox, path: string, form: Record<string, string>) {
  return fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }),
  });
}

/** Whether the sandbox's User API still accepts `accessToken`. */
async function accepted(sandbox: TestSandbox, accessToken: string): Promise<boolean> {
  const response = await fetch(
    `${sandbox.url}/auth/v1/goals/get-todays-plan?type=QURAN_TIME&mushafId=4`,
    {
      headers: { 'x-auth-token': accessToken, 'x-client-id': CLIENT_ID, 'x-timezone': 'UTC' },
    },
  );
  return response.ok;
}

/** Signs in from `page` with sandbox tokens the background believes good for an hour. */
async function signInFor(page: Page): Promise<{ access: string; refresh: string }> {
  const minted = await setTokens(page, journey.sandbox, {}, Date.now() + 3_600_000);
  if (!minted.refresh_token) throw new Error('The sandbox gave no refresh token.');
  return { access: minted.access_token, refresh: minted.refresh_token };
}

// Pages of the last test are closed first: none of their calls may run into the next test.
beforeEach(async () => {
  for (const page of journey.browser.context.pages().slice(1)) await page.close();
});

describe('an access token that expires while the extension is in use', () => {
  it('is refreshed before use when close to expiry, and the reader only sees the goal made', async () => {
    const { browser, sandbox } = journey;
    await sandbox.reset();
    await sandbox.settings({ tokenLifetime: 2 });
    const popup = await browser.openPopup();
    const minted = await setTokens(popup, sandbox);
    await popup.reload();
    await signedInShown(popup);

    await choose(popup, 'Goal type', 'Pages');
    await fillField(popup, 'Pages per day', '2');
    await popup.getByRole('button', { name: 'Create goal' }).click();
    await regionSays(popup, 'status', 'Goal created.');

    const requests = await sandbox.requests();
    const first = requests.findIndex(isCreate);
    const refreshes = requests.slice(0, first).filter(isRefresh);
    expect(refreshes.length).toBeGreaterThan(0);
    expect(refreshes.every((r) => r.status === 200)).toBe(true);
    // Under load a two-second token may lapse on its way: then one more refresh and retry.
    const creates = requests.filter(isCreate);
    expect(creates.at(-1)?.status).toBe(200);
    expect(creates.some((r) => r.headers['x-auth-token'] === minted.access_token)).toBe(false);
    expect(await sandbox.goals()).toHaveLength(1);
    expect(await storedRefreshToken(popup)).not.toBe(minted.refresh_token);
    expect(await popup.getByRole('alert').textContent()).toBe('');
    expect(journey.workerErrors.errors).toEqual([]);
  });

  // The documents give 401 ("unauthorized") and 403 ("… access token … having been expired")
  // for a token the API does not take: the sandbox's `expiredToken` answers either.
  it.each([401, 403] as const)(
    'is refreshed once after the API refuses it with %i, and every call is answered',
    async (status) => {
      const { sandbox } = journey;
      await sandbox.reset();
      await sandbox.settings({ tokenLifetime: 1, expiredToken: status });
      // Signed in from the options page, which calls no API: the popup opens once it expired.
      const options = await journey.browser.openPage('options.html');
      const { access, refresh } = await signInFor(options);
      await waitFor(async () => !(await accepted(sandbox, access)), {
        ...SLOW,
        message: 'the sandbox to refuse the expired token',
      });
      await sandbox.settings({ tokenLifetime: 3600 });
      await sandbox.clearRequests();

      const popup = await journey.browser.openPopup();
      await signedInShown(popup);
      await choose(popup, 'Goal type', 'Pages');
      await fillField(popup, 'Pages per day', '3');
      await popup.getByRole('button', { name: 'Create goal' }).click();
      await regionSays(popup, 'status', 'Goal created.');

      const requests = await sandbox.requests();
      const refreshes = requests.filter(isRefresh);
      expect(refreshes).toHaveLength(1);
      expect(refreshes[0]?.body).toMatchObject({ refresh_token: refresh });
      const calls = requests.filter(isApi);
      const refused = calls.filter((r) => r.headers['x-auth-token'] === access);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.every((r) => r.status === status)).toBe(true);
      const renewed = calls.filter((r) => r.headers['x-auth-token'] !== access);
      expect(renewed.every((r) => r.status === 200)).toBe(true);
      expect(renewed.filter(isCreate)).toHaveLength(1);
      expect(await sandbox.goals()).toHaveLength(1);
      expect(await storedRefreshToken(popup)).not.toBe(refresh);
      expect(await popup.getByRole('alert').textContent()).toBe('');
      expect(journey.workerErrors.errors).toEqual([]);
    },
  );
});

describe('a refresh token used again after it was rotated', () => {
  it('is refused: the reader is signed out, asked to sign in again, and keeps the draft to send after', async () => {
    const { browser, sandbox } = journey;
    await sandbox.reset();
    // Signed in from the options page, which calls no API, before the popup opens: no popup
    // call with the tokens the reset revoked is then on its way beside the new sign-in.
    const start = await browser.openPage('options.html');
    const { access, refresh } = await signInFor(start);
    await start.close();
    const popup = await browser.openPopup();
    await signedInShown(popup);
    await choose(popup, 'Goal type', 'Pages');
    await fillField(popup, 'Pages per day', '5');
    // The popup is idle once today's plan and the draft's estimate are answered.
    const answered = (path: string, query: Record<string, string>) =>
      sandbox.waitForRequest(
        (r) =>
          r.path.endsWith(path) &&
          r.status === 200 &&
          Object.entries(query).every(([key, value]) => r.query[key] === value),
        SLOW,
      );
    await answered('/get-todays-plan', { type: 'QURAN_PAGES' });
    await answered('/estimate', { type: 'QURAN_PAGES', amount: '5' });

    // Another holder of the refresh token rotates it, and the access token is withdrawn.
    expect((await oauthPost(sandbox, '/oauth2/token', grant(refresh))).status).toBe(200);
    expect((await oauthPost(sandbox, '/oauth2/revoke', { token: access })).status).toBe(200);
    await sandbox.clearRequests();

    await popup.getByRole('button', { name: 'Create goal' }).click();
    const alert = await regionSays(popup, 'alert', 'Sign in again');
    expect(alert).toContain('your goal is kept');
    await popup.getByRole('alert').getByRole('button', { name: 'Sign in' }).waitFor(SLOW);
    expect(
      await popup.getByRole('textbox', { name: 'Pages per day', exact: true }).inputValue(),
    ).toBe('5');

    const requests = await sandbox.requests();
    const refreshes = requests.filter(isRefresh);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.status).toBe(400);
    expect(requests.filter(isCreate).every((r) => r.status === 401)).toBe(true);
    expect(await sandbox.goals()).toEqual([]);
    expect(
      await sendFromExtensionPage(popup, { name: 'getAccountState', payload: {} }),
    ).toMatchObject({ ok: true, value: { signedIn: false } });
    expect(await storedRefreshToken(popup)).toBeNull();

    const options = await browser.openPage('options.html');
    await options.getByText('Not signed in on Sandbox (this computer).').waitFor(SLOW);
    await options.getByRole('button', { name: 'Sign in', exact: true }).waitFor(SLOW);

    await popup.reload();
    await accountShown(popup);
    await popup.getByText('Sign in to create a goal. Your draft is kept.').waitFor(SLOW);
    expect(
      await popup.getByRole('textbox', { name: 'Pages per day', exact: true }).inputValue(),
    ).toBe('5');

    // Signing in again from the popup, on the consent page, and the kept draft is sent.
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    const consent = await waitFor(
      () => browser.context.pages().find((p) => p.url().startsWith(`${sandbox.url}/oauth2/auth`)),
      { ...SLOW, message: 'the sign-in window on the consent page' },
    );
    await consent.getByRole('button', { name: 'Approve' }).click();
    await signedInShown(popup);
    expect(
      await popup.getByRole('textbox', { name: 'Pages per day', exact: true }).inputValue(),
    ).toBe('5');
    await popup.getByRole('button', { name: 'Create goal' }).click();
    await regionSays(popup, 'status', 'Goal created.');
    expect(await sandbox.goals()).toMatchObject([{ type: 'QURAN_PAGES', amount: 5 }]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});

/** The form of a refresh-token grant. */
function grant(refreshToken: string): Record<string, string> {
  return { grant_type: 'refresh_token', refresh_token: refreshToken };
}
