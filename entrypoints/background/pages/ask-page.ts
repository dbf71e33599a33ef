import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * Asks the content script of a tab's frame (the top one unless named) and answers what it
 * says, once it fits `schema`; null when no content script answers there or it answers out
 * of shape. The background asks; content scripts never send on their own. What they answer
 * comes from a web page's world, so it is checked like any other outside input.
 */
export async function askPage<S extends z.ZodMiniType>(
  tabId: number,
  name: string,
  schema: S,
  frameId = 0,
): Promise<z.output<S> | null> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, { name }, { frameId });
    const parsed = schema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
