import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { outboxItem, settingsItem } from '@/utils/storage';
import { createBackgroundService } from './compose';
import { wireOutbox } from './goals/outbox-schedule';
import { installSelectionMenu, onSelectionMenuClick } from './pages/context-menu';
import { wireBadge } from './today/badge-schedule';

export default defineBackground({
  main() {
    // Extension pages forbid eval: zod must not probe for it (a CSP error in the console).
    z.config({ jitless: true });
    const background = createBackgroundService();
    // Every listener is added here, synchronously, so that a woken worker sees its event.
    // Every context talks on a protocol port: requests, answers, and events to extension pages.
    browser.runtime.onConnect.addListener((port) => background.onConnect(port));
    outboxItem.watch(() => background.events.emit('outboxChanged', {}));
    settingsItem.watch(() => void background.auth.environmentChanged());
    // The badge's switch, the mushaf or the time zone may have changed.
    settingsItem.watch(() => void background.badge.refresh().catch(() => undefined));
    browser.runtime.onInstalled.addListener(() => void installSelectionMenu().catch(() => {}));
    browser.contextMenus.onClicked.addListener(
      (info, tab) => void onSelectionMenuClick(background.pages, info, tab),
    );
    wireOutbox(background.outbox);
    wireBadge(background.badge);
  },
});
