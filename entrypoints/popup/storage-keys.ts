/** Where the popup keeps the reader's draft, in `storage.local`. */
export const DRAFT_KEY = 'popupDraft';
/** `storage.local` key of the reader's settings (`settingsItem` in utils/storage.ts). */
export const SETTINGS_KEY = 'settings';
