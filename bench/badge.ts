import type { Page } from 'playwright-core';
import { type TestSandbox, waitFor } from '../tests/e2e/harness';

/** Turns the toolbar badge on or off, as the options page's switch does (settings.badge). */
export async function setBadge(page: Page, on: boolean): Promise<void> {
  await page.evaluate(async (badge) => {
    type Local = {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), badge } });
  }, on);
}

const badgeText = (page: Page) =>
  page.evaluate(() => {
    type Button = { getBadgeText(details: object): Promise<string> };
    return (globalThis as unknown as { chrome: { action: Button } }).chrome.action.getBadgeText({});
  });

/**
 * The API calls of one refresh of the badge while the reader has a goal: once it shows the
 * goal, the badge turned off (it clears itself, asking nothing), then on again, until it
 * shows the goal's day.
 */
export async function callsOfBadgeRefresh(page: Page, sandbox: TestSandbox): Promise<string[]> {
  // The refresh after the goal was made, first.
  await waitFor(async () => (await badgeText(page)) !== '', { message: 'the goal’s badge' });
  await setBadge(page, false);
  await waitFor(async () => (await badgeText(page)) === '', { message: 'the badge off' });
  const before = (await sandbox.requests()).length;
  await setBadge(page, true);
  await waitFor(async () => (await badgeText(page)) !== '', { message: 'the badge shown' });
  return (await sandbox.requests())
    .slice(before)
    .map((r) => `${r.method} ${r.path.replace(/^\/auth/, '')}`);
}
