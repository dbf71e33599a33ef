import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext, SelectionAnswer } from '../messages';
import { NOT_FOUND } from './selection';
import { GET_PAGE_CONTEXT, GET_SELECTION_RANGE, type SiteReader } from './site-reader';

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
 * Runs a site reader in a content script: answers the background's questions about the live
 * page (`getPageContext`, from the top frame; `getSelectionRange`, from any frame). It sends
 * nothing on its own, watches nothing, holds no token and calls no API: the page does no work
 * for the extension until the reader opens the popup or uses the menu.
 */
export function runSiteReader(ctx: ContentScriptContext, reader: SiteReader): void {
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (answer: unknown) => void,
  ) => {
    const name = (message as { name?: unknown } | null)?.name;
    if (name === GET_PAGE_CONTEXT) sendResponse(readPageContext(reader, document, location.href));
    else if (name === GET_SELECTION_RANGE)
      sendResponse(answerSelection(reader, document, location.href));
    else return undefined;
    return true as const;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
