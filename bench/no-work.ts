import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { waitFor } from '../tests/e2e/harness';

/** A page on a site the extension has no reader for. */
export const OTHER_SITE = 'https://example.org/';
/** A saved quran.com page: the check that a content script is seen when there is one. */
export const QURAN_SITE = 'https://quran.com/al-baqarah/255';

/** The extension's scripts that ran in `url`'s page: isolated worlds and parsed scripts. */
async function extensionWork(browser: ExtensionBrowser, page: Page, url: string, expect: boolean) {
  const origin = `chrome-extension://${browser.extensionId}`;
  const cdp = await browser.context.newCDPSession(page);
  let contexts = 0;
  const scripts = new Set<string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin || context.name === 'Quran Goals') contexts++;
  });
  cdp.on('Debugger.scriptParsed', ({ url: script }) => {
    if (script.startsWith(origin)) scripts.add(script);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto(url);
  // Content scripts run at document_idle at the latest, which an idle callback follows.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  if (expect) await waitFor(() => contexts > 0 && scripts.size > 0, { message: 'a reader' });
  await cdp.detach();
  return { contexts, scripts: scripts.size };
}

/**
 * Work the extension does on a non-Quran page (should be none), beside a quran.com page where
 * its reader runs, so that the count is known to see content scripts at all.
 */
export async function measureNoWork(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  try {
    const other = await extensionWork(browser, page, OTHER_SITE, false);
    const quran = await extensionWork(browser, page, QURAN_SITE, true);
    return { other, quran };
  } finally {
    await page.close();
  }
}
