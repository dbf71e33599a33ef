import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { settingsItem } from '@/utils/storage';
import { e2eMenuClickListener, installSelectionMenu, onSelectionMenuClick } from './context-menu';
import { wireOutbox } from './outbox-schedule';
import { servePort } from './router';
import { classifySender, originOf } from './senders';
import { createBackgroundService } from './service';

export default defineBackground({
  main() {
    // Extension pages forbid eval: zod must not probe for it (a CSP error in the console).
    z.config({ jitless: true });
    const background = createBackgroundService();
    // Every listener is added here, synchronously, so that a woken worker sees its event.
    browser.runtime.onMessage.addListener(background.onMessage);
    browser.runtime.onConnect.addListener((port) => servePort(background.onMessage, port));
    settingsItem.watch(() => void background.auth.environmentChanged());
    browser.tabs.onRemoved.addListener((tabId) => void background.pages.forgetTab(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void background.pages.forgetTab(tabId);
    });
    browser.runtime.onInstalled.addListener(() => void installSelectionMenu().catch(() => {}));
    browser.contextMenus.onClicked.addListener(
      (info, tab) => void onSelectionMenuClick(background.pages, info, tab),
    );
    if (import.meta.env.MODE === 'e2e') {
      const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) };
      const isPage = (sender: object) => classifySender(sender, self) === 'extension-page';
      browser.runtime.onMessage.addListener(e2eMenuClickListener(background.pages, isPage));
    }
    wireOutbox(background.outbox);
  },
});
