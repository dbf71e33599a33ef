/** Where the popup keeps the reader's draft, in `storage.local`. */
export const DRAFT_KEY = 'popupDraft';
/** `storage.local` key of the reader's settings (`settingsItem` in utils/storage.ts). */
export const SETTINGS_KEY = 'settings';
/** `storage.local` key of the outbox (`outboxItem` in utils/storage.ts): the popup watches it. */
export const OUTBOX_KEY = 'outbox';

/** Where `popup-start.ts` leaves its read of both keys for the popup's module to pick up. */
export interface EarlyRead {
  __popupStart?: Promise<Record<string, unknown>>;
}
