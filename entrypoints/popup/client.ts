import type { WxtBrowser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { createI18n, type I18n, textDirection } from '@/components/i18n';
import { isMushafId } from '@/utils/goal-rules';
import type { AccountState, PortAnswerSchema, Result } from '@/utils/messages';
import { POPUP_PORT } from '@/utils/popup-port';
import { draftStore, parseStoredDraft } from './draft-store';
import type { PopupClient, PopupStart } from './popup-client';
import { DRAFT_KEY, type EarlyRead, OUTBOX_KEY, SETTINGS_KEY } from './storage-keys';

// The popup talks to the extension APIs directly rather than through the polyfill and the
// zod-checked `utils/messaging.ts`: both would double the popup's JavaScript. MV3 Chrome's
// `chrome` and Firefox's `browser` both answer with promises.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Whether an answer is a `Result` envelope: a value, or an error with its kind. */
function isResult(answer: unknown): answer is Result<never> {
  if (!isRecord(answer)) return false;
  if (answer.ok === true) return 'value' in answer;
  const error = answer.error;
  return (
    answer.ok === false &&
    isRecord(error) &&
    typeof error.kind === 'string' &&
    typeof error.message === 'string'
  );
}

const isAccountState = (value: unknown): value is AccountState =>
  isRecord(value) && typeof value.signedIn === 'boolean' && isRecord(value.environment);

function isTimeZone(zone: unknown): zone is string {
  try {
    return typeof zone === 'string' && !!new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
}

/** The extension API of this browser. */
export function extensionApi(): WxtBrowser {
  const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('The popup runs only as an extension page.');
  return api;
}

/** The reader's language, from the browser's i18n (`_locales`). */
export function browserI18n(api: WxtBrowser): I18n {
  const getMessage = api.i18n.getMessage as (key: string, args?: string[]) => string;
  const language = api.i18n.getUILanguage();
  const dir = textDirection(getMessage('@@bidi_dir'), language);
  return createI18n((key, args) => getMessage(key, args), language, dir);
}

type Port = ReturnType<WxtBrowser['runtime']['connect']>;
type PortAnswer = z.infer<typeof PortAnswerSchema>;

/**
 * Sends messages on the popup's port (`POPUP_PORT`), opened on the first message and again
 * after it closed (the background's worker stopped). A message still waiting when the port
 * closes is refused: it may have been acted on, so it is not sent again.
 */
export function portMessenger(api: WxtBrowser): (message: unknown) => Promise<unknown> {
  let port: Port | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve(answer: unknown): void; reject(error: Error): void }>();

  function open(): Port {
    const opened = api.runtime.connect({ name: POPUP_PORT });
    opened.onMessage.addListener((reply: unknown) => {
      const answer = reply as Partial<PortAnswer> | null;
      if (typeof answer?.id !== 'number') return;
      waiting.get(answer.id)?.resolve(answer.answer);
      waiting.delete(answer.id);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const { reject } of waiting.values()) reject(new Error('The port closed.'));
      waiting.clear();
    });
    return opened;
  }

  return (message) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve, reject });
      try {
        port ??= open();
        port.postMessage({ id, message });
      } catch (error) {
        waiting.delete(id);
        port = null;
        reject(error);
      }
    });
}

/** The popup's client on the real extension APIs, and what it reads before the first paint. */
export function browserClient(api: WxtBrowser): PopupClient & { load(): Promise<PopupStart> } {
  const drafts = draftStore(api.storage.local);
  const post = portMessenger(api);
  return {
    async send(name, payload) {
      try {
        const answer: unknown = await post({ name, payload });
        if (isResult(answer)) return answer;
        return {
          ok: false,
          error: {
            kind: 'invalid_response',
            message: 'The extension answered in an unexpected shape.',
          },
        };
      } catch {
        return {
          ok: false,
          error: {
            kind: 'unknown',
            message: 'The extension did not answer. Reload it and try again.',
          },
        };
      }
    },
    saveDraft: (draft) => drafts.save(draft),
    clearDraft: () => drafts.clear(),
    onAccountHint(callback) {
      const onMessage = (message: unknown) => {
        if (
          isRecord(message) &&
          message.name === 'accountStateChanged' &&
          isAccountState(message.payload)
        ) {
          callback(message.payload);
        }
      };
      const onFocus = () => document.visibilityState === 'visible' && callback();
      api.runtime.onMessage.addListener(onMessage);
      window.addEventListener('focus', onFocus);
      document.addEventListener('visibilitychange', onFocus);
      return () => {
        api.runtime.onMessage.removeListener(onMessage);
        window.removeEventListener('focus', onFocus);
        document.removeEventListener('visibilitychange', onFocus);
      };
    },
    onOutboxChange(callback) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && OUTBOX_KEY in changes) callback();
      };
      api.storage.onChanged.addListener(onChanged);
      return () => api.storage.onChanged.removeListener(onChanged);
    },
    async load() {
      const early = (globalThis as EarlyRead).__popupStart;
      const items = await (early ?? api.storage.local.get([DRAFT_KEY, SETTINGS_KEY])).catch(
        () => ({}) as Record<string, unknown>,
      );
      const settings = isRecord(items[SETTINGS_KEY]) ? items[SETTINGS_KEY] : {};
      return {
        draft: parseStoredDraft(items[DRAFT_KEY]),
        mushafId: isMushafId(settings.mushafId) ? settings.mushafId : null,
        // Left out when automatic: the browser's own zone needs no time zone data to load.
        ...(isTimeZone(settings.timeZone) ? { timeZone: settings.timeZone } : {}),
      };
    },
  };
}
