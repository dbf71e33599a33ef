import type { Environment } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { signInAttemptItem } from '@/utils/storage';
import { type UnavailableScopesStore, unavailableScopesStore } from '@/utils/storage/scopes';
import { GOAL_SCOPES, type GrantedTokens, type OAuthClient, SCOPES } from './oauth-client';
import { ScopeRefusedError } from './oauth-errors';

/** The two `browser.identity` calls sign-in needs (absent from the fake browser in tests). */
export interface Identity {
  getRedirectURL(): string;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
}

const ENVIRONMENT_LABELS: Record<Environment['name'], string> = {
  production: 'Quran.com (production)',
  prelive: 'pre-live',
  sandbox: 'the sandbox',
};

/** Why nobody can sign in yet, and how to fix it, when the environment has no client id. */
export function notConfigured(env: Environment, redirectUrl: string): GoalsError {
  return new GoalsError({
    kind: 'not_configured',
    message:
      `No OAuth client id is set for ${ENVIRONMENT_LABELS[env.name]}. In the Quran Foundation ` +
      'developer console, register a "frontend or mobile app" with the redirect URL ' +
      `${redirectUrl}, then enter its client id on the options page.`,
  });
}

/** Where a sign-in keeps what it must remember (storage unless given). */
export interface SignInStores {
  /** The attempt under way, until the redirect comes back. */
  attempts?: typeof signInAttemptItem;
  /** The scopes this client's registration does not allow. */
  unavailable?: UnavailableScopesStore;
}

/**
 * Signs in through the browser's sign-in window: authorization code with PKCE (S256), state
 * and nonce, asking `SCOPES` in one consent. When the server answers `invalid_scope` (the
 * client's registration does not allow some of them), it records which ones for this client
 * (those the server names, else every one beyond `GOAL_SCOPES`) and signs in again at once
 * with `GOAL_SCOPES`. A sign-in granted `SCOPES` forgets that record.
 */
export async function runSignIn(
  env: Environment,
  oauth: OAuthClient,
  identity: Identity,
  { attempts = signInAttemptItem, unavailable = unavailableScopesStore() }: SignInStores = {},
): Promise<GrantedTokens> {
  const redirectUri = identity.getRedirectURL();
  if (!env.clientId) throw notConfigured(env, redirectUri);
  try {
    const granted = await authorize(env, oauth, identity, attempts, SCOPES);
    await unavailable.set(env, []);
    return granted;
  } catch (error) {
    if (!(error instanceof ScopeRefusedError)) throw error;
    const beyond = SCOPES.filter((scope) => !(GOAL_SCOPES as readonly string[]).includes(scope));
    const named = error.named(beyond);
    await unavailable.set(env, named.length ? named : beyond);
  }
  return authorize(env, oauth, identity, attempts, GOAL_SCOPES);
}

/**
 * One trip through the sign-in window asking `scopes`. The attempt is kept in session storage
 * until the redirect comes back, so an answer meant for another attempt fails the state check.
 */
async function authorize(
  env: Environment,
  oauth: OAuthClient,
  identity: Identity,
  attempts: typeof signInAttemptItem,
  scopes: readonly string[],
): Promise<GrantedTokens> {
  const { url, attempt } = await oauth.authorizationUrl(env, identity.getRedirectURL(), scopes);
  await attempts.setValue(attempt);
  try {
    let redirectedTo: string | undefined;
    try {
      redirectedTo = await identity.launchWebAuthFlow({ url, interactive: true });
    } catch (error) {
      const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
      throw new GoalsError({
        kind: 'sign_in_failed',
        message: `Sign-in was cancelled or its window was closed${reason}. You are signed out.`,
      });
    }
    if (!redirectedTo) {
      throw new GoalsError({
        kind: 'sign_in_failed',
        message: 'Sign-in ended without an answer. You are signed out.',
      });
    }
    const current = await attempts.getValue();
    if (!current) {
      throw new GoalsError({
        kind: 'sign_in_failed',
        message: 'This sign-in attempt was replaced by another. Try again.',
      });
    }
    return await oauth.exchangeCode(env, redirectedTo, current, scopes);
  } finally {
    await attempts.removeValue();
  }
}
