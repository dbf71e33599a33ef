import type { Page } from 'playwright-core';
import { PROTOCOL_PORT } from '../utils/messaging';

/**
 * Defines `__benchPost(message)` in the page unless it is there: sends on a port named
 * `PROTOCOL_PORT` as the extension's client (utils/messaging.ts) does, opened on the first message and again after it
 * closed (the worker stopped), each request numbered. Plain text, so that no helper of this
 * script's own bundler leaks into the page.
 */
const PORT_CLIENT = `(() => {
  if (window.__benchPost) return;
  const waiting = new Map();
  let port = null;
  let next = 0;
  function open() {
    const opened = chrome.runtime.connect({ name: ${JSON.stringify(PROTOCOL_PORT)} });
    opened.onMessage.addListener((reply) => {
      const settle = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (settle) settle(reply.answer);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
    });
    return opened;
  }
  window.__benchPost = (message) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      try {
        port = port || open();
        port.postMessage({ id, message });
      } catch {
        // Closed before its disconnect event came: open it again.
        port = open();
        port.postMessage({ id, message });
      }
    });
})()`;

type PortWindow = { __benchPost(message: unknown): Promise<unknown> };

/**
 * Sends `message` from `page` to the background the way the popup's client does, on the
 * protocol port. Answers the reply and the ms it took, timed in the page.
 */
export async function sendLikePopup<T>(
  page: Page,
  message: unknown,
): Promise<{ ms: number; reply: T }> {
  await page.evaluate(PORT_CLIENT);
  return page.evaluate(async (request) => {
    const start = performance.now();
    const reply = await (globalThis as unknown as PortWindow).__benchPost(request);
    return { ms: performance.now() - start, reply: reply as T };
  }, message);
}
