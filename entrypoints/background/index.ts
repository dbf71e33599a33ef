import { browser } from 'wxt/browser';
import { z } from 'zod';
import { settingsItem } from '@/utils/storage';
import { createBackgroundService } from './service';

export default defineBackground({
  main() {
    // Extension pages forbid eval: zod must not probe for it (a CSP error in the console).
    z.config({ jitless: true });
    const background = createBackgroundService();
    // Every listener is added here, synchronously, so that a woken worker sees its event.
    browser.runtime.onMessage.addListener(background.onMessage);
    settingsItem.watch(() => void background.auth.environmentChanged());
    browser.tabs.onRemoved.addListener((tabId) => void background.pages.forgetTab(tabId));
    // The context menu ("Make goal from selection": runtime.onInstalled, contextMenus.onClicked)
    // and the outbox alarm (alarms.onAlarm) are wired here too, by their features.
  },
});
