import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { settingsItem } from '@/utils/storage';
import { createBackgroundService } from './compose';
import { wireOutbox } from './goals/outbox-schedule';
import { servePort } from './messaging/router';
import { installSelectionMenu, onSelectionMenuClick } from './pages/context-menu';
import { forgetOnLoad } from './pages/page-contexts';

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
    browser.tabs.onUpdated.addListener(forgetOnLoad(background.pages));
    browser.runtime.onInstalled.addListener(() => void installSelectionMenu().catch(() => {}));
    browser.contextMenus.onClicked.addListener(
      (info, tab) => void onSelectionMenuClick(background.pages, info, tab),
    );
    wireOutbox(background.outbox);
  },
});
