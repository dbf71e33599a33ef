import type { Environment } from '@/utils/environments';
import { accessTokenItem } from '@/utils/storage';
import type { RefreshTokenStore } from './refresh-token-db';

/** Every token of a signed-in reader, and the environment that issued them. */
export interface TokenSet {
  accessToken: string | null;
  /** Epoch milliseconds; 0 when there is no access token. */
  expiresAt: number;
  refreshToken: string | null;
  scopes: string[];
  environment: Environment;
}

/** Reads and writes the tokens as one set. */
export interface TokenStore {
  load(): Promise<TokenSet | null>;
  /** Writes the refresh token first, so a rotated one is durable before the new access token is used. */
  save(tokens: TokenSet): Promise<void>;
  clear(): Promise<void>;
}

/** Whether two environments are the same server and client (tokens of one are useless in the other). */
export function sameEnvironment(a: Environment, b: Environment): boolean {
  return (
    a.name === b.name &&
    a.apiBaseUrl === b.apiBaseUrl &&
    a.oauthBaseUrl === b.oauthBaseUrl &&
    a.clientId === b.clientId
  );
}

/** The access token in session storage, the refresh token in the background's IndexedDB. */
export function createTokenStore(refresh: RefreshTokenStore, access = accessTokenItem): TokenStore {
  return {
    async load() {
      const [stored, record] = await Promise.all([access.getValue(), refresh.get()]);
      const environment = record?.environment ?? stored?.environment;
      if (!environment) return null;
      const usable = stored && sameEnvironment(stored.environment, environment) ? stored : null;
      return {
        accessToken: usable?.accessToken ?? null,
        expiresAt: usable?.expiresAt ?? 0,
        refreshToken: record?.refreshToken ?? null,
        scopes: record?.scopes ?? usable?.scopes ?? [],
        environment,
      };
    },
    async save(tokens) {
      const { accessToken, expiresAt, refreshToken, scopes, environment } = tokens;
      if (refreshToken) await refresh.set({ refreshToken, scopes, environment });
      else await refresh.clear();
      if (accessToken) await access.setValue({ accessToken, expiresAt, scopes, environment });
      else await access.removeValue();
    },
    async clear() {
      await Promise.all([refresh.clear(), access.removeValue()]);
    },
  };
}
