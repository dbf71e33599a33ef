import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './harness';
import { closeCustomForm, freshSignedInPopup, isCreate, POPUP_SIZE, SLOW } from './popup-page';

// At the size Chromium gives the toolbar popup, in each of the popup's languages: whatever
// preset the reader chooses, its plan and "Create goal" are on screen without scrolling; and
// a goal can be made with the keyboard alone.

const LOCALES = ['en', 'ar', 'ur', 'id'] as const;

/** Where a box lies outside the popup's viewport, or nothing when it is inside. */
async function outsideView(locator: Locator): Promise<string | null> {
  const box = await locator.boundingBox();
  const inView = !!box && box.y >= 0 && box.y + box.height <= POPUP_SIZE.height;
  return inView ? null : JSON.stringify(box);
}

/** Opens the popup as a reader without a goal sees it: presets, plan and Create. */
async function presetsPopup(journey: Parameters<typeof freshSignedInPopup>[0]): Promise<Page> {
  const popup = await freshSignedInPopup(journey);
  await closeCustomForm(popup);
  return popup;
}

for (const locale of LOCALES) {
  describe(`the popup in ${locale} at ${POPUP_SIZE.width}×${POPUP_SIZE.height}`, () => {
    const journey = setupJourney({ launch: { locale, colorScheme: 'light' } });

    it('keeps the plan and the primary action in view after each preset, light and dark', async () => {
      const popup = await presetsPopup(journey);
      const presets = popup.locator('.presets button');
      const count = await presets.count();
      expect(count).toBeGreaterThanOrEqual(6);
      const submit = popup.locator('form button[type="submit"]');
      const plan = popup.locator('section.plan');
      const outside: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        for (let index = 0; index < count; index++) {
          await presets.nth(index).click();
          // The preset's own plan: its days are listed (the estimate has answered).
          await plan.locator('ol.week li').first().waitFor(SLOW);
          await popup.locator('section.plan[aria-busy="false"]').waitFor(SLOW);
          expect(
            await popup.evaluate(() => document.documentElement.scrollHeight),
          ).toBeLessThanOrEqual(POPUP_SIZE.height);
          for (const [name, part] of [
            ['Create', submit],
            ['plan', plan],
          ] as const) {
            const where = await outsideView(part);
            if (where) outside.push(`${scheme}, preset ${index + 1}, ${name}: ${where}`);
          }
        }
      }
      expect(outside).toEqual([]);
    });

    if (locale === 'en') {
      it('makes a goal with the keyboard alone: Tab to the presets, an arrow, Enter', async () => {
        const popup = await presetsPopup(journey);
        await popup.locator('body').focus();
        // Tab until a preset has the focus (the header's links come first when signed out).
        for (let tabs = 0; tabs < 10; tabs++) {
          if (await popup.evaluate(() => !!document.activeElement?.closest('.presets'))) break;
          await popup.keyboard.press('Tab');
        }
        expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(
          '10 minutes a day',
        );
        await popup.keyboard.press('ArrowDown');
        expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(
          '1 page a day',
        );
        await popup.locator('form button[type="submit"]:not([disabled])').waitFor(SLOW);
        await popup.keyboard.press('Enter');
        const request = await journey.sandbox.waitForRequest(isCreate, SLOW);
        // One page a day: the preset the arrow chose.
        expect(request.body).toMatchObject({ type: 'QURAN_PAGES', amount: 1, category: 'QURAN' });
      });
    }
  });
}
