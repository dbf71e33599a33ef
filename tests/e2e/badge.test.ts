import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { badgeSettled, sendProtocolMessage, setupJourney, waitFor } from './harness';
import { currentReader, freshSignedInPopup } from './popup-page';

// The toolbar button's badge: empty when signed out or without a goal, what is left of today's
// reading while behind, "✓" once it is done. Its alarm is rung by the test (`badgeSettled`,
// through e2e:ringAlarm), which runs what the alarm does.

const journey = setupJourney();
afterEach(async () => {
  for (const page of journey.browser.context.pages().slice(1)) await page.close();
});

type Button = {
  getBadgeText(details: object): Promise<string>;
  getTitle(details: object): Promise<string>;
};
/** The toolbar button's badge text and title, as the browser holds them. */
const badgeOf = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { action: Button } };
    return {
      text: await chrome.action.getBadgeText({}),
      title: await chrome.action.getTitle({}),
    };
  });
async function badgeSays(page: Page, text: string) {
  await waitFor(async () => (await badgeOf(page)).text === text, {
    message: `the badge "${text}"`,
  });
  return badgeOf(page);
}
const plansAsked = async () =>
  (await journey.sandbox.requests()).filter((r) => r.path.endsWith('/goals/get-todays-plan'))
    .length;

describe('the toolbar badge', () => {
  it('is empty without a goal, says what is left while behind, ✓ once done, and empty signed out', async () => {
    const popup = await freshSignedInPopup(journey);
    await badgeSettled(popup);
    expect((await badgeOf(popup)).text).toBe('');

    const goal = {
      mushafId: 4,
      body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
    } as const;
    expect(await sendProtocolMessage(popup, 'createGoal', { goal, replace: false })).toMatchObject({
      ok: true,
    });
    // Refreshed once the goal is made: ten minutes left.
    expect(await badgeSays(popup, '10m')).toEqual({
      text: '10m',
      title: 'Quran Goals: Minutes left today: 10',
    });

    // Behind: three minutes and a second read of ten.
    await journey.sandbox.progress({ sub: currentReader(), secondsRead: 181 });
    await journey.sandbox.clearRequests();
    await badgeSettled(popup);
    await badgeSays(popup, '7m');
    expect(await plansAsked()).toBe(1);

    // Done.
    await journey.sandbox.progress({ sub: currentReader(), secondsRead: 600 });
    await badgeSettled(popup);
    expect(await badgeSays(popup, '✓')).toMatchObject({
      title: /Quran Goals: Today.s reading is done\./,
    });

    // Signed out: nothing, and nothing asked.
    await sendProtocolMessage(popup, 'signOut', {});
    await badgeSays(popup, '');
    await journey.sandbox.clearRequests();
    await badgeSettled(popup);
    expect(await plansAsked()).toBe(0);
    expect((await badgeOf(popup)).title).toBe('Quran Goals');
  });
});
