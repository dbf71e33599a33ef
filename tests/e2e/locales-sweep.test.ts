import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QURAN_COM_LANGUAGES } from '../languages';
import { setupJourney } from './harness';
import {
  closeCustomForm,
  freshSignedInPopup,
  isCreate,
  openCustomForm,
  POPUP_SIZE,
  SLOW,
  saveScreenshot,
} from './popup-page';

// In every language Quran.com speaks, the popup (presets, the custom form, today's card) and
// the options page at 400×600: nothing is wider than its container, no text is cut off, and
// the page is in the language and direction of the browser.

const LOCALES = QURAN_COM_LANGUAGES;
const RIGHT_TO_LEFT = ['ar', 'fa', 'ur'];
/** The locales whose screenshots are kept in docs/screenshots/locales. */
const SHOWN = ['ar', 'fa', 'ru', 'bn', 'zh', 'sw'];

/**
 * What overflows on the page: the page scrolling sideways, an element reaching out of its
 * container, or text cut off by its box. Each problem names the element and its text.
 */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const named = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((c) => `.${c}`).join('');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${classes} “${text}”`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Visually hidden text (one pixel, clipped) is for screen readers.
      if (box.width <= 1 && box.height <= 1) continue;
      const parent = element.parentElement;
      const positioned = style.position === 'absolute' || style.position === 'fixed';
      if (box.left < -1 || box.right > root.clientWidth + 1)
        problems.push(
          `${named(element)} reaches out of the window (${Math.round(box.left)}–${Math.round(box.right)})`,
        );
      // A bar that bleeds to the window's edges by negative margins does so on purpose.
      const bleeds = parseFloat(style.marginLeft) < 0 || parseFloat(style.marginRight) < 0;
      if (parent && !positioned && !bleeds) {
        const outer = parent.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1)
          problems.push(
            `${named(element)} is wider than its container (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)})`,
          );
      }
      // Text fields scroll their own value by design; other boxes must show all their text.
      if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(element.tagName)) continue;
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1)
        problems.push(
          `${named(element)} cuts its text off (${element.scrollWidth} > ${element.clientWidth})`,
        );
    }
    return problems;
  });
}

/** The page's language and direction, as the document declares them. */
const declared = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Saves a screenshot of a locale that is shown in the docs, or of any with `SWEEP_SHOTS=dir`. */
async function keep(page: Page, locale: string, what: string): Promise<void> {
  const dir = process.env.SWEEP_SHOTS;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${locale}-${what}.png`), animations: 'disabled' });
  }
  if (SHOWN.includes(locale)) await saveScreenshot(page, `locales/${locale}-${what}.png`);
}

for (const locale of LOCALES) {
  describe(`${locale} at ${POPUP_SIZE.width}×${POPUP_SIZE.height}`, () => {
    const journey = setupJourney({ launch: { locale, colorScheme: 'light' } });
    const dir = RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr';

    it('the popup: presets, the custom form and today’s card, with nothing overflowing', async () => {
      const popup = await freshSignedInPopup(journey);
      expect(await declared(popup)).toEqual({ lang: expect.stringMatching(locale), dir });
      const problems: string[] = [];
      const check = async (state: string) => {
        for (const problem of await overflowProblems(popup)) problems.push(`${state}: ${problem}`);
      };

      await closeCustomForm(popup);
      await popup.locator('section.plan[aria-busy="false"] ol.week li').first().waitFor(SLOW);
      await check('presets');
      // As it opens, "Create goal" is on screen without scrolling.
      const create = await popup.locator('form button[type="submit"]').boundingBox();
      if (!create || create.y + create.height > POPUP_SIZE.height)
        problems.push(`presets: Create is below the fold (${JSON.stringify(create)})`);
      await keep(popup, locale, 'presets');

      await openCustomForm(popup);
      await check('custom form');

      // A goal from the first preset: today's card, its streak and Add reading.
      await closeCustomForm(popup);
      await popup.locator('.presets button').first().click();
      await popup.locator('section.plan[aria-busy="false"] ol.week li').first().waitFor(SLOW);
      await popup.locator('form button[type="submit"]').click();
      await journey.sandbox.waitForRequest(isCreate, SLOW);
      // Today's card, its reader's day loaded (Add reading is offered).
      const add = popup.locator('section.current button[aria-controls="add-reading"]');
      await add.waitFor(SLOW);
      await check('today');
      await keep(popup, locale, 'today');
      await add.click();
      await popup.locator('#add-reading').waitFor(SLOW);
      await check('add reading');
      expect(problems).toEqual([]);
    });

    it('the options page, with nothing overflowing', async () => {
      const options = await journey.browser.openPage('options.html');
      await options.setViewportSize(POPUP_SIZE);
      await options.locator('#reminder-on').waitFor(SLOW);
      expect(await declared(options)).toEqual({ lang: expect.stringMatching(locale), dir });
      expect(await overflowProblems(options)).toEqual([]);
      await keep(options, locale, 'options');
      await options.close();
    });
  });
}

describe('a browser in a language the extension does not speak (Hebrew)', () => {
  const journey = setupJourney({ launch: { locale: 'he', colorScheme: 'light' } });

  it('shows the English messages as English, left to right', async () => {
    const options = await journey.browser.openPage('options.html');
    await options.locator('#reminder-on').waitFor(SLOW);
    expect(await declared(options)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await options.locator('h1').textContent()).toBe('Quran Goals settings');
    await options.close();
  });
});
