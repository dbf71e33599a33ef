/**
 * Where each item lives in `storage.local`, written once: the validated items (`index.ts`)
 * and the popup, which reads and watches them without zod (it keeps the popup small), both
 * take the keys from here.
 */

/** The reader's settings (`settingsItem`). */
export const SETTINGS_KEY = 'settings';
/** Goals waiting to be sent (`outboxItem`): the popup follows its changes. */
export const OUTBOX_KEY = 'outbox';
/** Readings waiting to be logged (`readingQueueItem`, `readings.ts`). */
export const READING_QUEUE_KEY = 'readingQueue';
/** The popup's draft, kept between openings (`draft.ts`). */
export const DRAFT_KEY = 'popupDraft';
/** The account and today's plan the popup was last told (`popupSnapshotItem`). */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';
/** The reminders already shown, per reader-day and kind (`remindersSentItem`). */
export const REMINDERS_SENT_KEY = 'remindersSent';
export const UNAVAILABLE_SCOPES_KEY = 'unavailableScopes';
/**
 * What the popup reads before its first paint, in one read (`client.ts`), and keeps a copy of
 * in localStorage for the next opening (`first-paint.ts`).
 */
export const POPUP_START_KEYS = [DRAFT_KEY, SETTINGS_KEY, POPUP_SNAPSHOT_KEY] as const;

/** Whether the runtime knows an IANA time zone name (`Europe/London`). */
export function isTimeZone(zone: unknown): zone is string {
  try {
    return (
      typeof zone === 'string' && !!new Intl.DateTimeFormat('en', { timeZone: zone }) && !!zone
    );
  } catch {
    return false;
  }
}
