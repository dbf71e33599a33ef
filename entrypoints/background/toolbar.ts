import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox
 * build's Manifest V2, where `action` does not exist; undefined in a context with neither.
 */
export function toolbarButton(): typeof browser.action | undefined {
  const api = browser as unknown as {
    action?: typeof browser.action;
    browserAction?: typeof browser.action;
  };
  return api.action ?? api.browserAction;
}
