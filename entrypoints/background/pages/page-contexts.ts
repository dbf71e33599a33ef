import { browser } from 'wxt/browser';
import { type PageContext, PageContextSchema, type PopupContext } from '@/utils/messages';
import { GET_PAGE_CONTEXT } from '@/utils/sites/site-reader';
import { pendingPrefillItem } from '@/utils/storage';
import type { MessageContext } from '../messaging/router';
import { askPage } from './ask-page';

/** The tab the popup was opened over: its id, and its URL when the extension may see it. */
export type ActiveTab = { id?: number; url?: string } | undefined;

/** Finds the popup's tab: the one it names (`?tab=`), else the active tab of the last focused window. */
export type TabFinder = (wanted?: number) => Promise<ActiveTab>;

/** The tab a popup page names in its address (`popup.html?tab=12`), when opened in a window or tab. */
export function namedTab(from?: MessageContext): number | undefined {
  if (from?.senderClass !== 'extension-page' || !from.sender.url) return undefined;
  const id = Number(new URL(from.sender.url).searchParams.get('tab') ?? Number.NaN);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/** The browser's tab finder: a named tab if it still exists, else the active one. */
export const findTab: TabFinder = async (wanted) => {
  if (wanted !== undefined) return browser.tabs.get(wanted).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
};

/** What the pages show, asked when needed, and what the popup is opened with. */
export interface PageContexts {
  /**
   * The popup's tab's context, read from its page now, and the pending prefill (handed out
   * once). A popup page opened in a window or tab names its tab with `?tab=`.
   */
  popupContext(from?: MessageContext): Promise<PopupContext>;
  /** What the content script of a tab's top frame reads on its page now, or null. */
  contextOf(tabId: number): Promise<PageContext | null>;
}

/** Asks a tab's top frame for its page context (`askPage` by default). */
export type PageAsker = (tabId: number) => Promise<PageContext | null>;

const askTopFrame: PageAsker = (tabId) => askPage(tabId, GET_PAGE_CONTEXT, PageContextSchema);

/**
 * Page contexts read from the page when they are needed: the verses in view now, not when the
 * page last changed. Nothing is kept between asks, and the page does no work until asked.
 */
export function createPageContexts(
  activeTab: TabFinder,
  ask: PageAsker = askTopFrame,
  prefill = pendingPrefillItem,
): PageContexts {
  return {
    contextOf: (tabId) => ask(tabId),
    async popupContext(from) {
      const tab = await activeTab(namedTab(from));
      const [pageContext, pending] = await Promise.all([
        tab?.id === undefined ? null : ask(tab.id),
        prefill.getValue(),
      ]);
      if (pending) await prefill.removeValue();
      return { pageContext, prefill: pending };
    },
  };
}
