import { browser } from 'wxt/browser';
import type { OutboxEntry } from '@/utils/messages';
import type { Outbox } from './outbox';

/** The alarm that sends the outbox again while something waits in it. */
export const OUTBOX_ALARM = 'outbox';

/** Keeps the alarm (every minute, Chrome's floor is half a minute) while entries wait. */
export function scheduleOutbox(entries: OutboxEntry[]): void {
  const waiting = entries.some((entry) => entry.state !== 'failed');
  const done = waiting
    ? browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 })
    : browser.alarms.clear(OUTBOX_ALARM);
  Promise.resolve(done).catch(() => undefined);
}

/**
 * Sends the outbox when the alarm rings, when the browser starts, when the network comes
 * back and now (every worker start). Listeners are added synchronously, from `main()`.
 */
export function wireOutbox(outbox: Outbox): void {
  const flush = () => {
    outbox.flush().then(scheduleOutbox, () => undefined);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) flush();
  });
  browser.runtime.onStartup.addListener(flush);
  globalThis.addEventListener?.('online', flush);
  flush();
}
