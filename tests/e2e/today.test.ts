import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { badgeSettled, sendProtocolMessage, setupJourney, waitFor } from './harness';
import {
  axeProblems,
  currentReader,
  dayIn,
  freshSignedInPopup,
  regionSays,
  SLOW,
  saveScreenshot,
} from './popup-page';

// Today's region of the popup with a goal: "Read now", the streak and "Add reading", against
// the sandbox, whose activity days feed today's plan and the streak.

const journey = setupJourney();
afterEach(async () => {
  for (const page of journey.browser.context.pages().slice(1)) await page.close();
});

const RANGE_GOAL = {
  mushafId: 4,
  body: { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' },
} as const;

/** The popup opened again on the goal made through the protocol. */
async function withGoal(
  popup: Page,
  goal: {
    mushafId: 4;
    body: {
      type: 'QURAN_RANGE' | 'QURAN_TIME';
      amount: string | number;
      category: 'QURAN';
      duration?: number;
    };
  },
): Promise<void> {
  expect(await sendProtocolMessage(popup, 'createGoal', { goal, replace: false })).toMatchObject({
    ok: true,
  });
  await popup.reload();
  await popup.getByRole('region', { name: 'Today' }).waitFor();
}

const readNowHref = (popup: Page) =>
  popup
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Read now' })
    .getAttribute('href');
/** The reader's zone: the browser's own (the options name none). */
const zoneOf = (popup: Page) =>
  popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
const logPosts = async () =>
  (await journey.sandbox.requests()).filter(
    (r) => r.method === 'POST' && r.path === '/auth/v1/activity-days',
  );

describe('Today', () => {
  it(
    'opens the range left with Read now, and Add reading logs once and moves it on',
    SLOW,
    async () => {
      const popup = await freshSignedInPopup(journey);
      await withGoal(popup, RANGE_GOAL);
      // A daily range goal: the whole range is today's, none of it read yet.
      expect(await readNowHref(popup)).toBe('https://quran.com/67:1-67:30');
      await saveScreenshot(popup, 'today-range.png');

      await journey.sandbox.clearRequests();
      const today = popup.getByRole('region', { name: 'Today' });
      await today.getByRole('button', { name: 'Add reading' }).click();
      await popup.getByRole('textbox', { name: 'Read from' }).fill('67:1');
      await popup.getByRole('textbox', { name: 'Read to' }).fill('67:10');
      // The form open: named fields, nothing serious for axe.
      expect(await axeProblems(popup)).toEqual([]);
      await saveScreenshot(popup, 'today-add-reading.png');
      await popup.getByRole('button', { name: 'Save reading' }).click();
      await regionSays(popup, 'status', 'Reading saved.');

      // One POST, with the documents' body: no minutes given, so the seconds are the
      // sandbox's estimate for ten verses (its readingRate, 10 s a verse); the day is the
      // reader's today, fixed when the reading was logged.
      const posts = await logPosts();
      const date = dayIn(await zoneOf(popup));
      expect(posts.map((r) => [r.status, r.body])).toEqual([
        [200, { type: 'QURAN', seconds: 100, ranges: ['67:1-67:10'], mushafId: 4, date }],
      ]);
      // Today's plan moved: Read now opens what is left.
      await waitFor(async () => (await readNowHref(popup)) === 'https://quran.com/67:11-67:30', {
        message: 'Read now on 67:11-67:30',
      });
      // And the badge says what is left: twenty verses.
      await badgeSettled(popup);
      const badge = await popup.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(d: object): Promise<string> } };
          }
        ).chrome.action.getBadgeText({}),
      );
      expect(badge).toBe('20');
    },
  );

  it('shows the streak, at risk while nothing is read today, safe once read', SLOW, async () => {
    const popup = await freshSignedInPopup(journey);
    const zone = await zoneOf(popup);
    await journey.sandbox.streak({ sub: currentReader(), days: 4, through: 'yesterday', zone });
    await withGoal(popup, {
      mushafId: 4,
      body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
    });
    const today = popup.getByRole('region', { name: 'Today' });
    await today.getByText('4-day streak').waitFor();
    expect(await today.locator('.at-risk').textContent()).toContain('Nothing read today yet');
    await saveScreenshot(popup, 'today-streak-at-risk.png');
    // A time goal: Read now opens where the reader last stopped, else the Quran's start.
    expect(await readNowHref(popup)).toMatch(/^https:\/\/quran\.com\//);

    await today.getByRole('button', { name: 'Add reading' }).click();
    await popup.getByRole('textbox', { name: 'Minutes read' }).fill('3');
    await popup.getByRole('button', { name: 'Save reading' }).click();
    await regionSays(popup, 'status', 'Reading saved.');
    await waitFor(async () => (await today.locator('.at-risk').count()) === 0, {
      message: 'the streak no longer at risk',
    });
    await saveScreenshot(popup, 'today-saved.png');
    expect((await logPosts()).map((r) => r.body)).toEqual([
      { type: 'QURAN', seconds: 180, ranges: [], mushafId: 4, date: dayIn(zone) },
    ]);
  });

  it('counts the days left of a goal made here, and says when it is complete', SLOW, async () => {
    const popup = await freshSignedInPopup(journey);
    // Al-Mulk over three days, made now: today and the two days after it.
    await withGoal(popup, {
      mushafId: 4,
      body: { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN', duration: 3 },
    });
    const today = popup.getByRole('region', { name: 'Today' });
    await today.getByText(/^3 days left of this goal, until /).waitFor();
    await today.getByText('You are on track with this goal.').waitFor();

    await today.getByRole('button', { name: 'Add reading' }).click();
    await popup.getByRole('textbox', { name: 'Read from' }).fill('67:1');
    await popup.getByRole('textbox', { name: 'Read to' }).fill('67:30');
    await popup.getByRole('button', { name: 'Save reading' }).click();
    await regionSays(popup, 'status', 'Reading saved.');
    await today.getByText('This goal is complete.').waitFor();
  });
});
