import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { median } from './stats';

/**
 * Installed before any page script: notes `performance.now()` (ms since navigation start) the
 * first time the page is ready. The blank page is ready at its load event; the popup and the
 * floor page once their form is interactive (the submit button present and the form's first
 * control, a field or a preset, enabled). Plain
 * text, so that no build helper of this script's own bundler leaks into the page.
 */
const READY_MARK = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const blank = location.pathname === '/blank.html';
  const check = () => {
    if (window.__benchReady !== undefined || blank) return;
    const submit = document.querySelector('form button[type=submit]');
    const field = document.querySelector(
      'form :is(input:not([type=hidden]), select, textarea, button[type=button])',
    );
    if (submit && field && !field.disabled) window.__benchReady = performance.now();
  };
  // With a goal: today's card drawn with its progress.
  const card = () => {
    if (window.__benchCard === undefined && document.querySelector('section.current progress'))
      window.__benchCard = performance.now();
  };
  new MutationObserver(card).observe(document, { childList: true, subtree: true });
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

/**
 * Loads `path` in a new tab and answers its ready time in ms since navigation start: the form
 * interactive (`__benchReady`), or today's card drawn (`__benchCard`).
 */
async function readyTime(
  browser: ExtensionBrowser,
  path: string,
  mark: '__benchReady' | '__benchCard' = '__benchReady',
): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.url(path));
    const handle = await page.waitForFunction(
      (name) => (globalThis as unknown as Record<string, number | undefined>)[name],
      mark,
      { timeout: 30_000 },
    );
    return Number(await handle.jsonValue());
  } finally {
    await page.close();
  }
}

/**
 * Popup, blank page and the one-script floor page ready, taken in turn run by run (the order
 * turning each run) so that noise and order hit all alike.
 */
export async function measurePageReady(browser: ExtensionBrowser, runs: number) {
  const pages = ['blank.html', 'floor.html', 'popup.html'] as const;
  const times: Record<(typeof pages)[number], number[]> = {
    'blank.html': [],
    'floor.html': [],
    'popup.html': [],
  };
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[(run + i) % pages.length] as (typeof pages)[number];
      times[page].push(await readyTime(browser, page));
    }
  }
  const popup = median(times['popup.html']);
  const blank = median(times['blank.html']);
  const floor = median(times['floor.html']);
  return { popup, blank, floor, ratio: popup / blank, floorRatio: floor / blank };
}

/**
 * A signed-in reader with a goal: the popup until today's card is drawn, against the floor
 * page, taken in turn run by run.
 */
export async function measureCardReady(browser: ExtensionBrowser, runs: number) {
  const card: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? (['floor', 'card'] as const) : (['card', 'floor'] as const);
    for (const which of order) {
      if (which === 'card') card.push(await readyTime(browser, 'popup.html', '__benchCard'));
      else floor.push(await readyTime(browser, 'floor.html'));
    }
  }
  return { card: median(card), floor: median(floor), ratio: median(card) / median(floor) };
}
