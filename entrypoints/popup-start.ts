import type { WxtBrowser } from 'wxt/browser';
import { POPUP_START_KEYS } from '@/utils/storage/keys';
import type { EarlyRead } from './popup/popup-client';

/**
 * Loaded by `popup.html` beside the popup's module and run as soon as it arrives, while that
 * larger module is still on its way: starts reading what the first paint needs (the draft and
 * the settings, and the account and today's plan it was last told), in one read, so
 * that the answer is there when the popup starts (`client.ts` `load`).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser } & EarlyRead;
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  scope.__popupStart = api?.storage.local.get([...POPUP_START_KEYS]);
});
