/** Who sent a message: our own pages, our content scripts in web pages, or anyone else. */
export type SenderClass = 'extension-page' | 'content-script' | 'foreign';

/** The parts of `runtime.MessageSender` the decision reads. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** This extension's identity: `runtime.id` and the origin of `runtime.getURL('/')`. */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/**
 * `scheme://host` of a URL. (`URL.origin` is "null" for extension schemes outside browsers,
 * so it is built by hand.)
 */
export function originOf(url: URL | string): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return `${parsed.protocol}//${parsed.host}`;
}

const WEB_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The one place that decides how far a sender is trusted. An extension page is a document of
 * our origin that is not framed inside a web page (popup, options, an extension tab or
 * window); a content script runs in a tab on a web URL; everything else is foreign.
 */
export function classifySender(sender: MessageSenderLike, self: ExtensionIdentity): SenderClass {
  if (sender.id !== self.id) return 'foreign';
  const url = parse(sender.url);
  if (!url) return 'foreign';
  if (originOf(url) === self.origin) {
    const tabUrl = parse(sender.tab?.url);
    return tabUrl && WEB_PROTOCOLS.has(tabUrl.protocol) ? 'content-script' : 'extension-page';
  }
  return sender.tab && (WEB_PROTOCOLS.has(url.protocol) || url.protocol === 'about:')
    ? 'content-script'
    : 'foreign';
}
