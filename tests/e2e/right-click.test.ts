import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  realClick,
  type SandboxRequest,
  setTokens,
  setupJourney,
  waitFor,
  xdotool,
} from './harness';

// The real thing: a headed Chromium under Xvfb, a real right-click on selected verses, the
// native menu's "Quran Goals" submenu and its "Make goal from selection", and the popup the
// browser opens for it.

const URL_2 = 'https://quran.com/2?startingVerse=255';
const PAGE = join(
  import.meta.dirname,
  '../fixtures/quran-com/2026-11-01-translation-near-2-255.html',
);
const SLOW = { timeout: 30_000 } as const;
const journey = setupJourney({ launch: { headed: true }, sites: { [URL_2]: PAGE } });

const isCreate = (r: SandboxRequest) =>
  r.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(r.path);
const word = (key: string) => `[data-word-location="${key}"]`;

/** Runs an expression in another target (the toolbar popup is no Playwright page). */
async function evaluateIn(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const answer = new Promise<unknown>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: unknown } };
      };
      if (event.sessionId === sessionId && reply.id === 1) resolve(reply.result?.result?.value);
    });
  });
  const message = {
    id: 1,
    method: 'Runtime.evaluate',
    params: { expression, returnByValue: true },
  };
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
  const value = await answer;
  await cdp.send('Target.detachFromTarget', { sessionId });
  return value;
}

/** The popup's target (toolbar popup or small window), if one is open. */
async function popupTarget(cdp: CDPSession, prefix: string): Promise<PopupTarget | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const info = targetInfos.find((target) => target.url.startsWith(prefix));
  return info && { id: info.targetId, url: info.url };
}

type PopupTarget = { id: string; url: string };

/** Selects from the first word of one verse to the last word of another. */
function select(page: Page, start: string, end: string): Promise<string> {
  return page.evaluate(
    ([first, last]) => {
      const [a, b] = [document.querySelector(first), document.querySelector(last)];
      if (!a || !b) throw new Error('Nothing to select');
      const range = document.createRange();
      range.setStart(a, 0);
      range.setEnd(b, b.childNodes.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    },
    [start, end] as const,
  );
}

describe('a real right-click in a headed Chromium', () => {
  it('"Make goal from selection" opens the popup with the selected verses; Create sends them', async () => {
    const { browser, sandbox } = journey;
    const display = browser.display ?? '';
    const control = await browser.openPage('options.html');
    await setTokens(control, sandbox);
    const page = await browser.context.newPage();
    await page.goto(URL_2);
    await page.locator(word('2:255:3')).scrollIntoViewIfNeeded();
    expect(await select(page, word('2:254:3'), word('2:256:2'))).not.toBe('');
    const cdp = await browser.context.newCDPSession(page);
    const prefix = browser.url('popup.html');

    // The native menu is a new X window; the item's first letter then chooses it.
    const windows = async () =>
      (await xdotool(display, 'search', '--onlyvisible', '--name', '.*'))
        .split('\n')
        .filter(Boolean).length;
    let target: PopupTarget | undefined;
    for (let attempt = 0; attempt < 3 && !target; attempt++) {
      const before = await windows();
      await realClick(display, page.locator(word('2:255:3')), 3);
      const opened = await waitFor(async () => (await windows()) > before, {
        timeout: 10_000,
      }).catch(() => false);
      // The extension's two items are in a submenu named after it: its first letter opens it
      // (a window more), then "m" picks the first item starting with it, and Return runs it.
      if (opened) {
        await xdotool(display, 'key', 'q');
        const submenu = await waitFor(async () => (await windows()) > before + 1, {
          timeout: 10_000,
        }).catch(() => false);
        if (submenu) await xdotool(display, 'key', 'm', 'Return');
      }
      target = await waitFor(() => popupTarget(cdp, prefix), { timeout: 10_000 }).catch(
        () => undefined,
      );
      if (!target) await xdotool(display, 'key', 'Escape');
    }
    if (!target) throw new Error('The menu item did not open the popup.');

    // Chromium opens the toolbar popup itself from the menu's click (no `?tab=` window).
    expect(target.url).toBe(prefix);
    const { id } = target;
    const fields = () =>
      evaluateIn(
        cdp,
        id,
        "[document.getElementById('from').value, document.getElementById('to').value].join('-')",
      );
    await waitFor(async () => (await fields()) === '2:254-2:256', {
      ...SLOW,
      message: 'the range',
    });
    await evaluateIn(cdp, id, `document.querySelector('button[type=submit]').click()`);
    const request = await sandbox.waitForRequest(isCreate, SLOW);
    expect(request.body).toMatchObject({ type: 'QURAN_RANGE', amount: '2:254-2:256' });
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
