import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext, SelectionAnswer } from '../messages';
import { NOT_FOUND } from './selection';
import { GET_SELECTION_RANGE, type SiteReader } from './site-reader';

/** How long the page may keep changing before its verses are read again. */
const SETTLE_MS = 250;

/** The page context a reader finds in the live document. */
export function readPageContext(reader: SiteReader, doc: Document, href: string): PageContext {
  let suggestions: PageContext['suggestions'] = [];
  try {
    suggestions = reader.extractPageContext(doc, new URL(href));
  } catch {
    // A page the reader does not understand simply has nothing to suggest.
  }
  return { url: href, site: reader.site, suggestions };
}

/** The answer to the background's `getSelectionRange`, read from the live selection. */
export function answerSelection(reader: SiteReader, doc: Document, href: string): SelectionAnswer {
  try {
    return reader.selectionToRange(doc.getSelection(), doc, new URL(href));
  } catch {
    return { found: false, reason: NOT_FOUND.noVerses };
  }
}

/**
 * Runs a site reader in a content script: reports the page's verses on load, after
 * navigation without reload, and when scrolling or new content changes them; answers the
 * background's selection requests. Holds no token and calls no API.
 */
export function runSiteReader(ctx: ContentScriptContext, reader: SiteReader): void {
  let lastSent = '';
  let pending = false;

  const report = () => {
    pending = false;
    const payload = readPageContext(reader, document, location.href);
    const signature = JSON.stringify(payload);
    if (signature === lastSent) return;
    lastSent = signature;
    browser.runtime.sendMessage({ name: 'reportPageContext', payload }).catch(() => undefined);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(report, SETTLE_MS);
  };

  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (answer: unknown) => void,
  ) => {
    if ((message as { name?: unknown } | null)?.name !== GET_SELECTION_RANGE) return undefined;
    sendResponse(answerSelection(reader, document, location.href));
    return true as const;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'scrollend', schedule, { capture: true, passive: true });
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  report();
}
