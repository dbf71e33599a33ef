import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Journey, sendFromExtensionPage, setupJourney, waitFor } from './harness';
import { ROOT } from './harness/paths';
import { freshSignedInPopup, POPUP_SIZE, SLOW, signIn } from './popup-page';
import { answeringTab, openedPopup, selectBetween } from './selection';

// The store listing's pictures, taken from the real popup against the sandbox, in English and
// in Arabic: the popup with a goal, and "Make goal from selection" on quran.com. Each is framed
// at the stores' 1280×800 with the extension's own words from its locale files; then the
// 440×280 promo tile and the 128 px icon with its padding (96 px of artwork). Every run checks
// their sizes; `UPDATE_STORE_ASSETS=1` also writes them to docs/store/.

const URL_2 = 'https://quran.com/2?startingVerse=255';
const PAGE = join(
  import.meta.dirname,
  '../fixtures/quran-com/2026-11-01-translation-near-2-255.html',
);
const OUT = join(ROOT, 'docs/store');
const word = (key: string) => `[data-word-location="${key}"]`;

type Messages = Record<string, { message: string }>;
const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Renders `body` on a page of exactly `width`×`height` and answers the PNG. */
async function render(
  journey: Journey,
  {
    width,
    height,
    html,
    transparent = false,
  }: { width: number; height: number; html: string; transparent?: boolean },
): Promise<Buffer> {
  const page = await journey.browser.context.newPage();
  try {
    await page.setViewportSize({ width, height });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.screenshot({ omitBackground: transparent, animations: 'disabled' });
  } finally {
    await page.close();
  }
}

const FRAME_STYLE = `
  * { box-sizing: border-box; margin: 0; }
  body { inline-size: 1280px; block-size: 800px; overflow: hidden; display: flex; align-items: center;
    gap: 56px; padding: 56px 72px; font-family: system-ui, 'Noto Sans', 'Noto Naskh Arabic', sans-serif;
    background: linear-gradient(135deg, #e2f1ec, #ffffff 60%); color: #1d2327; }
  .words { flex: 1; display: grid; gap: 20px; }
  .brand { display: flex; align-items: center; gap: 16px; font-size: 28px; font-weight: 600; color: #1f6f5c; }
  .brand img { inline-size: 56px; block-size: 56px; }
  h1 { font-size: 44px; line-height: 1.25; }
  p { font-size: 22px; line-height: 1.5; color: #5b6670; }
  .shots { display: flex; gap: 24px; align-items: center; }
  .shots img, .menu { border-radius: 12px; box-shadow: 0 12px 40px #0003; background: #fff; }
  .menu { display: grid; gap: 10px; padding: 14px 0; inline-size: 300px; font-size: 18px; }
  .menu .other { block-size: 12px; margin: 6px 20px; border-radius: 6px; background: #e4e8eb; }
  .menu .ours { display: flex; align-items: center; gap: 12px; padding: 10px 20px;
    background: #e2f1ec; color: #1d2327; font-weight: 600; }
  .menu .ours img { inline-size: 24px; block-size: 24px; box-shadow: none; border-radius: 5px; }`;

const ICON = dataUrl(readFileSync(join(ROOT, 'public/icon/128.png')));
const image = (png: Buffer, width: number) =>
  `<img src="${dataUrl(png)}" style="inline-size:${width}px" alt="">`;

/**
 * A drawing of the page's context menu with the extension's item in the reader's language
 * (the browser's own items drawn as bars: their words are the browser's, not ours).
 */
const menuDrawing = (item: string) =>
  `<div class="menu"><div class="other"></div><div class="other"></div>
    <div class="ours"><img src="${ICON}" alt="">${escapeHtml(item)}</div><div class="other"></div></div>`;

/** A 1280×800 store screenshot: the words on one side, the pictures (`shots`) on the other. */
function frame(locale: string, headline: string, line: string, shots: string) {
  const text = messages(locale);
  const dir = ['ar', 'ur', 'fa'].includes(locale) ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">
    <style>${FRAME_STYLE}</style></head><body>
    <div class="words"><div class="brand"><img src="${ICON}" alt="">${escapeHtml(text.extName?.message ?? '')}</div>
    <h1>${escapeHtml(headline)}</h1><p>${escapeHtml(line)}</p></div>
    <div class="shots">${shots}</div></body></html>`;
}

/** The popup after a preset became the reader's goal and part of today was read. */
async function popupWithGoal(journey: Journey): Promise<Buffer> {
  const popup = await freshSignedInPopup(journey);
  // The fifth preset, "Surah Al-Mulk every day", found by place: this also runs in Arabic.
  await popup.locator('.presets button').nth(4).click();
  await popup.locator('.plan .week').waitFor(SLOW);
  await popup.locator('button[type="submit"]').click();
  await popup.locator('[role="status"] strong').waitFor(SLOW);
  await journey.sandbox.progress({ pagesRead: 1, secondsRead: 240, ranges: ['67:1-67:12'] });
  await signIn(journey, popup);
  const progress = popup.locator('.current progress');
  await waitFor(async () => Number(await progress.getAttribute('value')) > 0, {
    ...SLOW,
    message: 'the goal with today’s progress',
  });
  await popup.setViewportSize(POPUP_SIZE);
  await popup.evaluate(() => window.scrollTo(0, 0));
  const png = await popup.screenshot({ animations: 'disabled' });
  await popup.close();
  return png;
}

/** Verses selected on quran.com; the popup "Make goal from selection" opened for them. */
async function selectionFlow(journey: Journey): Promise<Buffer> {
  const control = await journey.browser.openPage('options.html');
  const page = await journey.browser.context.newPage();
  await page.goto(URL_2);
  const tab = await answeringTab(control, URL_2);
  await page.locator(word('2:255:1')).scrollIntoViewIfNeeded();
  expect(await selectBetween(page, word('2:255:1'), word('2:257:3'))).not.toBe('');
  const before = new Set(journey.browser.context.pages());
  const answer = await sendFromExtensionPage(control, {
    name: 'e2e:menuClick',
    payload: { tabId: tab, frameId: 0, window: true },
  });
  expect(answer).toMatchObject({ ok: true, value: { found: true } });
  const popup = await openedPopup(journey, before);
  await waitFor(async () => (await popup.locator('#from').inputValue()) === '2:255', SLOW);
  expect(await popup.locator('#to').inputValue()).toBe('2:257');
  await popup.setViewportSize(POPUP_SIZE);
  await popup.locator('.plan .week').waitFor(SLOW);
  const png = await popup.screenshot({ animations: 'disabled' });
  await Promise.all([page.close(), popup.close(), control.close()]);
  return png;
}

function keep(name: string, png: Buffer, size: { width: number; height: number }) {
  expect(pngSize(png), name).toEqual(size);
  if (process.env.UPDATE_STORE_ASSETS === '1') writeFileSync(join(OUT, name), png);
}

const SCREENSHOT = { width: 1280, height: 800 };

describe.each(['en', 'ar'])('store screenshots in %s', (locale) => {
  const journey = setupJourney({
    launch: { locale, colorScheme: 'light' },
    sites: { [URL_2]: PAGE },
  });

  it('the popup with a goal, and Make goal from selection on quran.com, at 1280×800', async () => {
    const text = messages(locale);
    const goal = await popupWithGoal(journey);
    expect(pngSize(goal)).toEqual(POPUP_SIZE);
    const storeDescription = text.storeDescription?.message ?? '';
    const line =
      storeDescription
        .split('\n')
        .find((l) => l.startsWith('•'))
        ?.slice(1)
        .trim() ?? '';
    keep(
      `screenshot-${locale}-goal.png`,
      await render(journey, {
        ...SCREENSHOT,
        html: frame(locale, text.extDescription?.message ?? '', line, image(goal, 400)),
      }),
      SCREENSHOT,
    );

    const popup = await selectionFlow(journey);
    const selectionLine =
      storeDescription
        .split('\n')
        .filter((l) => l.startsWith('•'))[3]
        ?.slice(1)
        .trim() ?? '';
    keep(
      `screenshot-${locale}-selection.png`,
      await render(journey, {
        ...SCREENSHOT,
        html: frame(
          locale,
          text.menuMakeGoal?.message ?? '',
          selectionLine,
          menuDrawing(text.menuMakeGoal?.message ?? '') + image(popup, 400),
        ),
      }),
      SCREENSHOT,
    );
    expect(journey.workerErrors.errors).toEqual([]);
  });

  it('the 440×280 promo tile and the 128 px icon with its padding', async () => {
    const text = messages(locale);
    const icon96 = dataUrl(readFileSync(join(ROOT, 'public/icon/96.png')));
    keep(
      `promo-${locale}-440x280.png`,
      await render(journey, {
        width: 440,
        height: 280,
        html: `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><style>
          * { margin: 0; box-sizing: border-box; }
          body { inline-size: 440px; block-size: 280px; display: grid; place-content: center; justify-items: center;
            gap: 14px; padding: 24px; text-align: center; font-family: system-ui, 'Noto Sans', 'Noto Naskh Arabic', sans-serif;
            background: #1f6f5c; color: #fff; }
          img { inline-size: 84px; block-size: 84px; border-radius: 18px; box-shadow: 0 6px 20px #0004; }
          h1 { font-size: 30px; } p { font-size: 17px; line-height: 1.4; opacity: 0.95; }
          </style></head><body><img src="${ICON}" alt=""><h1>${escapeHtml(text.extName?.message ?? '')}</h1>
          <p>${escapeHtml(text.extDescription?.message ?? '')}</p></body></html>`,
      }),
      { width: 440, height: 280 },
    );
    // The stores ask for 96×96 of artwork inside 16 px of transparent padding.
    const padded = await render(journey, {
      width: 128,
      height: 128,
      transparent: true,
      html: `<!doctype html><html><head><style>html, body { margin: 0; background: transparent; }
        img { display: block; margin: 16px; inline-size: 96px; block-size: 96px; }</style></head>
        <body><img src="${icon96}" alt=""></body></html>`,
    });
    keep('icon-128.png', padded, { width: 128, height: 128 });
  });
});
