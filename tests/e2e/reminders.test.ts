import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sendFromExtensionPage, sendProtocolMessage, setupJourney, waitFor } from './harness';
import { currentReader, freshSignedInPopup, SLOW } from './popup-page';

// The daily reminder and the last-chance nudge, their alarms rung by the test (e2e:ringAlarm
// runs what the alarm does). An e2e build holds the notifications permission from install.

const journey = setupJourney();
afterEach(async () => {
  for (const page of journey.browser.context.pages().slice(1)) await page.close();
});

type Notifications = {
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
  };
};
/** The ids of the notifications the extension shows now. */
const shown = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(
      await (globalThis as unknown as { chrome: Notifications }).chrome.notifications.getAll(),
    ).sort(),
  );
const clearAll = (page: Page) =>
  page.evaluate(async () => {
    const { notifications } = (globalThis as unknown as { chrome: Notifications }).chrome;
    for (const id of Object.keys(await notifications.getAll())) await notifications.clear(id);
  });
const ring = (page: Page, name: 'reminder' | 'reminder-nudge') =>
  sendFromExtensionPage(page, { name: 'e2e:ringAlarm', payload: { name } });

const TIME_GOAL = {
  mushafId: 4,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
} as const;

/** Turns the daily reminder on, on the options page, as the reader does. */
async function turnOn(): Promise<void> {
  const options = await journey.browser.openPage('options.html');
  const box = options.getByRole('checkbox', { name: 'Daily reminder' });
  // Turned on once the browser has answered for the permission (an e2e build holds it).
  await box.click();
  await waitFor(async () => box.isChecked(), { message: 'the reminder on' });
  await options.close();
}

describe('reminders', () => {
  it(
    'notify once while behind, never when done or signed out; the nudge when the streak is at risk',
    SLOW,
    async () => {
      const popup = await freshSignedInPopup(journey);
      await turnOn();
      await clearAll(popup);

      // Signed out: nothing shown, nothing asked.
      await sendProtocolMessage(popup, 'createGoal', { goal: TIME_GOAL });
      await sendProtocolMessage(popup, 'signOut', {});
      await journey.sandbox.clearRequests();
      await ring(popup, 'reminder');
      await ring(popup, 'reminder-nudge');
      expect(await shown(popup)).toEqual([]);
      const asked = (await journey.sandbox.requests()).filter((r) => r.path.includes('/v1/'));
      expect(asked).toEqual([]);

      // Done today: nothing.
      await freshSignedInPopup(journey, popup);
      await sendProtocolMessage(popup, 'createGoal', { goal: TIME_GOAL });
      await journey.sandbox.progress({ sub: currentReader(), secondsRead: 600 });
      await ring(popup, 'reminder');
      expect(await shown(popup)).toEqual([]);

      // Another reader, behind on the same goal: one reminder, and not a second.
      await freshSignedInPopup(journey, popup);
      await sendProtocolMessage(popup, 'createGoal', { goal: TIME_GOAL });
      await ring(popup, 'reminder');
      expect(await shown(popup)).toEqual(['reminder']);
      await clearAll(popup);
      await ring(popup, 'reminder');
      expect(await shown(popup)).toEqual([]);

      // A streak that ends yesterday and nothing read today: the nudge.
      const zone = await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      await journey.sandbox.streak({ sub: currentReader(), days: 3, through: 'yesterday', zone });
      await ring(popup, 'reminder-nudge');
      expect(await shown(popup)).toEqual(['reminder-nudge']);
    },
  );
});
