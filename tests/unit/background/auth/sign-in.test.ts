import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Identity } from '@/entrypoints/background/auth/sign-in';
import type { GoalsError } from '@/utils/errors';
import { REDIRECT_URL, sandboxIdentity, startAuthKit } from '../sandbox-kit';

let kit: Awaited<ReturnType<typeof startAuthKit>> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

async function signInWith(identity?: Identity) {
  kit = await startAuthKit(identity ? { identity } : {});
  const outcome = await kit.auth.signIn().then(
    (state) => ({ state, error: undefined }),
    (error: unknown) => ({ state: undefined, error: error as { kind: string; message: string } }),
  );
  return { kit, ...outcome };
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

describe('signIn', () => {
  it('signs in with PKCE S256, state and nonce, and keeps the tokens apart', async () => {
    const { kit, state, error } = await signInWith();
    expect(error).toBeUndefined();
    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal', 'streak', 'activity_day'],
      missingScopes: [],
    });
    expect(state?.unavailableScopes).toBeUndefined();
    const [authorize] = await kit.requests('/oauth2/auth');
    const [token] = await kit.requests('/oauth2/token');
    expect(authorize?.query).toMatchObject({
      response_type: 'code',
      client_id: 'quran-goals-sandbox',
      redirect_uri: REDIRECT_URL,
      scope: 'openid offline_access goal streak activity_day',
      code_challenge_method: 'S256',
    });
    expect(authorize?.query.state?.length).toBeGreaterThanOrEqual(22);
    expect(authorize?.query.nonce?.length).toBeGreaterThanOrEqual(22);
    const body = token?.body as Record<string, string>;
    expect(body).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'quran-goals-sandbox',
      redirect_uri: REDIRECT_URL,
    });
    const challenge = base64url(
      createHash('sha256')
        .update(body.code_verifier ?? '')
        .digest(),
    );
    expect(challenge).toBe(authorize?.query.code_challenge);
    const stored = await kit.tokens.load();
    expect(stored?.refreshToken).toBeTruthy();
    expect((await kit.refreshDb.get())?.refreshToken).toBe(stored?.refreshToken);
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain(
      stored?.refreshToken,
    );
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(
      stored?.refreshToken,
    );
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).toContain(stored?.accessToken);
    expect(await fakeBrowser.storage.session.get('signInAttempt')).toEqual({});
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(true);
  });

  it('knows the account from the ID token’s sub, and keeps it through a refresh', async () => {
    const { kit } = await signInWith();
    // The sandbox's reader signed in through its consent page (sandbox/oauth/grants.ts).
    const reader = '5a4db0c5-0000-4000-8000-000000000001';
    const environment = (await kit.auth.accountState()).environment.apiBaseUrl;
    expect(await kit.auth.owner()).toEqual({ environment, subject: reader });
    const stored = await kit.tokens.load();
    await kit.auth.refreshAfterRejection(stored?.accessToken ?? '');
    expect((await kit.tokens.load())?.accessToken).not.toBe(stored?.accessToken);
    expect(await kit.auth.owner()).toEqual({ environment, subject: reader });
    await kit.auth.signOut();
    expect(await kit.auth.owner()).toBeNull();
  });

  it('uses a new state, nonce and verifier on every attempt', async () => {
    const { kit } = await signInWith();
    await kit.auth.signIn();
    const [first, second] = await kit.requests('/oauth2/auth');
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(first?.query[name]).not.toBe(second?.query[name]);
    }
  });

  it.each<[string, Identity, RegExp]>([
    ['the reader denies', sandboxIdentity('deny'), /declined/],
    [
      'the window is closed',
      {
        getRedirectURL: () => REDIRECT_URL,
        launchWebAuthFlow: () => Promise.reject(new Error('The user did not approve access.')),
      },
      /cancelled or its window was closed \(The user did not approve access\.\)/,
    ],
    [
      'the flow ends without a URL',
      { getRedirectURL: () => REDIRECT_URL, launchWebAuthFlow: async () => undefined },
      /without an answer/,
    ],
    [
      'the answer carries another state',
      sandboxIdentity('approve', (url) => url.searchParams.set('state', 'someone-elses-state')),
      /did not belong to this attempt/,
    ],
    [
      'the ID token carries another nonce',
      sandboxIdentity('approve', (url) => url.searchParams.set('nonce', 'another-nonce')),
      /unexpected way/,
    ],
  ])('ends signed out with sign_in_failed when %s', async (_, identity, message) => {
    const { kit, error } = await signInWith(identity);
    expect(error).toMatchObject({ kind: 'sign_in_failed' });
    expect(error?.message).toMatch(message);
    expect(await kit.tokens.load()).toBeNull();
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(false);
    expect(await fakeBrowser.storage.session.get('signInAttempt')).toEqual({});
  });

  it('does not exchange a code whose state does not match', async () => {
    const { kit } = await signInWith(
      sandboxIdentity('approve', (url) => url.searchParams.set('state', 'x'.repeat(22))),
    );
    expect(await kit.requests('/oauth2/token')).toEqual([]);
  });

  it.each([
    ['fails', { status: 500 }, 'internal_server_error'],
    ['answers garbage', { malformed: true }, 'sign_in_failed'],
    ['drops the connection', { drop: true }, 'network'],
  ])('ends signed out when the token endpoint %s', async (_, fault, kind) => {
    kit = await startAuthKit();
    await kit.fault({ route: 'token', ...fault });
    await expect(kit.auth.signIn()).rejects.toMatchObject({ kind });
    expect(await kit.tokens.load()).toBeNull();
    expect((await kit.auth.accountState()).signedIn).toBe(false);
  });

  it('says which needed scopes were not granted', async () => {
    const { state } = await signInWith(
      sandboxIdentity('approve', (url) => url.searchParams.set('scope', 'openid offline_access')),
    );
    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access'],
      missingScopes: ['goal', 'streak', 'activity_day'],
    });
  });

  it('signs in again over a goal-only sign-in, asking the full set and keeping nothing old', async () => {
    kit = await startAuthKit();
    const old = await kit.mint('openid offline_access goal');
    await kit.auth.adoptTokens({
      accessToken: old.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: old.refresh_token,
      scopes: old.scope.split(' '),
    });
    expect(await kit.auth.accountState()).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal'],
      missingScopes: ['streak', 'activity_day'],
    });

    const state = await kit.auth.signIn();
    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal', 'streak', 'activity_day'],
      missingScopes: [],
    });
    const [authorize] = await kit.requests('/oauth2/auth');
    expect(authorize?.query.scope).toBe('openid offline_access goal streak activity_day');
    const fresh = await kit.tokens.load();
    expect(fresh?.accessToken).not.toBe(old.access_token);
    expect(fresh?.refreshToken).toBeTruthy();
    expect(fresh?.refreshToken).not.toBe(old.refresh_token);
    const kept = JSON.stringify([
      await fakeBrowser.storage.local.get(),
      await fakeBrowser.storage.session.get(),
      await kit.refreshDb.get(),
    ]);
    expect(kept).not.toContain(old.access_token);
    expect(kept).not.toContain(old.refresh_token);

    // The old grant is revoked at the server: its refresh token is refused from now on.
    await vi.waitFor(async () => {
      const revoked = await kit?.requests('/oauth2/revoke');
      expect(revoked?.map((r) => (r.body as Record<string, string>).token)).toEqual([
        old.refresh_token,
      ]);
    });
    await expect(kit.oauth.refresh(kit.environment, old.refresh_token ?? '')).rejects.toMatchObject(
      { kind: 'unauthorized' },
    );
    expect(await kit.auth.accessToken()).toBe(fresh?.accessToken);
  });

  it('explains how to get a client id when none is configured', async () => {
    kit = await startAuthKit();
    kit.setEnvironment({ ...kit.environment, name: 'production', clientId: '' });
    const error = (await kit.auth.signIn().catch((e: unknown) => e)) as GoalsError;
    expect(error).toMatchObject({ kind: 'not_configured' });
    expect(error.message).toContain('Quran Foundation developer console');
    expect(error.message).toContain('"frontend or mobile app"');
    expect(error.message).toContain(REDIRECT_URL);
    expect(await kit.auth.accountState()).toMatchObject({
      signedIn: false,
      missing: ['clientId'],
      redirectUrl: REDIRECT_URL,
    });
    expect(await kit.requests()).toEqual([]);
  });

  it('shares one attempt between two clicks', async () => {
    kit = await startAuthKit();
    const [a, b] = await Promise.all([kit.auth.signIn(), kit.auth.signIn()]);
    expect(a).toEqual(b);
    expect(await kit.requests('/oauth2/auth')).toHaveLength(1);
  });
});
