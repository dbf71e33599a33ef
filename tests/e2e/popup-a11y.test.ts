import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './harness';
import {
  axeProblems,
  closeCustomForm,
  freshSignedInPopup,
  isCreate,
  openCustomForm,
  readerGoals,
  regionSays,
  SLOW,
  saveScreenshot,
  tabTo,
} from './popup-page';

const journey = setupJourney({ launch: { colorScheme: 'light' } });
let popup: Page;

describe('axe finds no serious or critical problem in English', () => {
  it('light and dark: the form with its plan; dark: the current goal and an error', async () => {
    popup = await freshSignedInPopup(journey, popup);
    // As it opens: presets, the plan and Create.
    await closeCustomForm(popup);
    await popup.getByRole('button', { name: 'Surah Al-Mulk every day' }).click();
    await popup.locator('.plan .week').waitFor(SLOW);
    expect(await axeProblems(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-light.png');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-dark.png');
    // The custom form, opened in place.
    await openCustomForm(popup);
    expect(await axeProblems(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeProblems(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Create goal' }).click();
    await regionSays(popup, 'status', 'Goal created.');
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    // With a goal: today's card first.
    expect(await axeProblems(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-goal.png');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await openCustomForm(popup);
    await popup.getByRole('radio', { name: 'Verse range' }).check();
    await popup.getByLabel('From verse').fill('1:9');
    await journey.sandbox.fault({ route: 'deleteGoal', status: 503 });
    await popup.getByRole('button', { name: 'Delete goal' }).click();
    await popup.getByRole('button', { name: 'Yes, delete it' }).click();
    await regionSays(popup, 'alert', 'Quran.com is unavailable for the moment.');
    expect(await axeProblems(popup)).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('Tab, Shift+Tab, arrow keys and Enter make a goal; Enter twice makes one', async () => {
    popup = await freshSignedInPopup(journey, popup);
    await popup.locator('body').focus();
    const { keyboard } = popup;

    await tabTo(popup, 'Time');
    await keyboard.press('ArrowRight');
    expect(await popup.getByRole('radio', { name: 'Pages' }).isChecked()).toBe(true);
    await tabTo(popup, 'Pages per day');
    await keyboard.press('Control+A');
    await keyboard.type('4');
    await tabTo(popup, 'Every day');
    await keyboard.press('ArrowRight');
    await tabTo(popup, 'Days');
    await keyboard.press('Control+A');
    await keyboard.type('5');
    await tabTo(popup, 'Mushaf');
    await tabTo(popup, 'Days', { back: true });
    await popup.locator('.plan .week').waitFor(SLOW);
    await keyboard.press('Enter');
    await keyboard.press('Enter');

    await regionSays(popup, 'status', 'Goal created.');
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    const creates = (await journey.sandbox.requests()).filter(isCreate);
    expect(creates.map((r) => r.body)).toEqual([
      { type: 'QURAN_PAGES', amount: 4, category: 'QURAN', duration: 5 },
    ]);
    expect(await readerGoals(journey)).toHaveLength(1);
    expect(await popup.getByRole('button', { name: 'Replace goal' }).count()).toBe(0);
  });

  it('a preset and Create goal with Space, the delete confirmation with Enter', async () => {
    popup = await freshSignedInPopup(journey, popup);
    await popup.locator('body').focus();
    await tabTo(popup, '1 page a day');
    await popup.keyboard.press('Space');
    await tabTo(popup, 'Create goal');
    await popup.keyboard.press('Space');
    const request = await journey.sandbox.waitForRequest(isCreate, SLOW);
    expect(request.body).toEqual({ type: 'QURAN_PAGES', amount: 1, category: 'QURAN' });
    await regionSays(popup, 'status', 'Goal created.');

    // Made, today's card comes first and has the focus: Delete is after it.
    await tabTo(popup, 'Delete goal');
    await popup.keyboard.press('Enter');
    await tabTo(popup, 'Yes, delete it');
    await popup.keyboard.press('Enter');
    await regionSays(popup, 'status', 'Goal deleted.');
    expect(await readerGoals(journey)).toEqual([]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
