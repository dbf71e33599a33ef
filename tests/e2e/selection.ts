import type { Page } from 'playwright-core';
import { type Journey, waitFor } from './harness';

// What the selection journeys share: the tab a content script reported, a selection made
// across elements, and the popup the "Make goal from selection" click opened.

const SLOW = { timeout: 30_000 } as const;

type SessionRuntime = {
  storage: {
    session: { get(key: string): Promise<{ pageContexts?: Record<string, { url: string }> }> };
  };
};

/** The ids of the tabs whose content scripts reported `url` (read from the background's store). */
function tabsReporting(control: Page, url: string): Promise<number[]> {
  return control.evaluate(async (wanted) => {
    const { storage } = (globalThis as unknown as { chrome: SessionRuntime }).chrome;
    const all = (await storage.session.get('pageContexts')).pageContexts ?? {};
    return Object.entries(all)
      .filter(([, context]) => context.url === wanted)
      .map(([tab]) => Number(tab));
  }, url);
}

/**
 * The id of a tab whose content script reported `url`, once one has; tabs in `known`
 * (reported before) are passed over.
 */
export function reportedTab(
  control: Page,
  url: string,
  known: ReadonlySet<number> = new Set(),
): Promise<number> {
  return waitFor(
    async () => (await tabsReporting(control, url)).find((tab) => !known.has(tab)) ?? null,
    { ...SLOW, message: `a page context reported for ${url}` },
  );
}

/**
 * Opens `url` in a new tab and waits until its content script has reported the page; answers
 * the page and its tab id (another tab showing the same address is never taken for it).
 */
export async function openReportedPage(
  journey: Journey,
  control: Page,
  url: string,
): Promise<{ page: Page; tab: number }> {
  const known = new Set(await tabsReporting(control, url));
  const page = await journey.browser.context.newPage();
  await page.goto(url);
  return { page, tab: await reportedTab(control, url, known) };
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
