import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScopeRefusedError } from '@/entrypoints/background/auth/oauth-errors';
import type { Identity } from '@/entrypoints/background/auth/sign-in';
import { unavailableScopesStore } from '@/utils/storage/scopes';
import { REDIRECT_URL, sandboxIdentity, startAuthKit } from '../sandbox-kit';

// contract/qf-api/README.md: the product asks `openid offline_access goal`, plus `streak` and
// `activity_day`; a scope the client's registration was not approved for gives `invalid_scope`
// at sign-in. RFC 6749 §4.1.2.1: that error comes back on the redirect URI as `error`, with
// `state` exactly as the client sent it and an optional `error_description`.
const FULL = 'openid offline_access goal streak activity_day';
const GOAL_ONLY = 'openid offline_access goal';

let kit: Awaited<ReturnType<typeof startAuthKit>> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

/** `identity`, keeping every address the sign-in window came back to. */
function recording(identity: Identity = sandboxIdentity('approve')) {
  const answers: URL[] = [];
  return {
    answers,
    identity: {
      getRedirectURL: () => identity.getRedirectURL(),
      async launchWebAuthFlow(details: { url: string; interactive: boolean }) {
        const answer = await identity.launchWebAuthFlow(details);
        if (answer) answers.push(new URL(answer));
        return answer;
      },
    } satisfies Identity,
  };
}

/** The sandbox's settings control (`POST /__sandbox/settings`). */
async function setClientScopes(clientScopes: string) {
  const answer = await fetch(`${kit?.sandbox.url}/__sandbox/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientScopes }),
  });
  expect(answer.ok).toBe(true);
}

const askedScopes = async () =>
  (await kit?.requests('/oauth2/auth'))?.map((request) => request.query.scope);
const stored = async () =>
  (await fakeBrowser.storage.local.get('unavailableScopes')).unavailableScopes;

describe('a client registration without streak and activity_day', () => {
  it('is refused with invalid_scope, then signs in at once with goal only and says what is unavailable', async () => {
    const { answers, identity } = recording();
    kit = await startAuthKit({ clientScopes: GOAL_ONLY, identity });
    const state = await kit.auth.signIn();

    expect(await askedScopes()).toEqual([FULL, GOAL_ONLY]);
    const [first] = await kit.requests('/oauth2/auth');
    const [refused, approved] = answers;
    expect(`${refused?.origin}${refused?.pathname}`).toBe(REDIRECT_URL);
    expect(refused?.searchParams.get('error')).toBe('invalid_scope');
    expect(refused?.searchParams.get('state')).toBe(first?.query.state);
    expect(refused?.searchParams.has('code')).toBe(false);
    expect(approved?.searchParams.has('code')).toBe(true);
    // Only the second trip has a code to exchange.
    expect(await kit.requests('/oauth2/token')).toHaveLength(1);

    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal'],
      missingScopes: [],
      unavailableScopes: ['streak', 'activity_day'],
    });
    expect(kit.broadcasts.at(-1)).toEqual(state);
    expect(await kit.auth.accountState()).toEqual(state);
    expect(await stored()).toEqual([
      {
        environment: 'sandbox',
        oauthBaseUrl: kit.environment.oauthBaseUrl,
        clientId: 'quran-goals-sandbox',
        scopes: ['streak', 'activity_day'],
      },
    ]);
  });

  it('records only the scopes the server names as refused', async () => {
    kit = await startAuthKit({ clientScopes: `${GOAL_ONLY} activity_day` });
    const state = await kit.auth.signIn();
    expect(await askedScopes()).toEqual([FULL, GOAL_ONLY]);
    // activity_day can be granted: it is missing from the token, so a sign-in may ask it again.
    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal'],
      missingScopes: ['activity_day'],
      unavailableScopes: ['streak'],
    });
  });

  it('records every scope beyond goal when the server does not say which', async () => {
    const plain: Identity = {
      getRedirectURL: () => REDIRECT_URL,
      async launchWebAuthFlow(details) {
        const answer = new URL((await sandboxIdentity('approve').launchWebAuthFlow(details)) ?? '');
        answer.searchParams.delete('error_description');
        return answer.href;
      },
    };
    kit = await startAuthKit({ clientScopes: `${GOAL_ONLY} activity_day`, identity: plain });
    const state = await kit.auth.signIn();
    expect(state).toMatchObject({
      signedIn: true,
      missingScopes: [],
      unavailableScopes: ['streak', 'activity_day'],
    });
  });

  it('does not act on an invalid_scope answer whose state is not this attempt’s', async () => {
    kit = await startAuthKit({
      clientScopes: GOAL_ONLY,
      identity: sandboxIdentity('approve', (url) => url.searchParams.set('state', 'x'.repeat(22))),
    });
    const error = await kit.auth.signIn().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'sign_in_failed' });
    expect((error as Error).message).toMatch(/did not belong to this attempt/);
    expect(await askedScopes()).toEqual([FULL]);
    expect(await kit.requests('/oauth2/token')).toEqual([]);
    expect(await stored()).toBeUndefined();
    expect(await kit.auth.accountState()).toMatchObject({ signedIn: false });
    expect((await kit.auth.accountState()).unavailableScopes).toBeUndefined();
  });

  it('ends signed out, saying what to ask for, when goal itself is refused', async () => {
    kit = await startAuthKit({ clientScopes: 'openid offline_access' });
    const error = await kit.auth.signIn().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'sign_in_failed' });
    expect((error as Error).message).toMatch(/developer console/);
    expect(await askedScopes()).toEqual([FULL, GOAL_ONLY]);
    expect(await kit.requests('/oauth2/token')).toEqual([]);
    expect(await kit.tokens.load()).toBeNull();
    expect(kit.broadcasts.at(-1)?.signedIn).toBe(false);
  });

  it('asks the full set again on the next sign-in, and forgets the record once it is granted', async () => {
    kit = await startAuthKit({ clientScopes: GOAL_ONLY });
    await kit.auth.signIn();
    await kit.clearRequests();
    await setClientScopes(FULL);

    const state = await kit.auth.signIn();
    expect(await askedScopes()).toEqual([FULL]);
    expect(state).toMatchObject({
      signedIn: true,
      scopes: ['openid', 'offline_access', 'goal', 'streak', 'activity_day'],
      missingScopes: [],
    });
    expect(state.unavailableScopes).toBeUndefined();
    expect(await stored()).toEqual([]);
  });

  it('keeps the record when the registration still lacks the scopes', async () => {
    kit = await startAuthKit({ clientScopes: GOAL_ONLY });
    await kit.auth.signIn();
    await kit.clearRequests();
    const state = await kit.auth.signIn();
    expect(await askedScopes()).toEqual([FULL, GOAL_ONLY]);
    expect(state).toMatchObject({
      missingScopes: [],
      unavailableScopes: ['streak', 'activity_day'],
    });
  });

  it('keeps the record per environment and client id', async () => {
    kit = await startAuthKit({ clientScopes: GOAL_ONLY });
    await kit.auth.signIn();
    const first = kit.environment;

    kit.setEnvironment({ ...first, clientId: 'another-client' });
    const other = await kit.auth.accountState();
    expect(other.signedIn).toBe(false);
    expect(other.unavailableScopes).toBeUndefined();
    const otherState = await kit.auth.signIn();
    expect(otherState.unavailableScopes).toEqual(['streak', 'activity_day']);

    await setClientScopes(FULL);
    kit.setEnvironment({ ...first, clientId: 'a-third-client' });
    expect((await kit.auth.signIn()).unavailableScopes).toBeUndefined();

    kit.setEnvironment(first);
    expect((await kit.auth.accountState()).unavailableScopes).toEqual(['streak', 'activity_day']);
    expect(((await stored()) as { clientId: string }[]).map((r) => r.clientId)).toEqual([
      'quran-goals-sandbox',
      'another-client',
    ]);
  });
});

describe('accountState', () => {
  it('lists as missing only the needed scopes that can be granted', async () => {
    kit = await startAuthKit();
    await unavailableScopesStore().set(kit.environment, ['streak']);
    const minted = await kit.mint(GOAL_ONLY);
    await kit.auth.adoptTokens({
      accessToken: minted.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: minted.refresh_token,
      scopes: minted.scope.split(' '),
    });
    expect(await kit.auth.accountState()).toMatchObject({
      signedIn: true,
      missingScopes: ['activity_day'],
      unavailableScopes: ['streak'],
    });
  });

  it('does not call a scope the token has unavailable', async () => {
    kit = await startAuthKit();
    await unavailableScopesStore().set(kit.environment, ['streak', 'activity_day']);
    const minted = await kit.mint(`${GOAL_ONLY} streak`);
    await kit.auth.adoptTokens({
      accessToken: minted.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: minted.refresh_token,
      scopes: minted.scope.split(' '),
    });
    expect(await kit.auth.accountState()).toMatchObject({
      missingScopes: [],
      unavailableScopes: ['activity_day'],
    });
  });

  it('counts a needed scope as granted when the token has its children', async () => {
    kit = await startAuthKit();
    const minted = await kit.mint(`${GOAL_ONLY} streak activity_day.read activity_day.create`);
    await kit.auth.adoptTokens({
      accessToken: minted.access_token,
      expiresAt: Date.now() + 3_600_000,
      refreshToken: minted.refresh_token,
      scopes: minted.scope.split(' '),
    });
    expect(await kit.auth.accountState()).toMatchObject({ signedIn: true, missingScopes: [] });
  });

  it('says what is unavailable while signed out too, with nothing missing', async () => {
    kit = await startAuthKit();
    await unavailableScopesStore().set(kit.environment, ['streak', 'activity_day']);
    expect(await kit.auth.accountState()).toMatchObject({
      signedIn: false,
      missingScopes: [],
      unavailableScopes: ['streak', 'activity_day'],
    });
  });
});

describe('ScopeRefusedError', () => {
  const beyond = ['streak', 'activity_day'];
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['The requested scope is invalid, unknown, or malformed.', []],
    [
      "The requested scope is invalid, unknown, or malformed. The OAuth 2.0 Client is not allowed to request scope 'streak'.",
      ['streak'],
    ],
    ['The client is not approved for the scope: streak activity_day.', beyond],
    ['Not allowed: activity_day.read', ['activity_day']],
    ['No streaks here', []],
  ])('reads the refused scopes named in %j', (description, named) => {
    expect(new ScopeRefusedError(description).named(beyond)).toEqual(named);
  });
});
