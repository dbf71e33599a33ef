import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAuthService } from '@/entrypoints/background/auth/auth-service';
import { GoalsError } from '@/utils/errors';
import { TodaysPlanResponseSchema } from '@/utils/goals';
import { sandboxIdentity, startAuthKit } from '../sandbox-kit';

let kit: Awaited<ReturnType<typeof startAuthKit>>;
beforeEach(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
});
afterEach(() => kit.close());

const soon = () => Date.now() + 30_000;
const plan = {
  method: 'GET',
  path: '/v1/goals/get-todays-plan',
  query: { type: 'QURAN_PAGES', mushafId: 4 },
  response: TodaysPlanResponseSchema,
} as const;
const tokenCalls = async () =>
  (await kit.requests('/oauth2/token')).map((r) => (r.body as Record<string, string>).grant_type);

describe('accessToken', () => {
  it('answers the stored token while it is fresh, without a refresh', async () => {
    const minted = await kit.signInWithMinted();
    expect(await kit.auth.accessToken()).toBe(minted.access_token);
    expect(await tokenCalls()).toEqual([]);
  });

  it('refreshes a token that expires within a minute and stores the rotated refresh token first', async () => {
    const minted = await kit.signInWithMinted(soon());
    const fresh = await kit.auth.accessToken();
    expect(fresh).not.toBe(minted.access_token);
    const stored = await kit.tokens.load();
    expect(stored?.accessToken).toBe(fresh);
    expect(stored?.refreshToken).toBeTruthy();
    expect(stored?.refreshToken).not.toBe(minted.refresh_token);
    expect(stored?.expiresAt).toBeGreaterThan(Date.now() + 3_000_000);
    expect(await tokenCalls()).toEqual(['refresh_token']);
  });

  it('shares one refresh between many calls in flight', async () => {
    await kit.signInWithMinted(soon());
    const tokens = await Promise.all(Array.from({ length: 8 }, () => kit.auth.accessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(await tokenCalls()).toEqual(['refresh_token']);
  });

  it('shares one refresh between API calls refused with 401, then retries each once', async () => {
    const minted = await kit.mint();
    await kit.auth.adoptTokens({
      accessToken: 'not-a-token',
      expiresAt: Date.now() + 3_600_000,
      refreshToken: minted.refresh_token,
    });
    const plans = await Promise.all(Array.from({ length: 5 }, () => kit.transport.request(plan)));
    expect(plans.every((answer) => answer.success)).toBe(true);
    expect(await tokenCalls()).toEqual(['refresh_token']);
    const calls = await kit.requests('/auth/v1/goals/get-todays-plan');
    expect(calls.map((c) => c.status).sort()).toEqual([
      200, 200, 200, 200, 200, 401, 401, 401, 401, 401,
    ]);
  });

  it('signs out, keeping nothing, when the refresh token was already used (rotation)', async () => {
    const minted = await kit.signInWithMinted(soon());
    await kit.auth.accessToken();
    await kit.auth.adoptTokens({
      accessToken: minted.access_token,
      expiresAt: soon(),
      refreshToken: minted.refresh_token,
    });
    await expect(kit.auth.accessToken()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await kit.tokens.load()).toBeNull();
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(false);
  });

  it('signs out when the refresh token was revoked elsewhere', async () => {
    const minted = await kit.signInWithMinted(soon());
    await kit.oauth.revoke(kit.environment, minted.refresh_token ?? '');
    const error = await kit.transport.request(plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unauthorized' });
    expect((error as Error).message).toMatch(/Sign in again/);
    expect((await kit.auth.accountState()).signedIn).toBe(false);
    expect(await kit.requests('/auth/v1/goals/get-todays-plan')).toEqual([]);
  });

  it.each([
    [{ status: 503 }, 'service_unavailable'],
    [{ drop: true }, 'network'],
    [{ malformed: true }, 'invalid_response'],
  ])('keeps the reader signed in when the refresh fails with %j', async (fault, kind) => {
    const minted = await kit.signInWithMinted(Date.now() - 1);
    await kit.fault({ route: 'token', ...fault });
    await expect(kit.auth.accessToken()).rejects.toMatchObject({ kind });
    expect((await kit.tokens.load())?.refreshToken).toBe(minted.refresh_token);
    expect(await kit.auth.accessToken()).not.toBe(minted.access_token);
  });

  it('signs out when the access token expired and there is no refresh token', async () => {
    const minted = await kit.mint('openid goal');
    await kit.auth.adoptTokens({ accessToken: minted.access_token, expiresAt: Date.now() - 1 });
    await expect(kit.auth.accessToken()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await kit.tokens.load()).toBeNull();
  });

  it('answers not_signed_in before anyone signed in', async () => {
    await expect(kit.auth.accessToken()).rejects.toMatchObject({ kind: 'not_signed_in' });
    await expect(kit.transport.request(plan)).rejects.toMatchObject({ kind: 'not_signed_in' });
    expect(await kit.requests()).toEqual([]);
  });
});

describe('signOut', () => {
  it('clears every token and revokes the refresh token', async () => {
    const minted = await kit.signInWithMinted();
    const state = await kit.auth.signOut();
    expect(state.signedIn).toBe(false);
    expect(await kit.tokens.load()).toBeNull();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    const [revoke] = await kit.requests('/oauth2/revoke');
    expect(revoke?.body).toMatchObject({
      token: minted.refresh_token,
      client_id: 'quran-goals-sandbox',
    });
    await expect(
      kit.oauth.refresh(kit.environment, minted.refresh_token ?? ''),
    ).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(false);
  });

  it('signs out even when the revoke fails', async () => {
    await kit.signInWithMinted();
    await kit.fault({ route: 'revoke', status: 503 });
    expect((await kit.auth.signOut()).signedIn).toBe(false);
    expect(await kit.tokens.load()).toBeNull();
  });

  it('does not keep tokens from a refresh that finishes after the sign-out', async () => {
    await kit.signInWithMinted(soon());
    await kit.fault({ route: 'token', delayMs: 300 });
    const pending = kit.auth.accessToken().catch((e: unknown) => e);
    await expect.poll(tokenCalls).toEqual(['refresh_token']);
    await kit.auth.signOut();
    expect(await pending).toMatchObject({ kind: 'not_signed_in' });
    expect(await kit.tokens.load()).toBeNull();
  });
});

describe('a refresh overtaken by a sign-in', () => {
  it('answers the new access token when the old refresh token is refused meanwhile', async () => {
    const old = await kit.signInWithMinted(soon());
    await kit.oauth.revoke(kit.environment, old.refresh_token ?? '');
    await kit.fault({ route: 'token', delayMs: 300 });
    const pending = kit.auth.accessToken();
    await expect.poll(tokenCalls).toEqual(['refresh_token']);
    const next = await kit.signInWithMinted();
    expect(await pending).toBe(next.access_token);
    expect((await kit.tokens.load())?.refreshToken).toBe(next.refresh_token);
    expect((await kit.auth.accountState()).signedIn).toBe(true);
  });

  it('neither refreshes nor clears the new tokens when it read the old ones before the sign-in', async () => {
    const old = await kit.mint();
    const next = await kit.mint();
    // The reader's tokens as one read saw them, held until the sign-in below has ended.
    let holdOnce = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const auth = createAuthService({
      environment: async () => kit.environment,
      tokens: {
        ...kit.tokens,
        load: async () => {
          const tokens = await kit.tokens.load();
          if (holdOnce) {
            holdOnce = false;
            await held;
          }
          return tokens;
        },
      },
      oauth: kit.oauth,
      identity: sandboxIdentity('approve'),
      broadcast: () => {},
    });
    const hour = () => Date.now() + 3_600_000;
    await auth.adoptTokens({
      accessToken: old.access_token,
      expiresAt: hour(),
      refreshToken: old.refresh_token,
    });
    await kit.oauth.revoke(kit.environment, old.refresh_token ?? '');

    holdOnce = true;
    const renewed = auth.refreshAfterRejection(old.access_token);
    await auth.adoptTokens({
      accessToken: next.access_token,
      expiresAt: hour(),
      refreshToken: next.refresh_token,
    });
    release();

    expect(await renewed).toBe(next.access_token);
    expect(await tokenCalls()).toEqual([]);
    expect((await kit.tokens.load())?.refreshToken).toBe(next.refresh_token);
    expect((await auth.accountState()).signedIn).toBe(true);
  });
});

describe('a refusal during a sign-in', () => {
  /** An auth service whose refresh answers when the test says, and whose settings read can wait. */
  function heldAuth() {
    let refuse = (_error: unknown) => {};
    let refreshAsked = () => {};
    const asked = new Promise<void>((resolve) => {
      refreshAsked = resolve;
    });
    let settingsHeld: Promise<void> | null = null;
    /** Only the next settings read waits (the others answer at once). */
    let heldOnce = false;
    const auth = createAuthService({
      environment: async () => {
        const held = settingsHeld;
        if (heldOnce) settingsHeld = null;
        heldOnce = false;
        if (held) await held;
        return kit.environment;
      },
      tokens: kit.tokens,
      oauth: {
        ...kit.oauth,
        refresh: () => {
          refreshAsked();
          return new Promise((_resolve, reject) => {
            refuse = reject;
          });
        },
      },
      identity: sandboxIdentity('approve'),
      broadcast: () => {},
    });
    return {
      auth,
      asked,
      refuse: () =>
        refuse(new GoalsError({ kind: 'unauthorized', message: 'The refresh token was refused.' })),
      /** Holds the settings reads (only the next one with `once`) until released. */
      holdSettings(once = false) {
        heldOnce = once;
        let release = () => {};
        settingsHeld = new Promise<void>((resolve) => {
          release = resolve;
        });
        return () => {
          settingsHeld = null;
          release();
        };
      },
    };
  }

  it('answers the tokens of the sign-in once it has ended, not the ones it replaces', async () => {
    const old = await kit.mint();
    const next = await kit.mint();
    const { auth, asked, refuse, holdSettings } = heldAuth();
    await auth.adoptTokens({
      accessToken: old.access_token,
      expiresAt: soon(),
      refreshToken: old.refresh_token,
    });
    const pending = auth.accessToken();
    await asked;
    const release = holdSettings();
    const signingIn = auth.adoptTokens({
      accessToken: next.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: next.refresh_token,
    });
    refuse();
    // Give the refusal every chance to be handled before the sign-in writes its tokens.
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await signingIn;
    expect(await pending).toBe(next.access_token);
    expect((await kit.tokens.load())?.refreshToken).toBe(next.refresh_token);
  });

  it('does not refresh the tokens a sign-in is putting in place when the refresh starts', async () => {
    const old = await kit.mint();
    const next = await kit.mint();
    const { auth, asked, refuse, holdSettings } = heldAuth();
    await auth.adoptTokens({
      accessToken: old.access_token,
      expiresAt: soon(),
      refreshToken: old.refresh_token,
    });
    // The sign-in waits on its settings read; every other read answers at once.
    const release = holdSettings(true);
    const signingIn = auth.adoptTokens({
      accessToken: next.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: next.refresh_token,
    });
    // The old token expires within the margin: a refresh starts while the sign-in waits.
    const pending = auth.accessToken();
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 50))]);
    release();
    refuse();
    await signingIn;
    expect(await pending).toBe(next.access_token);
    expect((await kit.tokens.load())?.refreshToken).toBe(next.refresh_token);
    expect((await auth.accountState()).signedIn).toBe(true);
  });

  it('signs out on a refused refreshed token only while that token is still the one kept', async () => {
    const old = await kit.signInWithMinted();
    const next = await kit.signInWithMinted();
    await kit.auth.signInAgain(old.access_token);
    expect((await kit.tokens.load())?.accessToken).toBe(next.access_token);
    expect((await kit.auth.accountState()).signedIn).toBe(true);
    await kit.auth.signInAgain(next.access_token);
    expect(await kit.tokens.load()).toBeNull();
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(false);
  });
});

describe('environmentChanged', () => {
  it('signs out of the old environment and revokes there', async () => {
    const minted = await kit.signInWithMinted();
    kit.setEnvironment({ ...kit.environment, clientId: 'another-client' });
    await kit.auth.environmentChanged();
    expect(kit.broadcasts.at(-1)).toMatchObject({
      signedIn: false,
      environment: { clientId: 'another-client' },
    });
    expect(await kit.tokens.load()).toBeNull();
    await expect.poll(() => kit.requests('/oauth2/revoke')).toHaveLength(1);
    const [revoke] = await kit.requests('/oauth2/revoke');
    expect(revoke?.body).toMatchObject({
      token: minted.refresh_token,
      client_id: 'quran-goals-sandbox',
    });
  });

  it('revokes once when several calls notice the change together', async () => {
    await kit.signInWithMinted();
    kit.setEnvironment({ ...kit.environment, clientId: 'another-client' });
    const states = await Promise.all([
      kit.auth.accountState(),
      kit.auth.environmentChanged(),
      kit.auth.accountState(),
    ]);
    expect(states[0]?.signedIn).toBe(false);
    await expect.poll(() => kit.requests('/oauth2/revoke')).toHaveLength(1);
    await kit.auth.accountState();
    expect(await kit.requests('/oauth2/revoke')).toHaveLength(1);
  });

  it('keeps the reader signed in when the environment did not change', async () => {
    await kit.signInWithMinted();
    await kit.auth.environmentChanged();
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(true);
    expect(await kit.tokens.load()).not.toBeNull();
  });
});
