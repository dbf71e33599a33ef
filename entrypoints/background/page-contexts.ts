import type { PageContext, PopupContext } from '@/utils/messages';
import { pageContextsItem, pendingPrefillItem } from '@/utils/storage';
import type { MessageContext } from './router';

/** The tab the popup was opened over: its id, and its URL when the extension may see it. */
export type ActiveTab = { id?: number; url?: string } | undefined;

/** Page contexts by tab, and what the popup is opened with. */
export interface PageContexts {
  /** Keeps a content script's report for its tab (reports from elsewhere are ignored). */
  report(context: PageContext, from: MessageContext): Promise<Record<string, never>>;
  /** Forgets a closed tab. */
  forgetTab(tabId: number): Promise<void>;
  /** The active tab's context, if it still shows that page, and the pending prefill (handed out once). */
  popupContext(): Promise<PopupContext>;
}

/** Page contexts kept in session storage, so that a restarted worker still has them. */
export function createPageContexts(
  activeTab: () => Promise<ActiveTab>,
  contexts = pageContextsItem,
  prefill = pendingPrefillItem,
): PageContexts {
  let writes: Promise<unknown> = Promise.resolve();
  /** Read-modify-write, one at a time, so that reports from two tabs do not undo each other. */
  const update = (change: (all: Record<string, PageContext>) => Record<string, PageContext>) => {
    const next = writes.then(async () => contexts.setValue(change(await contexts.getValue())));
    writes = next.catch(() => undefined);
    return next;
  };
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
    async popupContext() {
      const tab = await activeTab();
      const stored = tab?.id === undefined ? undefined : (await contexts.getValue())[tab.id];
      const pending = await prefill.getValue();
      if (pending) await prefill.removeValue();
      return { pageContext: stored && stored.url === tab?.url ? stored : null, prefill: pending };
    },
  };
}
