import { browser } from 'wxt/browser';
import { serialize } from '@/utils/concurrency';
import type { PageContext, PopupContext } from '@/utils/messages';
import { pageContextsItem, pendingPrefillItem } from '@/utils/storage';
import type { MessageContext } from '../messaging/router';

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

/** Page contexts by tab, and what the popup is opened with. */
export interface PageContexts {
  /** Keeps a content script's report for its tab (reports from elsewhere are ignored). */
  report(context: PageContext, from: MessageContext): Promise<Record<string, never>>;
  /** Forgets a closed tab. */
  forgetTab(tabId: number): Promise<void>;
  /**
   * The popup's tab's context, if it still shows that page, and the pending prefill (handed
   * out once). A popup page opened in a window or tab names its tab with `?tab=`.
   */
  popupContext(from?: MessageContext): Promise<PopupContext>;
  /** What the content script of a tab last reported, or null. */
  contextOf(tabId: number): Promise<PageContext | null>;
}

/** The `tabs.onUpdated` listener: a tab's report is forgotten as it starts loading another page. */
export function forgetOnLoad(pages: Pick<PageContexts, 'forgetTab'>) {
  return (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') void pages.forgetTab(tabId);
  };
}

/** Page contexts kept in session storage, so that a restarted worker still has them. */
export function createPageContexts(
  activeTab: TabFinder,
  contexts = pageContextsItem,
  prefill = pendingPrefillItem,
): PageContexts {
  const oneAtATime = serialize();
  /** Read-modify-write, one at a time, so that reports from two tabs do not undo each other. */
  const update = (change: (all: Record<string, PageContext>) => Record<string, PageContext>) =>
    oneAtATime(async () => contexts.setValue(change(await contexts.getValue())));
  return {
    async report(context, { sender, senderClass }) {
      const tabId = sender.tab?.id;
      if (senderClass === 'content-script' && tabId !== undefined) {
        await update((all) => ({ ...all, [tabId]: context }));
      }
      return {};
    },
    async forgetTab(tabId) {
      await update(({ [tabId]: _closed, ...others }) => others);
    },
    async contextOf(tabId) {
      return (await contexts.getValue())[tabId] ?? null;
    },
    async popupContext(from) {
      const tab = await activeTab(namedTab(from));
      const stored = tab?.id === undefined ? undefined : (await contexts.getValue())[tab.id];
      const pending = await prefill.getValue();
      if (pending) await prefill.removeValue();
      // Without a permission for the tab's site its URL is hidden: the report is then trusted,
      // since a tab's report is forgotten as soon as it starts loading another page.
      const current = stored && (tab?.url === undefined || stored.url === tab.url);
      return { pageContext: current ? stored : null, prefill: pending };
    },
  };
}
