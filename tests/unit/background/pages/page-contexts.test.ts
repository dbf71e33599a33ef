import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageContexts } from '@/entrypoints/background/pages/page-contexts';
import type { PageContext } from '@/utils/messages';
import { pendingPrefillItem } from '@/utils/storage';

const context = (url: string, surah: number): PageContext => ({
  url,
  site: 'quran.com',
  suggestions: [
    { kind: 'surah', number: surah, range: { from: { surah, ayah: 1 }, to: { surah, ayah: 7 } } },
  ],
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createPageContexts', () => {
  it('asks the popup’s tab, and only it, for what it shows now', async () => {
    const asked: number[] = [];
    const pages = createPageContexts(
      async () => ({ id: 7, url: 'https://quran.com/1' }),
      async (tabId) => {
        asked.push(tabId);
        return context('https://quran.com/1', asked.length);
      },
    );
    expect(await pages.popupContext()).toEqual({
      pageContext: context('https://quran.com/1', 1),
      prefill: null,
    });
    // Scrolled on since: the next ask reads the page again.
    expect((await pages.popupContext()).pageContext?.suggestions[0]?.number).toBe(2);
    expect(asked).toEqual([7, 7]);
  });

  it('asks nothing when there is no tab', async () => {
    const pages = createPageContexts(
      async () => undefined,
      async () => {
        throw new Error('No tab to ask.');
      },
    );
    expect(await pages.popupContext()).toEqual({ pageContext: null, prefill: null });
  });

  it('hands the pending prefill out once', async () => {
    const range = { from: { surah: 2, ayah: 255 }, to: { surah: 2, ayah: 257 } };
    await pendingPrefillItem.setValue(range);
    const pages = createPageContexts(async () => undefined);
    expect((await pages.popupContext()).prefill).toEqual(range);
    expect((await pages.popupContext()).prefill).toBeNull();
  });
});
