import type { Page } from 'playwright-core';
import { type Journey, waitFor } from './harness';

// What the selection journeys share: the tab whose content script answers, a selection made
// across elements, and the popup the "Make goal from selection" click opened.

const SLOW = { timeout: 30_000 } as const;

type TabsRuntime = {
  tabs: {
    query(info: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

/** The ids of the tabs whose content scripts answer that their page is `url` (asked as the background asks). */
function tabsAnswering(control: Page, url: string): Promise<number[]> {
  return control.evaluate(async (wanted) => {
    const { tabs } = (globalThis as unknown as { chrome: TabsRuntime }).chrome;
    const found: number[] = [];
    for (const { id } of await tabs.query({})) {
      if (id === undefined) continue;
      const answer = await tabs
        .sendMessage(id, { name: 'getPageContext' }, { frameId: 0 })
        .catch(() => null);
      if ((answer as { url?: string } | null)?.url === wanted) found.push(id);
    }
    return found;
  }, url);
}

/**
 * The id of a tab whose content script answers for `url`, once one does; tabs in `known`
 * (answering before) are passed over.
 */
export function answeringTab(
  control: Page,
  url: string,
  known: ReadonlySet<number> = new Set(),
): Promise<number> {
  return waitFor(
    async () => (await tabsAnswering(control, url)).find((tab) => !known.has(tab)) ?? null,
    { ...SLOW, message: `a content script answering for ${url}` },
  );
}

/**
 * Opens `url` in a new tab and waits until its content script answers for the page; answers
 * the page and its tab id (another tab showing the same address is never taken for it).
 */
export async function openAnsweringPage(
  journey: Journey,
  control: Page,
  url: string,
): Promise<{ page: Page; tab: number }> {
  const known = new Set(await tabsAnswering(control, url));
  const page = await journey.browser.context.newPage();
  await page.goto(url);
  return { page, tab: await answeringTab(control, url, known) };
}

/** Selects the document from the start of one element to the end of another; answers the text. */
export function selectBetween(page: Page, start: string, end: string): Promise<string> {
  return page.evaluate(
    ([first, last]) => {
      const [a, b] = [document.querySelector(first), document.querySelector(last)];
      if (!a || !b) throw new Error(`Nothing matches ${a ? last : first}`);
      const range = document.createRange();
      range.setStart(a, 0);
      range.setEnd(b, b.childNodes.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    },
    [start, end] as const,
  );
}

/** The popup the menu click opened (the toolbar popup or its small window), once it shows. */
export function openedPopup(journey: Journey, before: Set<Page>): Promise<Page> {
  const prefix = journey.browser.url('popup.html');
  return waitFor(
    () => journey.browser.context.pages().find((p) => !before.has(p) && p.url().startsWith(prefix)),
    { ...SLOW, message: 'the popup opened by the menu' },
  );
}
