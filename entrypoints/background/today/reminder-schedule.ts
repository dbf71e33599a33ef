import { browser } from 'wxt/browser';
import type { ReminderKind } from '@/utils/storage/reminders';
import { BADGE_ALARM, BADGE_DAY_ALARM } from './badge-schedule';
import {
  nextNudgeAt,
  nextReminderAt,
  type ReminderNotice,
  type ReminderSettings,
  type Reminders,
} from './reminders';

/** The alarm of the daily reminder, at the reader's time. */
export const REMINDER_ALARM = 'reminder';
/** The alarm of the last-chance nudge, two hours before the reader's day ends. */
export const NUDGE_ALARM = 'reminder-nudge';

/** The one-off alarm that rings a kind again after its plan could not be asked. */
const RETRY_ALARMS: Record<ReminderKind, string> = {
  reminder: `${REMINDER_ALARM}-retry`,
  nudge: `${NUDGE_ALARM}-retry`,
};

const KIND_OF_ALARM: Record<string, ReminderKind> = {
  [REMINDER_ALARM]: 'reminder',
  [NUDGE_ALARM]: 'nudge',
  [RETRY_ALARMS.reminder]: 'reminder',
  [RETRY_ALARMS.nudge]: 'nudge',
};

/** Rings `kind` again at `at`, once (the reminders' `retry`). */
export async function retryReminder(kind: ReminderKind, at: number): Promise<void> {
  await browser.alarms.create(RETRY_ALARMS[kind], { when: at });
}

/** One notification id per kind: a new notification takes the place of the last of its kind. */
export const NOTIFICATION_IDS: Record<ReminderKind, string> = {
  reminder: 'reminder',
  nudge: 'reminder-nudge',
};

/**
 * Sets the alarms of the next reminder and nudge in `zone` (`browser.alarms`, `when`), or
 * clears them when the reminder is off. An alarm already due is left to ring: it was missed
 * while the computer slept and rings on waking, and its ring sets the next one.
 */
export async function scheduleReminders(
  reminder: ReminderSettings,
  zone: string,
  now = Date.now(),
): Promise<void> {
  const next: [string, number | null][] = [
    [REMINDER_ALARM, nextReminderAt(reminder, zone, now)],
    [NUDGE_ALARM, nextNudgeAt(reminder, zone, now)],
  ];
  await Promise.all(
    next.map(async ([name, when]) => {
      if (when === null) {
        await browser.alarms.clear(name);
        return;
      }
      const set = await browser.alarms.get(name);
      if (set && set.scheduledTime <= now) return;
      await browser.alarms.create(name, { when });
    }),
  );
}

/** Whether the reader allowed notifications (an optional permission, asked on the options page). */
async function notificationsAllowed(): Promise<boolean> {
  try {
    const granted = await browser.permissions.contains({ permissions: ['notifications'] });
    return granted && !!browser.notifications;
  } catch {
    return false;
  }
}

/**
 * Shows a reminder, with a "Read now" button where the browser has buttons (Firefox has
 * none); nothing without the notifications permission.
 */
export async function showNotification(notice: ReminderNotice): Promise<void> {
  if (!(await notificationsAllowed())) return;
  const buttons = browser.notifications.onButtonClicked ? [{ title: notice.button }] : null;
  await browser.notifications.create(NOTIFICATION_IDS[notice.kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notice.title,
    message: notice.message,
    ...(buttons ? { buttons } : {}),
  });
}

/** Opens what a reminder's notification said (today's portion) in a new tab. */
async function openReminder(reminders: Reminders, notificationId: string): Promise<void> {
  const kind = (Object.keys(NOTIFICATION_IDS) as ReminderKind[]).find(
    (name) => NOTIFICATION_IDS[name] === notificationId,
  );
  if (!kind) return;
  await browser.tabs.create({ url: await reminders.urlOf(kind) });
  await browser.notifications.clear(notificationId);
}

/**
 * What an alarm of the reminders does when it rings: the ring of its kind, for the instant
 * it was set for (now when not given); null for another alarm.
 */
export function ringReminderAlarm(
  reminders: Reminders,
  name: string,
  scheduledTime?: number,
): Promise<void> | null {
  const kind = KIND_OF_ALARM[name];
  if (!kind) return null;
  return reminders.ring(kind, scheduledTime).catch(() => undefined);
}

/**
 * Rings the reminders' alarms (and no other), sets them again when the browser starts or the
 * extension is installed or updated, and opens today's portion from a notification or its
 * button. Listeners are added synchronously, from `main()`; those of the notifications as soon
 * as the API is there (it comes with the permission, which may be granted while running).
 */
export function wireReminders(reminders: Reminders): void {
  const reschedule = () => void reminders.reschedule().catch(() => undefined);
  browser.alarms.onAlarm.addListener(
    (alarm) => void ringReminderAlarm(reminders, alarm.name, alarm.scheduledTime),
  );
  browser.runtime.onStartup.addListener(reschedule);
  browser.runtime.onInstalled.addListener(reschedule);
  // An automatic zone follows the computer's, and no event says it changed: the badge's
  // alarms (half-hourly while a goal exists, and at the reader's midnight) set the
  // reminders again in the zone of now.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM || alarm.name === BADGE_DAY_ALARM) reschedule();
  });
  let listening = false;
  const listen = () => {
    const notifications = browser.notifications;
    if (listening || !notifications) return;
    listening = true;
    const open = (id: string) => void openReminder(reminders, id).catch(() => undefined);
    notifications.onClicked.addListener(open);
    notifications.onButtonClicked?.addListener(open);
  };
  listen();
  if (!listening) browser.permissions.onAdded.addListener(listen);
}
