import { POPUP_START_KEYS } from './keys';

/**
 * A copy of the `storage.local` items the popup's first paint needs (`POPUP_START_KEYS`: the
 * draft, the settings, the snapshot), in the extension's own `localStorage`, which a page reads
 * synchronously. `storage.local` stays the truth: the popup draws its first paint from this
 * copy, reads `storage.local` at the same time, and starts again from it when it differs
 * (`store.ts` `restart`), then writes the copy anew.
 *
 * Why a second place: measured in Chromium (`npm run bench`), a page that waits for one
 * `storage.local.get` before it draws is ready 1.2× later than the same page without it,
 * while a `localStorage` read costs about 3 ms. The service worker has no `localStorage`: only
 * extension pages write this copy; the background's writes reach it through `storage.onChanged`
 * while a page is open, and at the popup's next opening otherwise.
 *
 * No zod here: the popup loads none. The values are as `storage.local` holds them, checked by
 * their readers (`client.ts`) as they are when they come from there.
 */

type StartKey = (typeof POPUP_START_KEYS)[number];
/** The items, as `storage.local.get(POPUP_START_KEYS)` answers them. */
export type StartItems = Partial<Record<StartKey, unknown>>;

/** Its name in `localStorage`. */
export const FIRST_PAINT_KEY = 'firstPaint';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page's `localStorage`, or none where it is closed to the page (it can throw). */
function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The copy, or null when there is none (or it cannot be read). */
export function readFirstPaintCopy(): StartItems | null {
  try {
    const text = local()?.getItem(FIRST_PAINT_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    if (!isRecord(value)) return null;
    const items: StartItems = {};
    for (const key of POPUP_START_KEYS) if (key in value) items[key] = value[key];
    return items;
  } catch {
    return null;
  }
}

/** Writes the copy: all the items, as `storage.local` answered them. */
export function writeFirstPaintCopy(items: StartItems): void {
  const copy: StartItems = {};
  for (const key of POPUP_START_KEYS) if (items[key] !== undefined) copy[key] = items[key];
  try {
    local()?.setItem(FIRST_PAINT_KEY, JSON.stringify(copy));
  } catch {
    // Full or closed: the popup then waits for storage.local, as it would without a copy.
    forgetFirstPaintCopy();
  }
}

/**
 * Brings an existing copy up to date with changed items (`undefined`: removed). Without a copy
 * there is nothing to patch: the next opening reads storage.local and writes it whole.
 */
export function patchFirstPaintCopy(changes: StartItems): void {
  const copy = readFirstPaintCopy();
  if (!copy) return;
  for (const key of POPUP_START_KEYS) if (key in changes) copy[key] = changes[key];
  writeFirstPaintCopy(copy);
}

/** Forgets the copy. */
export function forgetFirstPaintCopy(): void {
  try {
    local()?.removeItem(FIRST_PAINT_KEY);
  } catch {
    // Nothing to forget where the page cannot reach localStorage.
  }
}

/** The shape of `storage.onChanged`'s first argument. */
type Changes = Record<string, { newValue?: unknown }>;

/**
 * Keeps the copy up to date while the page is open: every change of the items in
 * `storage.local` (the background's snapshot, the settings, a draft), patched in. Returns what
 * stops it.
 */
export function followFirstPaintCopy(onChanged: {
  addListener(listener: (changes: Changes, area: string) => void): void;
  removeListener(listener: (changes: Changes, area: string) => void): void;
}): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    const patch: StartItems = {};
    let touched = false;
    for (const key of POPUP_START_KEYS) {
      const change = changes[key];
      if (!change) continue;
      patch[key] = change.newValue;
      touched = true;
    }
    if (touched) patchFirstPaintCopy(patch);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
