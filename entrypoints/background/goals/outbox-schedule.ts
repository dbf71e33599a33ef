import { browser } from 'wxt/browser';

/** The alarm that sends the goal outbox again while something waits in it. */
export const OUTBOX_ALARM = 'outbox';
/** The alarm that sends the waiting readings again while one waits. */
export const READINGS_ALARM = 'readings';

/** A queue sent again on its alarm: the goal outbox, the waiting readings. */
interface Flushable {
  flush(): Promise<Array<{ state: string }>>;
}

/**
 * Keeps the alarm `name` (every minute, Chrome's floor is half a minute) while entries wait;
 * clears it once none does.
 */
export function scheduleQueue(name: string) {
  return (entries: ReadonlyArray<{ state: string }>): void => {
    const waiting = entries.some((entry) => entry.state !== 'failed');
    const done = waiting
      ? browser.alarms.create(name, { periodInMinutes: 1 })
      : browser.alarms.clear(name);
    Promise.resolve(done).catch(() => undefined);
  };
}

/** The goal outbox's alarm. */
export const scheduleOutbox = scheduleQueue(OUTBOX_ALARM);

/**
 * Sends a queue when its alarm rings, when the browser starts, when the network comes back
 * and now (every worker start). Listeners are added synchronously, from `main()`.
 */
export function wireQueue(name: string, queue: Flushable): void {
  const schedule = scheduleQueue(name);
  const flush = () => {
    queue.flush().then(schedule, () => undefined);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) flush();
  });
  browser.runtime.onStartup.addListener(flush);
  globalThis.addEventListener?.('online', flush);
  flush();
}
