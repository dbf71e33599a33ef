import { browser } from 'wxt/browser';
import { toolbarButton } from '../toolbar';
import type { Badge, BadgeView } from './badge';

/** The alarm that asks the badge again while a goal exists (and, sooner, after a 429). */
export const BADGE_ALARM = 'badge';
/** The alarm at the reader's next midnight, when today's plan becomes another day's. */
export const BADGE_DAY_ALARM = 'badge-day';

/**
 * Milliseconds from `now` to the next midnight in `zone`. A day that does not start at
 * midnight (a daylight-saving change at that hour) is caught by the next periodic refresh.
 */
export function untilMidnight(zone: string, now = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const elapsed = ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000;
  return 24 * 3600 * 1000 - elapsed - now.getMilliseconds();
}

/** Shows a badge view on the toolbar button. */
export async function showBadge(view: BadgeView): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ text: view.text });
  await button.setTitle({ title: view.title });
}

/**
 * Sets the badge's alarms: every `every` minutes (first after `retryIn`, when given) and at
 * the reader's next midnight; none without a goal (`every` null).
 */
export async function scheduleBadge(
  next: { every: number | null; retryIn?: number },
  zone: string,
): Promise<void> {
  if (next.every === null) {
    await Promise.all([browser.alarms.clear(BADGE_ALARM), browser.alarms.clear(BADGE_DAY_ALARM)]);
    return;
  }
  await browser.alarms.create(BADGE_ALARM, {
    delayInMinutes: next.retryIn ?? next.every,
    periodInMinutes: next.every,
  });
  // A second past midnight, so that the plan asked is the new day's.
  await browser.alarms.create(BADGE_DAY_ALARM, { when: Date.now() + untilMidnight(zone) + 1000 });
}

/** What an alarm of the badge does when it rings: a refresh (null for another alarm). */
export function ringBadgeAlarm(badge: Badge, name: string): Promise<void> | null {
  if (name !== BADGE_ALARM && name !== BADGE_DAY_ALARM) return null;
  return badge.refresh().catch(() => undefined);
}

/**
 * Refreshes the badge when one of its alarms rings and when the browser starts or the
 * extension is installed or updated. Listeners are added synchronously, from `main()`.
 */
export function wireBadge(badge: Badge): void {
  const refresh = () => void badge.refresh().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => void ringBadgeAlarm(badge, alarm.name));
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
}
