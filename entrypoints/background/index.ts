import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { outboxItem, settingsItem } from '@/utils/storage';
import { createBackgroundService } from './compose';
import { OUTBOX_ALARM, READINGS_ALARM, wireQueue } from './goals/outbox-schedule';
import { installSelectionMenu, onMarkReadClick, onSelectionMenuClick } from './pages/context-menu';
import { wireBadge } from './today/badge-schedule';
import { wireReminders } from './today/reminder-schedule';

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
    // The reminder's settings or the time zone may have changed.
    settingsItem.watch(() => void background.reminders.reschedule().catch(() => undefined));
    browser.runtime.onInstalled.addListener(() => void installSelectionMenu().catch(() => {}));
    // Made again as the browser starts, so that the items speak its language of the day.
    browser.runtime.onStartup.addListener(() => void installSelectionMenu().catch(() => {}));
    // Each handler answers its own menu item and ignores the other's.
    browser.contextMenus.onClicked.addListener((info, tab) => {
      void onSelectionMenuClick(background.pages, info, tab);
      void onMarkReadClick(background.pages, background.logRange, info, tab);
    });
    wireQueue(OUTBOX_ALARM, background.outbox);
    wireQueue(READINGS_ALARM, background.readings);
    wireBadge(background.badge);
    wireReminders(background.reminders);
  },
});
