import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './harness';
import {
  axeProblems,
  closeCustomForm,
  freshSignedInPopup,
  isCreate,
  openCustomForm,
  SLOW,
  saveScreenshot,
} from './popup-page';

// The popup takes its language from the browser's UI language (`chrome.i18n`), so this file
// runs a Chromium started in Arabic; the controls are found by id, their names being Arabic.
const journey = setupJourney({ launch: { locale: 'ar', colorScheme: 'light' } });
let popup: Page;

describe('the popup in Arabic', () => {
  it('is laid out right to left, in Arabic, and axe finds no serious or critical problem', async () => {
    popup = await freshSignedInPopup(journey, popup);
    const root = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.querySelector('h1')?.textContent,
    }));
    expect(root.lang).toMatch(/^ar/);
    expect(root.dir).toBe('rtl');
    // A heading there is, and it is written in Arabic letters (no English left behind).
    expect(root.title ?? '').toMatch(/^[\u0600-\u06FF\s]+$/);

    // As it opens: presets, the plan and Create.
    await closeCustomForm(popup);
    await popup.locator('.presets button').nth(4).click();
    await popup.locator('.plan .week').waitFor(SLOW);
    expect(await axeProblems(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-arabic.png');
    await openCustomForm(popup);
    expect(await axeProblems(popup)).toEqual([]);

    await popup.locator('input[name="goal-type"][value="QURAN_PAGES"]').check();
    await popup.locator('#pages').fill('٣');
    await popup.locator('button[type="submit"]').click();
    const request = await journey.sandbox.waitForRequest(isCreate, SLOW);
    expect(request.body).toEqual({ type: 'QURAN_PAGES', amount: 3, category: 'QURAN' });
    await popup.locator('[role="status"] strong').waitFor(SLOW);
    expect(await axeProblems(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeProblems(popup)).toEqual([]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
