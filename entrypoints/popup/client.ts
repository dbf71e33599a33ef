import type { WxtBrowser } from 'wxt/browser';
import { once } from '@/utils/concurrency';
import type { Messenger } from '@/utils/messaging';
import { isMushafId } from '@/utils/mushafs';
import type { PopupSnapshot } from '@/utils/storage';
import { parseStoredDraft, storedDraft } from '@/utils/storage/draft';
import {
  followFirstPaintCopy,
  patchFirstPaintCopy,
  readFirstPaintCopy,
  type StartItems,
  writeFirstPaintCopy,
} from '@/utils/storage/first-paint';
import {
  DRAFT_KEY,
  isTimeZone,
  POPUP_SNAPSHOT_KEY,
  POPUP_START_KEYS,
  SETTINGS_KEY,
} from '@/utils/storage/keys';
import type { PopupClient, PopupStart } from './popup-client';

// The popup talks to the extension APIs directly rather than through the polyfill, which would
// add to the popup's JavaScript. MV3 Chrome's `chrome` and Firefox's `browser` both answer with
// promises.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The snapshot as the background wrote it (validated there, in storage only extension pages
 * reach): its shape is checked here, without zod, not its every field.
 */
function readSnapshot(value: unknown): PopupSnapshot | null {
  if (!isRecord(value)) return null;
  const { account, plan, asked, askedAt } = value;
  const shaped =
    isRecord(account) &&
    typeof account.signedIn === 'boolean' &&
    isRecord(account.environment) &&
    isRecord(plan) &&
    typeof plan.hasGoal === 'boolean' &&
    isRecord(asked) &&
    typeof asked.type === 'string' &&
    typeof asked.mushafId === 'number' &&
    typeof askedAt === 'number';
  return shaped ? (value as unknown as PopupSnapshot) : null;
}

/** The extension API of this browser. */
export function extensionApi(): WxtBrowser {
  const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('The popup runs only as an extension page.');
  return api;
}

/** What the popup starts from, out of the stored items (as storage.local or its copy hold them). */
function startFrom(items: StartItems): PopupStart {
  const settings = isRecord(items[SETTINGS_KEY]) ? items[SETTINGS_KEY] : {};
  return {
    snapshot: readSnapshot(items[POPUP_SNAPSHOT_KEY]),
    draft: parseStoredDraft(items[DRAFT_KEY]),
    mushafId: isMushafId(settings.mushafId) ? settings.mushafId : null,
    // Left out when automatic: the browser's own zone needs no time zone data to load.
    ...(isTimeZone(settings.timeZone) ? { timeZone: settings.timeZone } : {}),
  };
}

/** What the popup reads before its first paint: from the copy at once, from storage.local soon. */
export interface PopupReads {
  /** The copy of the stored items (`utils/storage/first-paint.ts`), read at once; null: none. */
  early(): PopupStart | null;
  /**
   * The items in storage.local (the truth), which then become the copy, followed from then on;
   * null when storage.local cannot be read (the copy then stays as it was).
   */
  load(): Promise<PopupStart | null>;
}

/** The popup's client on the real extension APIs, and what it reads before the first paint. */
export function browserClient(api: WxtBrowser): PopupClient & PopupReads {
  // The messaging client is fetched with the first message, after the first paint, which
  // sends none.
  const messenger = once(async () => (await import('@/utils/messaging')).createMessenger(api));
  /** Follows a background event once the messaging client is here; answers what stops it. */
  function on(subscribe: (m: Messenger) => () => void): () => void {
    let live = true;
    let stop = () => {};
    void messenger().then((m) => {
      if (live) stop = subscribe(m);
    });
    return () => {
      live = false;
      stop();
    };
  }
  return {
    send: (name, payload) =>
      messenger().then(
        (m) => m.send(name, payload),
        // Not fetched (the extension was updated while the popup was open): nothing was sent.
        () => ({
          ok: false,
          error: {
            kind: 'extension_changed',
            message: 'The extension changed: close the popup and open it again.',
          },
        }),
      ),
    saveDraft(draft) {
      const stored = storedDraft(draft);
      // The copy at once: the popup may close before storage.onChanged reaches it.
      patchFirstPaintCopy({ [DRAFT_KEY]: stored });
      return api.storage.local.set({ [DRAFT_KEY]: stored });
    },
    clearDraft() {
      patchFirstPaintCopy({ [DRAFT_KEY]: undefined });
      return api.storage.local.remove(DRAFT_KEY);
    },
    onAccountHint(callback) {
      // The background's events, and a look again whenever the popup comes back into view.
      const onFocus = () => document.visibilityState === 'visible' && callback();
      const stop = on((m) => m.on('accountStateChanged', callback));
      window.addEventListener('focus', onFocus);
      document.addEventListener('visibilitychange', onFocus);
      return () => {
        stop();
        window.removeEventListener('focus', onFocus);
        document.removeEventListener('visibilitychange', onFocus);
      };
    },
    onOutboxChange: (callback) => on((m) => m.on('outboxChanged', () => callback())),
    early() {
      const items = readFirstPaintCopy();
      return items ? startFrom(items) : null;
    },
    async load() {
      let items: StartItems;
      try {
        items = await api.storage.local.get([...POPUP_START_KEYS]);
      } catch {
        return null;
      }
      writeFirstPaintCopy(items);
      followFirstPaintCopy(api.storage.onChanged);
      return startFrom(items);
    },
  };
}
