import { get } from 'node:http';
import { IDBFactory } from 'fake-indexeddb';
import { createTransport } from '@/entrypoints/background/api/transport';
import { createAuthService } from '@/entrypoints/background/auth/auth-service';
import { createOAuthClient } from '@/entrypoints/background/auth/oauth-client';
import { createRefreshTokenStore } from '@/entrypoints/background/auth/refresh-token-db';
import type { Identity } from '@/entrypoints/background/auth/sign-in';
import { createTokenStore } from '@/entrypoints/background/auth/token-store';
import type { LoggedRequest } from '@/sandbox/requests';
import { type SandboxOptions, startSandbox } from '@/sandbox/server';
import type { Environment } from '@/utils/environments';
import type { AccountState } from '@/utils/messages';

/** A request the sandbox logged (`GET /__sandbox/requests`). */
export type Logged = LoggedRequest;

/** The redirect URL a Chrome extension with the fake browser's id would have. */
export const REDIRECT_URL = 'https://test-extension-id.chromiumapp.org/';

/**
 * Stands in for `identity.launchWebAuthFlow`: loads the authorize URL (after `edit`, which
 * tests use to tamper with it) with the sandbox's unattended decision, and answers where the
 * sandbox redirects, as the browser's sign-in window does.
 */
export function sandboxIdentity(decision: 'approve' | 'deny', edit?: (url: URL) => void): Identity {
  return {
    getRedirectURL: () => REDIRECT_URL,
    launchWebAuthFlow: ({ url }) => {
      const target = new URL(url);
      target.searchParams.set('auto', decision);
      edit?.(target);
      // node:http rather than fetch: the page tests' window has a fetch of its own.
      return new Promise((resolve, reject) => {
        get(target, { agent: false }, (answer) => {
          answer.resume();
          resolve(answer.headers.location);
        }).on('error', reject);
      });
    },
  };
}

/** A real sandbox, and the background's auth layers pointed at it. */
export async function startAuthKit(options: SandboxOptions & { identity?: Identity } = {}) {
  const sandbox = await startSandbox({ port: 0, quiet: true, ...options });
  const control = async (path: string, init?: { method?: string; body?: unknown }) => {
    const answer = await fetch(`${sandbox.url}/__sandbox/${path}`, {
      method: init?.method ?? (init?.body ? 'POST' : 'GET'),
      headers: { 'content-type': 'application/json' },
      ...(init?.body ? { body: JSON.stringify(init.body) } : {}),
    });
    if (!answer.ok) throw new Error(`sandbox ${path}: ${answer.status} ${await answer.text()}`);
    return answer.json();
  };
  let environment: Environment = {
    name: 'sandbox',
    apiBaseUrl: `${sandbox.url}/auth`,
    oauthBaseUrl: sandbox.url,
    clientId: 'quran-goals-sandbox',
  };
  const refreshDb = createRefreshTokenStore(new IDBFactory());
  const tokens = createTokenStore(refreshDb);
  const broadcasts: AccountState[] = [];
  const oauth = createOAuthClient({ timeoutMs: 5000 });
  const auth = createAuthService({
    environment: async () => environment,
    tokens,
    oauth,
    identity: options.identity ?? sandboxIdentity('approve'),
    broadcast: (state) => broadcasts.push(state),
  });
  const transport = createTransport({
    environment: async () => environment,
    timeZone: async () => 'Asia/Karachi',
    accessToken: () => auth.accessToken(),
    refreshAfterRejection: (rejected) => auth.refreshAfterRejection(rejected),
    signInAgain: (rejected) => auth.signInAgain(rejected),
  });
  return {
    sandbox,
    auth,
    oauth,
    tokens,
    refreshDb,
    transport,
    broadcasts,
    get environment() {
      return environment;
    },
    setEnvironment(next: Environment) {
      environment = next;
    },
    requests: async (path?: string): Promise<Logged[]> =>
      ((await control('requests')) as Logged[]).filter((r) => !path || r.path === path),
    clearRequests: () => control('requests', { method: 'DELETE' }),
    fault: (body: Record<string, unknown>) => control('faults', { body }),
    /** Tokens minted for a reader, as the token endpoint answers them. */
    mint: async (scope?: string) =>
      (await control('tokens', {
        body: { clientId: environment.clientId, ...(scope ? { scope } : {}) },
      })) as {
        access_token: string;
        refresh_token?: string;
        expires_in: number;
        scope: string;
      },
    /** Signs in with freshly minted tokens whose access token expires at `expiresAt`. */
    async signInWithMinted(expiresAt = Date.now() + 3_600_000) {
      const minted = await this.mint();
      await auth.adoptTokens({
        accessToken: minted.access_token,
        expiresAt,
        refreshToken: minted.refresh_token,
        scopes: minted.scope.split(' '),
      });
      return minted;
    },
    close: () => sandbox.close(),
  };
}
