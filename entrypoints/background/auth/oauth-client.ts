import * as oauth from 'oauth4webapi';
import type { Environment } from '@/utils/environments';
import { GoalsError } from '@/utils/errors';
import { type OAuthStep, oauthError } from './oauth-errors';

/**
 * Scopes asked for, in one consent: identity, staying signed in, goals (read, estimate, create,
 * change), the streak, and reading activity (`activity_day` covers its children).
 */
export const SCOPES = ['openid', 'offline_access', 'goal', 'streak', 'activity_day'] as const;

/**
 * Scopes asked for when the client's registration refused `SCOPES` (`invalid_scope`): goals
 * alone, with identity and staying signed in.
 */
export const GOAL_SCOPES = ['openid', 'offline_access', 'goal'] as const;

/** What one sign-in attempt must remember until the browser comes back with a code. */
export interface SignInAttempt {
  codeVerifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
}

/** A token endpoint answer, reduced to what the extension keeps. */
export interface GrantedTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  refreshToken?: string;
  /** Scopes granted; absent when the server did not say (then they did not change). */
  scopes?: string[];
  /** The account (the ID token's `sub`); a refresh carries none and keeps the one known. */
  subject?: string;
}

/** The OAuth2 steps, on oauth4webapi (authorization code with PKCE, public client). */
export interface OAuthClient {
  /**
   * The authorize URL to open, asking `scopes` (`SCOPES` unless given), and the attempt to keep
   * until the redirect comes back.
   */
  authorizationUrl(
    env: Environment,
    redirectUri: string,
    scopes?: readonly string[],
  ): Promise<{ url: string; attempt: SignInAttempt }>;
  /**
   * Checks the redirect (state first, then errors: `invalid_scope` throws `ScopeRefusedError`),
   * exchanges the code and checks the ID token nonce. `asked` (`SCOPES` unless given) are the
   * scopes granted when the token answer does not name them.
   */
  exchangeCode(
    env: Environment,
    redirectedTo: string,
    attempt: SignInAttempt,
    asked?: readonly string[],
  ): Promise<GrantedTokens>;
  /** One refresh-token grant; the answer may carry a rotated refresh token. */
  refresh(env: Environment, refreshToken: string): Promise<GrantedTokens>;
  /** Revokes a token at the server. */
  revoke(env: Environment, token: string): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain HTTP is allowed only for the sandbox or a loopback stand-in. */
export function allowsInsecure(env: Environment): boolean {
  return env.name === 'sandbox' || LOOPBACK.has(new URL(env.oauthBaseUrl).hostname);
}

/** Creates the OAuth client; discovery documents are kept per server for the worker's life. */
export function createOAuthClient(
  options: { timeoutMs?: number; now?: () => number } = {},
): OAuthClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? Date.now;
  const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();
  const requestOptions = (env: Environment) => ({
    signal: () => AbortSignal.timeout(timeoutMs),
    [oauth.allowInsecureRequests]: allowsInsecure(env),
  });
  const client = (env: Environment): oauth.Client => ({ client_id: env.clientId });

  async function step<T>(name: OAuthStep, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw oauthError(error, name);
    }
  }

  function discover(env: Environment): Promise<oauth.AuthorizationServer> {
    const cached = discovered.get(env.oauthBaseUrl);
    if (cached) return cached;
    const issuer = new URL(env.oauthBaseUrl);
    const pending = step('discovery', async () =>
      oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, requestOptions(env)),
      ),
    );
    discovered.set(env.oauthBaseUrl, pending);
    pending.catch(() => discovered.delete(env.oauthBaseUrl));
    return pending;
  }

  const granted = (answer: oauth.TokenEndpointResponse): GrantedTokens => ({
    accessToken: answer.access_token,
    expiresAt: now() + (answer.expires_in ?? 3600) * 1000,
    ...(answer.refresh_token ? { refreshToken: answer.refresh_token } : {}),
    ...(answer.scope ? { scopes: answer.scope.split(' ').filter(Boolean) } : {}),
  });

  return {
    async authorizationUrl(env, redirectUri, scopes = SCOPES) {
      const as = await discover(env);
      if (!as.authorization_endpoint) {
        throw new GoalsError({
          kind: 'sign_in_failed',
          message: 'The sign-in server has no authorize address.',
        });
      }
      const attempt: SignInAttempt = {
        codeVerifier: oauth.generateRandomCodeVerifier(),
        state: oauth.generateRandomState(),
        nonce: oauth.generateRandomNonce(),
        redirectUri,
      };
      const url = new URL(as.authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: env.clientId,
        redirect_uri: redirectUri,
        scope: scopes.join(' '),
        state: attempt.state,
        nonce: attempt.nonce,
        code_challenge: await oauth.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
      }).toString();
      return { url: url.href, attempt };
    },
    async exchangeCode(env, redirectedTo, attempt, asked = SCOPES) {
      const as = await discover(env);
      const params = await step('authorize', async () =>
        oauth.validateAuthResponse(as, client(env), new URL(redirectedTo), attempt.state),
      );
      return step('code', async () => {
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          client(env),
          oauth.None(),
          params,
          attempt.redirectUri,
          attempt.codeVerifier,
          requestOptions(env),
        );
        const answer = await oauth.processAuthorizationCodeResponse(as, client(env), response, {
          expectedNonce: attempt.nonce,
          requireIdToken: true,
        });
        const subject = oauth.getValidatedIdTokenClaims(answer)?.sub;
        return { scopes: [...asked], ...granted(answer), ...(subject ? { subject } : {}) };
      });
    },
    async refresh(env, refreshToken) {
      const as = await discover(env);
      return step('refresh', async () => {
        const response = await oauth.refreshTokenGrantRequest(
          as,
          client(env),
          oauth.None(),
          refreshToken,
          requestOptions(env),
        );
        return granted(await oauth.processRefreshTokenResponse(as, client(env), response));
      });
    },
    async revoke(env, token) {
      const as = await discover(env);
      if (!as.revocation_endpoint) return;
      await step('revoke', async () => {
        const response = await oauth.revocationRequest(
          as,
          client(env),
          oauth.None(),
          token,
          requestOptions(env),
        );
        await oauth.processRevocationResponse(response);
      });
    },
  };
}
