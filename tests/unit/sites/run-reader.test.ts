// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quranComReader } from '@/entrypoints/quran-com.content/extract';
import type { PageContext } from '@/utils/messages';
import { runSiteReader } from '@/utils/sites/run-reader';
import { GET_SELECTION_RANGE } from '@/utils/sites/site-reader';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { summary } from './summary';

const setUrl = (href: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);

let reports: PageContext[] = [];
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  reports = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, payload } = message as { name: string; payload: PageContext };
    if (name === 'reportPageContext') reports.push(payload);
  });
  setUrl('https://quran.com/2');
  loadPage('quran-com', '2026-11-01-translation-near-2-255.html');
  ctx = new ContentScriptContext('quran-com');
});

afterEach(() => ctx.abort());

const lastReport = () => summary(reports.at(-1)?.suggestions ?? []);

describe('runSiteReader', () => {
  it('reports the page context as soon as it starts', async () => {
    runSiteReader(ctx, quranComReader);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]).toMatchObject({ url: 'https://quran.com/2', site: 'quran.com' });
    expect(lastReport()).toEqual(['surah 2 2:1-2:286']);
  });

  it('reports again when scrolling ends on another verse, and only then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      runSiteReader(ctx, quranComReader);
      await vi.waitFor(() => expect(reports).toHaveLength(1));
      document.dispatchEvent(new Event('scrollend'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(reports).toHaveLength(1);
      scrollTo(document, '[data-testid^="verse-"]', '[data-verse-key="2:255"]');
      document.dispatchEvent(new Event('scrollend'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(reports).toHaveLength(2);
      expect(lastReport()[0]).toBe('verse 2:255-2:255');
      scrollTo(document, '[data-testid^="verse-"]', '[data-verse-key="2:257"]');
      document.dispatchEvent(new Event('scrollend'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(reports).toHaveLength(3);
      expect(lastReport()[0]).toBe('verse 2:257-2:257');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports again when the address changes without a reload', async () => {
    runSiteReader(ctx, quranComReader);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    setUrl('https://quran.com/2:255/tafsirs');
    await vi.waitFor(() => expect(reports.at(-1)?.url).toBe('https://quran.com/2:255/tafsirs'), {
      timeout: 5000,
    });
    expect(lastReport()).toEqual(['verse 2:255-2:255', 'surah 2 2:1-2:286']);
  });

  it('reports again when the page puts new verses on screen', async () => {
    runSiteReader(ctx, quranComReader);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    localStorage.setItem(
      'persist:root',
      JSON.stringify({ readingTracker: JSON.stringify({ lastReadVerse: { verseKey: '2:100' } }) }),
    );
    document.querySelector('main')?.append(document.createElement('div'));
    await vi.waitFor(() => expect(lastReport()[0]).toBe('verse 2:100-2:100'));
  });

  it("answers the background's request with the live selection", async () => {
    runSiteReader(ctx, quranComReader);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(
      rangeBetween(document, '[data-word-location="2:254:2"]', '[data-word-location="2:256:1"]'),
    );
    const answer = await fakeBrowser.runtime.sendMessage({ name: GET_SELECTION_RANGE });
    expect(answer).toEqual({
      found: true,
      range: { from: { surah: 2, ayah: 254 }, to: { surah: 2, ayah: 256 } },
    });
  });

  it('answers with a reason when nothing is selected, and stops when invalidated', async () => {
    runSiteReader(ctx, quranComReader);
    document.getSelection()?.removeAllRanges();
    const answer = await fakeBrowser.runtime.sendMessage({ name: GET_SELECTION_RANGE });
    expect(answer).toMatchObject({ found: false });
    ctx.abort();
    await expect(fakeBrowser.runtime.sendMessage({ name: GET_SELECTION_RANGE })).resolves.toBe(
      undefined,
    );
  });
});
