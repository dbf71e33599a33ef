import * as z from 'zod/mini';
import { once } from '@/utils/concurrency';
import { EnvironmentSchema } from '@/utils/environments';

/** The refresh token, the scopes granted with it and the environment that issued it. */
export const RefreshRecordSchema = z.object({
  refreshToken: z.string().check(z.minLength(1)),
  scopes: z.array(z.string()),
  environment: EnvironmentSchema,
  /** The account (the ID token's `sub`). */
  subject: z.optional(z.string()),
});
export type RefreshRecord = z.infer<typeof RefreshRecordSchema>;

/** Where the refresh token is kept: read and written by the background only. */
export interface RefreshTokenStore {
  get(): Promise<RefreshRecord | null>;
  /** Resolves once the record is durably written. */
  set(record: RefreshRecord): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'quran-goals-secrets';
const STORE = 'tokens';
const KEY = 'refresh';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () => reject(transaction.error);
  });
}

/**
 * The refresh token in the extension origin's IndexedDB. Content scripts run in the web page's
 * origin and cannot open it, in Chromium and Firefox alike (where `storage.local` could be
 * read by a content script).
 */
export function createRefreshTokenStore(factory: IDBFactory = indexedDB): RefreshTokenStore {
  // Opened on first use and kept; a failed open is tried again by the next use.
  const open = once(
    () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = factory.open(DB_NAME, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
  const write = async (change: (store: IDBObjectStore) => void) => {
    const transaction = (await open()).transaction(STORE, 'readwrite', { durability: 'strict' });
    change(transaction.objectStore(STORE));
    await committed(transaction);
  };
  return {
    async get() {
      const store = (await open()).transaction(STORE, 'readonly').objectStore(STORE);
      const parsed = RefreshRecordSchema.safeParse(await done(store.get(KEY)));
      return parsed.success ? parsed.data : null;
    },
    set: (record) => write((store) => store.put(RefreshRecordSchema.parse(record), KEY)),
    clear: () => write((store) => store.delete(KEY)),
  };
}
