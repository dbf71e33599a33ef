import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { median } from './stats';

/**
 * Installed before any page script: notes `performance.now()` (ms since navigation start) the
 * first time the page is ready. The blank page is ready at its load event; the popup once its
 * form is interactive (the submit button present and the form's first field enabled). Plain
 * text, so that no build helper of this script's own bundler leaks into the page.
 */
const READY_MARK = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const blank = location.pathname === '/blank.html';
  const check = () => {
    if (window.__benchReady !== undefined || blank) return;
    const submit = document.querySelector('form button[type=submit]');
    const field = document.querySelector('form input:not([type=hidden]), form select, form textarea');
    if (submit && field && !field.disabled) window.__benchReady = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('load', () => {
    if (blank) window.__benchReady = performance.now();
    else check();
  });
})();`;

/** Installs the ready mark in every page the context opens. */
export async function installReadyMark(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: READY_MARK });
}

/** Loads `path` in a new tab and answers its ready time in ms since navigation start. */
async function readyTime(browser: ExtensionBrowser, path: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.url(path));
    const handle = await page.waitForFunction(
      () => (globalThis as typeof globalThis & { __benchReady?: number }).__benchReady,
      undefined,
      { timeout: 30_000 },
    );
    return Number(await handle.jsonValue());
  } finally {
    await page.close();
  }
}

/** Popup ready and blank page ready, alternated run by run so that noise hits both alike. */
export async function measurePageReady(browser: ExtensionBrowser, runs: number) {
  const popup: number[] = [];
  const blank: number[] = [];
  for (let run = 0; run < runs; run++) {
    blank.push(await readyTime(browser, 'blank.html'));
    popup.push(await readyTime(browser, 'popup.html'));
  }
  return { popup: median(popup), blank: median(blank), ratio: median(popup) / median(blank) };
}
