import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserClient } from '@/entrypoints/popup/client';
import type { EarlyRead } from '@/entrypoints/popup/popup-client';
import popupStart from '@/entrypoints/popup-start';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { DEFAULT_DRAFT, type Draft } from '@/utils/goal-form';
import { popupSnapshotItem } from '@/utils/storage';
import { DRAFT_VERSION } from '@/utils/storage/draft';
import { DRAFT_KEY, POPUP_SNAPSHOT_KEY, SETTINGS_KEY } from '@/utils/storage/keys';

const scope = globalThis as EarlyRead;
const api = fakeBrowser as unknown as WxtBrowser;
const SAVED: Draft = { ...DEFAULT_DRAFT, type: 'QURAN_PAGES', pages: '3', preset: null };

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({
    [DRAFT_KEY]: { version: DRAFT_VERSION, draft: SAVED },
    [SETTINGS_KEY]: { mushafId: 6 },
  });
});
afterEach(() => {
  delete scope.__popupStart;
  vi.unstubAllGlobals();
});

describe('the read begun before the popup module arrives', () => {
  it('reads the draft and the settings, and the popup starts from that answer without asking again', async () => {
    vi.stubGlobal('browser', fakeBrowser);
    popupStart.main();
    expect(scope.__popupStart).toBeInstanceOf(Promise);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const start = await browserClient(api).load();
    expect(get).not.toHaveBeenCalled();
    expect(start).toEqual({ draft: SAVED, mushafId: 6, snapshot: null });
  });

  it('is not needed: without it the popup reads the same itself', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await browserClient(api).load()).toEqual({ draft: SAVED, mushafId: 6, snapshot: null });
    expect(get).toHaveBeenCalledOnce();
  });

  it('leaves the defaults in place when the read failed', async () => {
    scope.__popupStart = Promise.reject(new Error('storage closed'));
    expect(await browserClient(api).load()).toEqual({
      draft: null,
      mushafId: null,
      snapshot: null,
    });
  });
});

describe('the snapshot of the last opening', () => {
  it('is read early, in the same read as the draft, as the background keeps it', async () => {
    const snapshot = {
      account: { signedIn: true, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: ['goal'] },
      plan: { hasGoal: true, goalId: 'goal-9', dailyTargetPages: 2 },
      asked: { type: 'QURAN_PAGES' as const, mushafId: 6 as const },
      askedAt: Date.parse('2026-03-01T10:00:00Z'),
    };
    // Written through the background's validated item, read by the popup without zod.
    await popupSnapshotItem.setValue(snapshot);
    vi.stubGlobal('browser', fakeBrowser);
    popupStart.main();
    expect((await browserClient(api).load()).snapshot).toEqual(snapshot);
  });

  it('is left out when it is not of the shape the background writes', async () => {
    await fakeBrowser.storage.local.set({ [POPUP_SNAPSHOT_KEY]: { account: 'me' } });
    expect((await browserClient(api).load()).snapshot).toBeNull();
  });
});

describe('the draft kept by the popup’s client', () => {
  it('keeps the draft in storage.local under its key, and forgets it', async () => {
    fakeBrowser.reset();
    const client = browserClient(api);
    const load = async () => (await browserClient(api).load()).draft;
    expect(await load()).toBeNull();
    await client.saveDraft(SAVED);
    expect(await fakeBrowser.storage.local.get(DRAFT_KEY)).toEqual({
      [DRAFT_KEY]: { version: DRAFT_VERSION, draft: SAVED },
    });
    expect(await load()).toEqual(SAVED);
    await client.clearDraft();
    expect(await load()).toBeNull();
  });
});
