import { serialize } from '@/utils/concurrency';
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
  /** The account the tokens are for (the ID token's `sub`); null when not known. */
  subject: string | null;
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

/**
 * The access token in session storage, the refresh token in the background's IndexedDB. The
 * background is their only writer, so what was read is kept in memory until the next write
 * (each API call reads the tokens; the storage need not answer every time). Reads and writes
 * take turns: a set is written in two places, and a read between the two would mix the old
 * access token with the new refresh token.
 */
export function createTokenStore(refresh: RefreshTokenStore, access = accessTokenItem): TokenStore {
  let loaded: Promise<TokenSet | null> | null = null;
  /** Each read or write starts when the one asked before it has settled. */
  const inTurn = serialize();

  async function read(): Promise<TokenSet | null> {
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
      subject: record?.subject ?? usable?.subject ?? null,
    };
  }

  /**
   * Runs a write after the reads and writes asked before it. What was kept is dropped at once
   * (a read asked from now on waits for the write) and again when the write ends.
   */
  function writing(task: () => Promise<void>): Promise<void> {
    loaded = null;
    return inTurn(task).finally(() => {
      loaded = null;
    });
  }

  return {
    load() {
      if (loaded) return loaded;
      const reading = inTurn(read);
      loaded = reading;
      reading.catch(() => {
        if (loaded === reading) loaded = null;
      });
      return reading;
    },
    save: (tokens) =>
      writing(async () => {
        const { accessToken, expiresAt, refreshToken, scopes, environment } = tokens;
        const subject = tokens.subject ? { subject: tokens.subject } : {};
        if (refreshToken) await refresh.set({ refreshToken, scopes, environment, ...subject });
        else await refresh.clear();
        if (accessToken) {
          await access.setValue({ accessToken, expiresAt, scopes, environment, ...subject });
        } else await access.removeValue();
      }),
    clear: () => writing(() => Promise.all([refresh.clear(), access.removeValue()]).then(() => {})),
  };
}
