import { beforeAll, describe, expect, it } from 'vitest';
import { contentScriptWorld, QURAN_PAGE, setupSecurityJourney } from './fixtures-security/journey';
import { setTokens } from './harness';
import type { TokenResponse } from './harness/sandbox';

// Where the tokens live, and who can reach them, in a real Chromium: the access token in
// storage.session, the refresh token in the extension origin's IndexedDB, nothing in
// storage.local. A web page and our own content script must reach neither.

const journey = setupSecurityJourney();
let tokens: TokenResponse;

/** What one JavaScript context can read of the extension's storage. */
interface Reach {
  origin: string;
  /** `typeof chrome.storage` there. */
  storage: string;
  /** storage.session as JSON, or `refused: <why>`. */
  session: string;
  /** storage.local as JSON, or `refused: <why>`. */
  local: string;
  /** IndexedDB databases of this context's origin. */
  databases: string[];
  /** The refresh-token record, when this origin holds the secrets database. */
  secrets: string | null;
}

/** Reads every place a token could be, from whatever context it runs in (globals only). */
async function probe(): Promise<Reach> {
  type Area = { get(keys: null): Promise<unknown> };
  const chrome = (globalThis as { chrome?: { storage?: { session?: Area; local?: Area } } }).chrome;
  const reach: Reach = {
    origin: location.origin,
    storage: typeof chrome?.storage,
    session: '',
    local: '',
    databases: [],
    secrets: null,
  };
  try {
    reach.session = JSON.stringify((await chrome?.storage?.session?.get(null)) ?? 'absent');
  } catch (error) {
    reach.session = `refused: ${(error as Error).message}`;
  }
  try {
    reach.local = JSON.stringify((await chrome?.storage?.local?.get(null)) ?? 'absent');
  } catch (error) {
    reach.local = `refused: ${(error as Error).message}`;
  }
  reach.databases = (await indexedDB.databases()).map((db) => db.name ?? '');
  if (reach.databases.includes('quran-goals-secrets')) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('quran-goals-secrets');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise((resolve) => {
      const read = db.transaction('tokens').objectStore('tokens').get('refresh');
      read.onsuccess = () => resolve(read.result ?? null);
      read.onerror = () => resolve(null);
    });
    db.close();
    reach.secrets = JSON.stringify(record);
  }
  return reach;
}

const holdsNoToken = (reach: Reach) => {
  const seen = JSON.stringify(reach);
  expect(seen).not.toContain(tokens.access_token);
  expect(seen).not.toContain(tokens.refresh_token);
};

beforeAll(async () => {
  const options = await journey.browser.openPage('options.html');
  tokens = await setTokens(options, journey.sandbox);
  if (!tokens.refresh_token) throw new Error('The sandbox gave no refresh token.');
  await options.getByText('Signed in to your Quran.com account').waitFor({ timeout: 30_000 });
});

describe('where the tokens are kept', () => {
  it('an extension page finds the access token in storage.session, the refresh token in IndexedDB, none in storage.local', async () => {
    const page = await journey.browser.openPage('options.html');
    const reach = await page.evaluate(probe);
    expect(reach.origin).toBe(`chrome-extension://${journey.browser.extensionId}`);
    expect(reach.session).toContain(tokens.access_token);
    expect(reach.secrets).toContain(tokens.refresh_token);
    expect(reach.local).not.toContain(tokens.access_token);
    expect(reach.local).not.toContain(tokens.refresh_token);
    expect(reach.local).not.toMatch(/accessToken|refreshToken/);
    await page.close();
  });
});

describe('who cannot reach them', () => {
  it('a web page has no extension storage and no way into the extension origin', async () => {
    const page = await journey.browser.context.newPage();
    await page.goto(QURAN_PAGE);
    const reach = await page.evaluate(probe);
    expect(reach.origin).toBe('https://quran.com');
    expect(reach.storage).toBe('undefined');
    expect(reach.session).toBe('"absent"');
    expect(reach.local).toBe('"absent"');
    expect(reach.databases).not.toContain('quran-goals-secrets');
    holdsNoToken(reach);
    const fetched = await page.evaluate(async (url) => {
      try {
        return `read ${(await (await fetch(url)).text()).length} characters`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, journey.browser.url('background.js'));
    expect(fetched).toMatch(/^refused/);
    await page.close();
  });

  it('our content script is refused storage.session and cannot open the extension’s IndexedDB', async () => {
    const page = await journey.browser.context.newPage();
    await page.goto(QURAN_PAGE);
    const world = await contentScriptWorld(page, journey.browser.extensionId);
    const reach = await world.run(probe);
    await world.close();
    expect(reach.origin).toBe('https://quran.com');
    expect(reach.storage).toBe('object');
    expect(reach.session).toMatch(/^refused: Access to storage is not allowed from this context/);
    expect(reach.local).not.toMatch(/^refused/);
    expect(reach.databases).not.toContain('quran-goals-secrets');
    expect(reach.secrets).toBeNull();
    holdsNoToken(reach);
    expect(journey.workerErrors.errors).toEqual([]);
    await page.close();
  });
});
