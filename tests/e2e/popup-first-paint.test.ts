import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sendProtocolMessage, setupJourney, waitFor } from './harness';
import { freshSignedInPopup, POPUP_SIZE, SLOW } from './popup-page';

// The popup draws its first paint from a copy of the storage.local items it needs, kept in the
// extension's localStorage (utils/storage/first-paint.ts), then reads storage.local itself and
// takes what changed there while no extension page was open.

const journey = setupJourney();
afterEach(async () => {
  for (const page of journey.browser.context.pages().slice(1)) await page.close();
});

type Copy = { popupSnapshot?: { plan?: { hasGoal?: boolean } } } | null;
const copyOf = (page: Page): Promise<Copy> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('firstPaint') ?? 'null'));

/** Notes, from the page's first node on, whether today's card was ever drawn. */
const NOTE_CARD = `(() => {
  if (location.pathname !== '/popup.html') return;
  new MutationObserver(() => {
    if (document.querySelector('section.current')) window.__cardSeen = true;
  }).observe(document, { childList: true, subtree: true });
})();`;

describe('the popup’s first paint', () => {
  it('draws today’s card from the last opening at once, and drops it when the reader has signed out since', async () => {
    const popup = await freshSignedInPopup(journey);
    const goal = {
      mushafId: 4,
      body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
    } as const;
    const created = (await sendProtocolMessage(popup, 'createGoal', { goal, replace: false })) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    await popup.reload();
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    // The background's snapshot of today's plan reached the copy while the popup was open.
    await waitFor(async () => (await copyOf(popup))?.popupSnapshot?.plan?.hasGoal === true, {
      message: 'the copy with the goal',
    });
    await popup.close();

    // Signed out while no page follows the copy, as when the background signs the reader out
    // (a refresh refused): asked from the privacy page, which runs no script of its own.
    const quiet = await journey.browser.openPage('privacy.html');
    await sendProtocolMessage(quiet, 'signOut', {});
    await waitFor(
      () =>
        quiet.evaluate(async () => {
          type Local = { get(key: string): Promise<Record<string, unknown>> };
          const api = globalThis as unknown as { chrome: { storage: { local: Local } } };
          const items = await api.chrome.storage.local.get('popupSnapshot');
          return items.popupSnapshot == null;
        }),
      { message: 'the snapshot forgotten' },
    );
    expect((await copyOf(quiet))?.popupSnapshot?.plan?.hasGoal).toBe(true);
    await quiet.close();

    await journey.browser.context.addInitScript({ content: NOTE_CARD });
    const next = await journey.browser.openPopup();
    await next.setViewportSize(POPUP_SIZE);
    await next.getByRole('button', { name: 'Sign in', exact: true }).waitFor(SLOW);
    expect(await next.evaluate(() => (window as { __cardSeen?: boolean }).__cardSeen)).toBe(true);
    expect(await next.locator('section.current').count()).toBe(0);
    // Storage's own items are the copy again: no snapshot.
    expect((await copyOf(next))?.popupSnapshot).toBeUndefined();
  });
});
