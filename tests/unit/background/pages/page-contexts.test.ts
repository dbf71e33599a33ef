import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageContext } from '@/entrypoints/background/messaging/router';
import { type ActiveTab, createPageContexts } from '@/entrypoints/background/pages/page-contexts';
import type { PageContext } from '@/utils/messages';
import { pendingPrefillItem } from '@/utils/storage';

const context = (url: string, surah: number): PageContext => ({
  url,
  site: 'quran.com',
  suggestions: [
    { kind: 'surah', number: surah, range: { from: { surah, ayah: 1 }, to: { surah, ayah: 7 } } },
  ],
});
const fromTab = (id: number, url: string): MessageContext => ({
  sender: { id: fakeBrowser.runtime.id, url, tab: { id, url } },
  senderClass: 'content-script',
});

let active: ActiveTab;
const pages = () => createPageContexts(async () => active);

beforeEach(() => {
  fakeBrowser.reset();
  active = undefined;
});

describe('createPageContexts', () => {
  it('answers the active tab’s last report while the tab still shows that page', async () => {
    const store = pages();
    await store.report(context('https://quran.com/1', 1), fromTab(7, 'https://quran.com/1'));
    active = { id: 7, url: 'https://quran.com/1' };
    expect(await store.popupContext()).toEqual({
      pageContext: context('https://quran.com/1', 1),
      prefill: null,
    });
    active = { id: 7, url: 'https://example.com/' };
    expect((await store.popupContext()).pageContext).toBeNull();
    active = { id: 8, url: 'https://quran.com/1' };
    expect((await store.popupContext()).pageContext).toBeNull();
  });

  it('keeps the reports of tabs that report at the same time', async () => {
    const store = pages();
    await Promise.all([
      store.report(context('https://quran.com/1', 1), fromTab(1, 'https://quran.com/1')),
      store.report(context('https://quran.com/2', 2), fromTab(2, 'https://quran.com/2')),
      store.report(context('https://quran.com/3', 3), fromTab(3, 'https://quran.com/3')),
    ]);
    for (const id of [1, 2, 3]) {
      active = { id, url: `https://quran.com/${id}` };
      expect((await store.popupContext()).pageContext?.suggestions[0]?.number).toBe(id);
    }
  });

  it('keeps a newer report of the same tab and forgets a closed tab', async () => {
    const store = pages();
    await store.report(context('https://quran.com/1', 1), fromTab(4, 'https://quran.com/1'));
    await store.report(context('https://quran.com/2', 2), fromTab(4, 'https://quran.com/2'));
    active = { id: 4, url: 'https://quran.com/2' };
    expect((await store.popupContext()).pageContext?.url).toBe('https://quran.com/2');
    await store.forgetTab(4);
    expect((await store.popupContext()).pageContext).toBeNull();
  });

  it('ignores a report that does not come from a tab’s content script', async () => {
    const store = pages();
    const page: MessageContext = {
      sender: { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' },
      senderClass: 'extension-page',
    };
    await store.report(context('https://quran.com/1', 1), page);
    expect(await fakeBrowser.storage.session.get('pageContexts')).toEqual({});
  });

  it('hands the pending prefill out once', async () => {
    const range = { from: { surah: 2, ayah: 255 }, to: { surah: 2, ayah: 257 } };
    await pendingPrefillItem.setValue(range);
    const store = pages();
    expect((await store.popupContext()).prefill).toEqual(range);
    expect((await store.popupContext()).prefill).toBeNull();
  });
});
