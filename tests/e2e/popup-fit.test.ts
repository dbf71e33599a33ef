import { describe, expect, it } from 'vitest';
import { setupJourney } from './harness';
import { freshSignedInPopup, POPUP_SIZE } from './popup-page';

// At the size Chromium gives the toolbar popup, in each of the popup's languages: whatever
// preset the reader chooses, "Create goal" is on screen without scrolling.

const LOCALES = ['en', 'ar', 'ur', 'id'] as const;

for (const locale of LOCALES) {
  describe(`the popup in ${locale} at ${POPUP_SIZE.width}×${POPUP_SIZE.height}`, () => {
    const journey = setupJourney({ launch: { locale, colorScheme: 'light' } });

    it('keeps the primary action in view after each preset, light and dark', async () => {
      const popup = await freshSignedInPopup(journey);
      const presets = popup.locator('.presets button');
      const count = await presets.count();
      expect(count).toBeGreaterThanOrEqual(6);
      const submit = popup.locator('form button[type="submit"]');
      const outside: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        for (let index = 0; index < count; index++) {
          await presets.nth(index).click();
          await popup.evaluate(() => window.scrollTo(0, 0));
          const box = await submit.boundingBox();
          const inView = !!box && box.y >= 0 && box.y + box.height <= POPUP_SIZE.height;
          if (!inView) outside.push(`${scheme}, preset ${index + 1}: ${JSON.stringify(box)}`);
        }
      }
      expect(outside).toEqual([]);
    });
  });
}
