import type { Environment } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { signInAttemptItem } from '@/utils/storage';
import type { GrantedTokens, OAuthClient } from './oauth-client';

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

/**
 * Signs in through the browser's sign-in window: authorization code with PKCE (S256), state
 * and nonce. The attempt is kept in session storage until the redirect comes back, so an
 * answer meant for another attempt fails the state check.
 */
export async function runSignIn(
  env: Environment,
  oauth: OAuthClient,
  identity: Identity,
  attempts = signInAttemptItem,
): Promise<GrantedTokens> {
  const redirectUri = identity.getRedirectURL();
  if (!env.clientId) throw notConfigured(env, redirectUri);
  const { url, attempt } = await oauth.authorizationUrl(env, redirectUri);
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
    return await oauth.exchangeCode(env, redirectedTo, current);
  } finally {
    await attempts.removeValue();
  }
}
