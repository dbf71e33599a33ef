import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createRefreshTokenStore,
  type RefreshTokenStore,
} from '@/entrypoints/background/auth/refresh-token-db';
import {
  createTokenStore,
  sameEnvironment,
  type TokenSet,
} from '@/entrypoints/background/auth/token-store';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { accessTokenItem } from '@/utils/storage';

const sandbox = ENVIRONMENT_DEFAULTS.sandbox;
const tokens: TokenSet = {
  accessToken: 'access-1',
  expiresAt: 1_800_000_000_000,
  refreshToken: 'refresh-1',
  scopes: ['openid', 'goal'],
  environment: sandbox,
  subject: 'reader-1',
};

let factory: IDBFactory;
beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});

describe('createRefreshTokenStore', () => {
  it('keeps the record across store instances (a restarted worker)', async () => {
    await createRefreshTokenStore(factory).set({
      refreshToken: 'r',
      scopes: [],
      environment: sandbox,
    });
    expect(await createRefreshTokenStore(factory).get()).toEqual({
      refreshToken: 'r',
      scopes: [],
      environment: sandbox,
    });
  });

  it('answers null for a record that is not valid', async () => {
    const store = createRefreshTokenStore(factory);
    await store.set({ refreshToken: 'r', scopes: [], environment: sandbox });
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('quran-goals-secrets', 1);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('tokens', 'readwrite');
      tx.objectStore('tokens').put({ refreshToken: '' }, 'refresh');
      tx.oncomplete = resolve;
    });
    expect(await store.get()).toBeNull();
  });

  it('refuses to write an invalid record', async () => {
    await expect(
      createRefreshTokenStore(factory).set({ refreshToken: '', scopes: [], environment: sandbox }),
    ).rejects.toThrow();
  });
});

describe('createTokenStore', () => {
  it('keeps the access token in session storage and the refresh token only in IndexedDB', async () => {
    await createTokenStore(createRefreshTokenStore(factory)).save(tokens);
    const session = JSON.stringify(await fakeBrowser.storage.session.get());
    expect(session).toContain('access-1');
    expect(session).not.toContain('refresh-1');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect((await createRefreshTokenStore(factory).get())?.refreshToken).toBe('refresh-1');
  });

  it('reads back the same set', async () => {
    const store = createTokenStore(createRefreshTokenStore(factory));
    await store.save(tokens);
    expect(await store.load()).toEqual(tokens);
  });

  it('reads the storage once until the next write, then reads what was written', async () => {
    const db = createRefreshTokenStore(factory);
    let reads = 0;
    const counting: RefreshTokenStore = {
      get: () => {
        reads++;
        return db.get();
      },
      set: (record) => db.set(record),
      clear: () => db.clear(),
    };
    const store = createTokenStore(counting);
    await store.save(tokens);
    expect(await store.load()).toEqual(tokens);
    expect(await store.load()).toEqual(tokens);
    expect(reads).toBe(1);
    const rotated = { ...tokens, accessToken: 'access-2', refreshToken: 'refresh-2' };
    await store.save(rotated);
    expect(await store.load()).toEqual(rotated);
    expect(reads).toBe(2);
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('reads again after a read that failed', async () => {
    const db = createRefreshTokenStore(factory);
    let failNext = true;
    const flaky: RefreshTokenStore = {
      get: () => {
        if (!failNext) return db.get();
        failNext = false;
        return Promise.reject(new Error('database closed'));
      },
      set: (record) => db.set(record),
      clear: () => db.clear(),
    };
    await db.set({ refreshToken: 'refresh-1', scopes: tokens.scopes, environment: sandbox });
    const store = createTokenStore(flaky);
    await expect(store.load()).rejects.toThrow('database closed');
    expect((await store.load())?.refreshToken).toBe('refresh-1');
  });

  it('answers a read asked while a set is written with the whole new set, never half of it', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = false;
    const slowAccess: typeof accessTokenItem = {
      ...accessTokenItem,
      setValue: async (value) => {
        if (holding) await held;
        return accessTokenItem.setValue(value);
      },
    };
    const store = createTokenStore(createRefreshTokenStore(factory), slowAccess);
    await store.save(tokens);
    expect(await store.load()).toEqual(tokens);

    holding = true;
    const rotated = { ...tokens, accessToken: 'access-2', refreshToken: 'refresh-2' };
    const writing = store.save(rotated);
    // The refresh token is written first; the access token waits.
    await expect
      .poll(async () => (await createRefreshTokenStore(factory).get())?.refreshToken)
      .toBe('refresh-2');
    const reading = store.load();
    release();
    await writing;
    expect(await reading).toEqual(rotated);
  });

  it('answers a read asked before a write with what was there before', async () => {
    const store = createTokenStore(createRefreshTokenStore(factory));
    await store.save(tokens);
    const before = store.load();
    const rotated = { ...tokens, accessToken: 'access-2', refreshToken: 'refresh-2' };
    await store.save(rotated);
    expect(await before).toEqual(tokens);
    expect(await store.load()).toEqual(rotated);
  });

  it('writes the refresh token before the access token', async () => {
    const order: string[] = [];
    const db = createRefreshTokenStore(factory);
    const tracing: RefreshTokenStore = {
      get: () => db.get(),
      set: async (record) => {
        await db.set(record);
        order.push('refresh stored');
      },
      clear: () => db.clear(),
    };
    fakeBrowser.storage.session.onChanged.addListener(() => order.push('access stored'));
    await createTokenStore(tracing).save(tokens);
    expect(order).toEqual(['refresh stored', 'access stored']);
  });

  it('survives the end of the browser session with the refresh token only', async () => {
    const store = createTokenStore(createRefreshTokenStore(factory));
    await store.save(tokens);
    await fakeBrowser.storage.session.clear();
    expect(await store.load()).toEqual({ ...tokens, accessToken: null, expiresAt: 0 });
  });

  it('ignores an access token of another environment than the refresh token', async () => {
    const store = createTokenStore(createRefreshTokenStore(factory));
    await store.save({ ...tokens, environment: { ...sandbox, clientId: 'other' } });
    await createRefreshTokenStore(factory).set({
      refreshToken: 'refresh-2',
      scopes: [],
      environment: sandbox,
    });
    expect(await store.load()).toMatchObject({ accessToken: null, refreshToken: 'refresh-2' });
  });

  it('clears both', async () => {
    const store = createTokenStore(createRefreshTokenStore(factory));
    await store.save(tokens);
    await store.clear();
    expect(await store.load()).toBeNull();
  });
});

describe('sameEnvironment', () => {
  it.each([
    [{}, true],
    [{ clientId: 'x' }, false],
    [{ apiBaseUrl: 'http://127.0.0.1:1/auth' }, false],
    [{ oauthBaseUrl: 'http://127.0.0.1:1' }, false],
    [{ name: 'production' as const }, false],
  ])('compares %j', (change, same) => {
    expect(sameEnvironment(sandbox, { ...sandbox, ...change })).toBe(same);
  });
});
