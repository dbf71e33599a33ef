import { singleFlight } from '@/utils/concurrency';
import type { Environment } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import type { AccountOwner, AccountState } from '@/utils/messages';
import { type UnavailableScopesStore, unavailableScopesStore } from '@/utils/storage/scopes';
import { type GrantedTokens, type OAuthClient, SCOPES } from './oauth-client';
import { type Identity, notConfigured, runSignIn } from './sign-in';
import { sameEnvironment, type TokenSet, type TokenStore } from './token-store';

/** An access token this close to expiry is refreshed before use. */
export const REFRESH_MARGIN_MS = 60_000;
/**
 * Scopes the product needs: goals, staying signed in, the streak, and reading activity (logging
 * reading; reminders follow it).
 */
export const NEEDED_SCOPES = ['goal', 'offline_access', 'streak', 'activity_day'];

/** What the token lifecycle needs from the rest of the background. */
export interface AuthDeps {
  environment(): Promise<Environment>;
  tokens: TokenStore;
  oauth: OAuthClient;
  identity: Identity;
  /** Tells the open extension pages (`accountStateChanged`). */
  broadcast(state: AccountState): void;
  /** Scopes each client's registration does not allow (storage unless given). */
  unavailableScopes?: UnavailableScopesStore;
  now?: () => number;
}

/** Sign-in, sign-out and fresh access tokens; the only code that touches tokens. */
export interface AuthService {
  accountState(): Promise<AccountState>;
  /** Signs in with the identity flow; a call while one runs joins it. */
  signIn(): Promise<AccountState>;
  /** Clears every token at once, then revokes the refresh token (best effort). */
  signOut(): Promise<AccountState>;
  /** A usable access token, refreshed first when it is about to expire. */
  accessToken(): Promise<string>;
  /** After the API refused `rejected`: one refresh shared by every caller, then the new token. */
  refreshAfterRejection(rejected: string): Promise<string>;
  /**
   * The API refused `rejected` even after a refresh: signs out, unless other tokens have taken
   * its place meanwhile (a sign-in while the call was on its way).
   */
  signInAgain(rejected: string): Promise<void>;
  /** Settings changed: tokens of another environment or client are signed out. */
  environmentChanged(): Promise<void>;
  /** Keeps tokens just granted for the current environment. */
  adoptTokens(granted: GrantedTokens): Promise<AccountState>;
  /** The account signed in now, in its environment; null when signed out or not known. */
  owner(): Promise<AccountOwner | null>;
}

const expired = () =>
  new GoalsError({
    kind: 'unauthorized',
    message: 'Your sign-in has expired. Sign in again; nothing you were doing is lost.',
  });
const signedOut = () =>
  new GoalsError({ kind: 'not_signed_in', message: 'Sign in to your Quran.com account first.' });

/** Creates the token lifecycle. */
export function createAuthService(deps: AuthDeps): AuthService {
  const now = deps.now ?? Date.now;
  const unavailableScopes = deps.unavailableScopes ?? unavailableScopesStore();
  /**
   * Counts each start and end of a sign-in, sign-out or account change. A refresh that saw it
   * change did not refresh the tokens kept now: its answer is dropped.
   */
  let generation = 0;

  async function accountState(): Promise<AccountState> {
    const environment = await deps.environment();
    const tokens = await currentTokens(environment);
    const usable = !!tokens && (!!tokens.refreshToken || tokens.expiresAt > now());
    const scopes = usable ? tokens.scopes : [];
    // A scope the token has (itself or a child of it) is allowed, whatever was recorded before.
    const has = (name: string) =>
      scopes.some((scope) => scope === name || scope.startsWith(`${name}.`));
    const unavailable = (await unavailableScopes.get(environment)).filter((scope) => !has(scope));
    return {
      signedIn: usable,
      environment,
      scopes,
      // Only what a sign-in can still be granted: unavailable scopes are not asked for again.
      missingScopes: usable
        ? NEEDED_SCOPES.filter((scope) => !has(scope) && !unavailable.includes(scope))
        : [],
      ...(unavailable.length ? { unavailableScopes: unavailable } : {}),
      missing: environment.clientId ? [] : ['clientId'],
      redirectUrl: deps.identity.getRedirectURL(),
    };
  }

  async function announce(): Promise<AccountState> {
    const state = await accountState();
    deps.broadcast(state);
    return state;
  }

  /** The last replacement of the tokens, settled or not. */
  let replacement: Promise<void> = Promise.resolve();

  /** Puts other tokens in place (or none); a refresh that overlaps it is dropped. */
  async function replacing(task: () => Promise<void>): Promise<void> {
    generation += 1;
    const run = task();
    replacement = run.catch(() => undefined);
    try {
      await run;
    } finally {
      generation += 1;
    }
  }

  async function forget(): Promise<void> {
    await replacing(() => deps.tokens.clear());
  }

  /** The tokens kept now, for a caller whose refresh was overtaken by another account change. */
  async function afterReplacement(): Promise<TokenSet> {
    await replacement;
    const tokens = await deps.tokens.load();
    if (!tokens?.accessToken) throw signedOut();
    return tokens;
  }

  /** Revokes at the server that issued the tokens; failures are ignored (best effort). */
  async function revoke(tokens: TokenSet | null): Promise<void> {
    const token = tokens?.refreshToken ?? tokens?.accessToken;
    if (tokens && token) await deps.oauth.revoke(tokens.environment, token).catch(() => undefined);
  }

  /** Clears tokens of another environment, then revokes them; callers meanwhile join it. */
  const leave = singleFlight(async (tokens: TokenSet) => {
    await forget();
    void revoke(tokens);
  });

  /** The stored tokens when they belong to `environment`; others are signed out, once. */
  async function currentTokens(environment: Environment): Promise<TokenSet | null> {
    if (leave.current) await leave.current;
    const tokens = await deps.tokens.load();
    if (!tokens || sameEnvironment(tokens.environment, environment)) return tokens;
    await leave(tokens);
    return null;
  }

  /**
   * Refreshes `seen`, once for every caller at a time. When other tokens took their place
   * meanwhile (a sign-in, a sign-out), those are the answer and nothing is refreshed or cleared.
   */
  const refreshOnce = singleFlight(
    async (seen: TokenSet & { refreshToken: string }): Promise<TokenSet> => {
      // A sign-in or sign-out under way decides which tokens are kept: until it has stored
      // them, the tokens read are the ones it replaces, and a refused refresh of those would
      // clear the new ones.
      await replacement;
      const started = generation;
      const tokens = await deps.tokens.load();
      if (!tokens || generation !== started || tokens.refreshToken !== seen.refreshToken)
        return afterReplacement();
      let granted: Awaited<ReturnType<AuthDeps['oauth']['refresh']>>;
      try {
        granted = await deps.oauth.refresh(tokens.environment, seen.refreshToken);
      } catch (error) {
        if (generation !== started) return afterReplacement();
        if (error instanceof GoalsError && error.kind === 'unauthorized') {
          await forget();
          await announce();
          throw expired();
        }
        throw error;
      }
      if (generation !== started) return afterReplacement();
      const next: TokenSet = {
        ...tokens,
        accessToken: granted.accessToken,
        expiresAt: granted.expiresAt,
        refreshToken: granted.refreshToken ?? tokens.refreshToken,
        scopes: granted.scopes ?? tokens.scopes,
      };
      await deps.tokens.save(next);
      return next;
    },
  );

  async function usableTokens(): Promise<TokenSet> {
    const environment = await deps.environment();
    if (!environment.clientId) throw notConfigured(environment, deps.identity.getRedirectURL());
    const tokens = await currentTokens(environment);
    if (!tokens) throw signedOut();
    return tokens;
  }

  async function renew(tokens: TokenSet): Promise<string> {
    const { refreshToken } = tokens;
    if (!refreshToken) {
      await forget();
      await announce();
      throw expired();
    }
    const fresh = await refreshOnce({ ...tokens, refreshToken });
    if (!fresh.accessToken) throw expired();
    return fresh.accessToken;
  }

  const service: AuthService = {
    accountState,
    async accessToken() {
      const tokens = await usableTokens();
      if (tokens.accessToken && tokens.expiresAt - now() > REFRESH_MARGIN_MS)
        return tokens.accessToken;
      if (refreshOnce.current) return (await refreshOnce.current).accessToken ?? renew(tokens);
      if (!tokens.refreshToken && tokens.accessToken && tokens.expiresAt > now())
        return tokens.accessToken;
      return renew(tokens);
    },
    async refreshAfterRejection(rejected) {
      const tokens = await usableTokens();
      if (refreshOnce.current) return (await refreshOnce.current).accessToken ?? renew(tokens);
      const newer =
        tokens.accessToken &&
        tokens.accessToken !== rejected &&
        tokens.expiresAt - now() > REFRESH_MARGIN_MS;
      return newer && tokens.accessToken ? tokens.accessToken : renew(tokens);
    },
    async signInAgain(rejected) {
      await replacement;
      if ((await deps.tokens.load())?.accessToken !== rejected) return;
      await forget();
      await announce();
    },
    signIn: singleFlight(async () => {
      const previous = await deps.tokens.load();
      await forget();
      void revoke(previous);
      const environment = await deps.environment();
      try {
        const granted = await runSignIn(environment, deps.oauth, deps.identity, {
          unavailable: unavailableScopes,
        });
        return await service.adoptTokens(granted);
      } catch (error) {
        await announce();
        throw error;
      }
    }),
    async signOut() {
      const tokens = await deps.tokens.load();
      await forget();
      const state = await announce();
      await revoke(tokens);
      return state;
    },
    async environmentChanged() {
      await currentTokens(await deps.environment());
      await announce();
    },
    async adoptTokens(granted) {
      await replacing(async () => {
        const environment = await deps.environment();
        const { accessToken, expiresAt, refreshToken = null, scopes = [...SCOPES] } = granted;
        const subject = granted.subject ?? null;
        await deps.tokens.save({
          accessToken,
          expiresAt,
          refreshToken,
          scopes,
          environment,
          subject,
        });
      });
      return announce();
    },
    async owner() {
      const environment = await deps.environment();
      const tokens = await currentTokens(environment);
      const signedIn = !!tokens && (!!tokens.refreshToken || tokens.expiresAt > now());
      return signedIn && tokens.subject
        ? { environment: environment.apiBaseUrl, subject: tokens.subject }
        : null;
    },
  };
  return service;
}
