// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quranComReader } from '@/entrypoints/quran-com.content/extract';
import type { PageContext } from '@/utils/messages';
import { runSiteReader } from '@/utils/sites/run-reader';
import { GET_PAGE_CONTEXT, GET_SELECTION_RANGE } from '@/utils/sites/site-reader';
import { loadPage, rangeBetween, scrollTo } from './fixtures';
import { summary } from './summary';

const setUrl = (href: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);

let sent: unknown[] = [];
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  sent = [];
  // Whatever the content script might send on its own would reach the background here.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
  });
  setUrl('https://quran.com/2');
  loadPage('quran-com', '2026-11-01-translation-near-2-255.html');
  ctx = new ContentScriptContext('quran-com');
});

afterEach(() => ctx.abort());

/** What the page answers the background's `getPageContext` now. */
async function pageContext(): Promise<PageContext> {
  // The fake runtime hands a message to every listener, the test's own included.
  const answer = await fakeBrowser.runtime.sendMessage({ name: GET_PAGE_CONTEXT });
  sent = sent.filter((message) => (message as { name?: string }).name !== GET_PAGE_CONTEXT);
  return answer as PageContext;
}

describe('runSiteReader', () => {
  it('answers the page context when asked, and sends nothing on its own', async () => {
    runSiteReader(ctx, quranComReader);
    const context = await pageContext();
    expect(context).toMatchObject({ url: 'https://quran.com/2', site: 'quran.com' });
    expect(summary(context.suggestions)).toEqual(['surah 2 2:1-2:286']);
    scrollTo(document, '[data-testid^="verse-"]', '[data-verse-key="2:255"]');
    document.dispatchEvent(new Event('scrollend'));
    document.querySelector('main')?.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sent).toEqual([]);
  });

  it('answers the verse on screen now, after scrolling', async () => {
    runSiteReader(ctx, quranComReader);
    scrollTo(document, '[data-testid^="verse-"]', '[data-verse-key="2:255"]');
    expect(summary((await pageContext()).suggestions)[1]).toBe('verse 2:255-2:255');
    scrollTo(document, '[data-testid^="verse-"]', '[data-verse-key="2:257"]');
    expect(summary((await pageContext()).suggestions)[1]).toBe('verse 2:257-2:257');
  });

  it('answers the address it shows now, after it changed without a reload', async () => {
    runSiteReader(ctx, quranComReader);
    setUrl('https://quran.com/2:255/tafsirs');
    const context = await pageContext();
    expect(context.url).toBe('https://quran.com/2:255/tafsirs');
    expect(summary(context.suggestions)).toEqual([
      'ayah 2:255-2:255',
      'verse 2:255-2:255',
      'surah 2 2:1-2:286',
    ]);
  });

  it('answers no verse from another visit when none is in view', async () => {
    runSiteReader(ctx, quranComReader);
    localStorage.setItem(
      'persist:root',
      JSON.stringify({ readingTracker: JSON.stringify({ lastReadVerse: { verseKey: '2:100' } }) }),
    );
    expect(summary((await pageContext()).suggestions)).toEqual(['surah 2 2:1-2:286']);
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
