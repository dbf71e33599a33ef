import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserClient } from '@/entrypoints/popup/client';
import { DRAFT_VERSION } from '@/entrypoints/popup/draft-store';
import { DRAFT_KEY, type EarlyRead, SETTINGS_KEY } from '@/entrypoints/popup/storage-keys';
import popupStart from '@/entrypoints/popup-start';
import { DEFAULT_DRAFT, type Draft } from '@/utils/goal-form';

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
    expect(start).toEqual({ draft: SAVED, mushafId: 6 });
  });

  it('is not needed: without it the popup reads the same itself', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await browserClient(api).load()).toEqual({ draft: SAVED, mushafId: 6 });
    expect(get).toHaveBeenCalledOnce();
  });

  it('leaves the defaults in place when the read failed', async () => {
    scope.__popupStart = Promise.reject(new Error('storage closed'));
    expect(await browserClient(api).load()).toEqual({ draft: null, mushafId: null });
  });
});
