import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import {
  type SandboxRequest,
  sendFromExtensionPage,
  setTokens,
  setupJourney,
  waitFor,
} from './harness';
import { openAnsweringPage, openedPopup, selectBetween } from './selection';

// The saved pages served over HTTPS under their real host names, so that the manifest's own
// `matches` patterns choose the content scripts: the popup's page presets, and "Make goal
// from selection" through its click handler (an e2e-only hook stands in for the native menu).
// Each test opens its own tab, so that any one of them can run alone.

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SLOW = { timeout: 30_000 } as const;

interface SiteCase {
  name: string;
  url: string;
  page: string;
  /** The first page preset, what the address names, as the popup words it (in English). */
  first: string;
  /** A page preset the popup must offer: its range as the popup writes it. */
  preset: string;
  /** Where a selection starts and ends (whole elements), and the range it names. */
  select: [start: string, end: string, range: string];
}

const word = (key: string) => `[data-word-location="${key}"]`;

const SITES: SiteCase[] = [
  {
    name: 'quran.com, translation view',
    url: 'https://quran.com/2?startingVerse=255',
    page: 'quran-com/2026-11-01-translation-near-2-255.html',
    first: 'This surah 2:1–2:286',
    preset: '2:255–2:286',
    select: [word('2:254:3'), word('2:256:2'), '2:254-2:256'],
  },
  {
    name: 'quran.com, reading view',
    url: 'https://quran.com/page/42',
    page: 'quran-com/2026-11-01-reading-page-42.html',
    first: 'This page 2:253–2:256',
    preset: '2:253–2:256',
    select: [word('2:254:5'), word('2:255:10'), '2:254-2:255'],
  },
  {
    name: 'quran.com, juz 3 across two surahs',
    url: 'https://quran.com/juz/3',
    page: 'quran-com/2026-11-01-translation-juz-3-surah-boundary.html',
    first: 'This juz 2:253–3:92',
    preset: '2:253–3:92',
    select: [word('2:286:2'), word('3:1:1'), '2:286-3:1'],
  },
  {
    name: 'tanzil.net',
    url: 'https://tanzil.net/#2:255',
    page: 'tanzil/2026-11-01-page-42-2-255.html',
    first: 'This verse 2:255–2:255',
    preset: '2:255–2:286',
    select: ['[id="2-253"] .ayaText', '[id="2-255"] .ayaNum', '2:253-2:255'],
  },
  {
    name: 'quranwbw.com',
    url: 'https://quranwbw.com/2',
    page: 'quranwbw/2026-11-01-surah-2-near-255.html',
    first: 'This surah 2:1–2:286',
    preset: '2:1–2:286',
    select: ['[id="2:254:3"] .arabic', '[id="2:256:1"] .arabic', '2:254-2:256'],
  },
  {
    name: 'alquran.cloud',
    url: 'https://alquran.cloud/surah/2/en.asad',
    page: 'alquran-cloud/2026-11-01-surah-2-en-asad.html',
    first: 'This surah 2:1–2:286',
    preset: '2:1–2:286',
    select: ['.singleEditionAyah2_253', '.ayah2_256', '2:253-2:256'],
  },
  {
    name: 'corpus.quran.com',
    url: 'https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=255',
    page: 'corpus-quran/2026-11-01-wordbyword-2-255.html',
    first: 'This verse 2:255–2:255',
    preset: '2:255–2:286',
    select: ['tr:nth-child(4) .c3 b', 'tr:nth-child(9) .c3 b', '2:255-2:256'],
  },
  {
    name: 'previous.quran.com',
    url: 'https://previous.quran.com/2/255-257',
    page: 'previous-quran-com/2026-11-01-surah-2-255-257.html',
    first: 'These verses 2:255–2:257',
    preset: '2:255–2:257',
    select: ['[name="verse:2:255"] .text', '[name="verse:2:257"] .glyph', '2:255-2:257'],
  },
  {
    name: 'quran.ksu.edu.sa',
    url: 'https://quran.ksu.edu.sa/index.php?aya=2_255',
    page: 'quran-ksu/2026-11-01-index-aya-2-255.html',
    first: 'This verse 2:255–2:255',
    preset: '2:255–2:286',
    // The mushaf is a picture: its image map's area links to the verse (`#aya=2_255`).
    select: ['#mushaf', '#tafsirPanel p', '2:255-2:255'],
  },
  {
    name: 'quranenc.com',
    url: 'https://quranenc.com/en/browse/english_saheeh/2/255',
    page: 'quranenc/2026-11-01-browse-english-saheeh-2.html',
    first: 'This verse 2:255–2:255',
    preset: '2:255–2:286',
    // Verse cards `id="ayah-254"`…: the ayah, in the surah of the address.
    select: ['#ayah-254 .translation-text', '#ayah-256 .arabic-text', '2:254-2:256'],
  },
];

/** A quran.com address naming its surah by slug, on a page that shows no surah yet. */
const SLUG_URL = 'https://quran.com/al-mulk';
/** Al-Mulk's 30 verses, 100 pixels each, under a 64-pixel header fixed at the top. */
const HEADER_URL = 'https://quran.com/67';
const HEADER_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Al-Mulk</title>
<style>body{margin:0}nav{position:fixed;top:0;left:0;right:0;height:64px;background:#fff}
[data-testid]{height:100px;overflow:hidden}</style></head><body><nav>Quran.com</nav><main>${Array.from(
  { length: 30 },
  (_, i) =>
    `<div data-verse-key="67:${i + 1}" data-chapter-id="67" data-testid="verse-67:${i + 1}"><span data-word-location="67:${i + 1}:1">67:${i + 1}</span></div>`,
).join('')}</main></body></html>`;

const journey = setupJourney({
  sites: {
    ...Object.fromEntries(
      SITES.map((site) => [site.url.replace(/#.*/, ''), join(FIXTURES, site.page)]),
    ),
    [SLUG_URL]: {
      html: '<!DOCTYPE html><html><head><title>Quran.com</title></head><body><main></main></body></html>',
    },
    [HEADER_URL]: { html: HEADER_PAGE },
  },
});

/** The page presets of a popup over a tab, as it words them, once it offers `count` of them. */
async function pagePresets(tab: number, count: number): Promise<string[]> {
  const popup = await journey.browser.openPage(`popup.html?tab=${tab}`);
  const offers = popup.getByRole('list', { name: 'From this page' }).getByRole('button');
  await waitFor(async () => (await offers.count()) >= count, {
    ...SLOW,
    message: `${count} page presets`,
  });
  return (await offers.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

const isCreate = (r: SandboxRequest) =>
  r.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(r.path);

let control: Page;
let readers = 0;
beforeAll(async () => {
  control = await journey.browser.openPage('options.html');
});

// Whatever a test opened (its site tab, popups) is closed after it, even when it failed.
let opened: Set<Page>;
beforeEach(() => {
  opened = new Set(journey.browser.context.pages());
});
afterEach(async () => {
  const left = journey.browser.context.pages().filter((page) => !opened.has(page));
  await Promise.all(left.map((page) => page.close()));
});

// Each site's tests are named after it as it is written (`describe.each` with `$name` would
// quote it), so that `-t "<name> makes a goal"` picks one of them.
for (const site of SITES) {
  describe(site.name, () => {
    it('reads the page when asked, and the popup over it offers its verses', async () => {
      // A new reader, with no goal: the popup then opens on the presets, the page's among
      // them (beside a goal they wait under "New goal").
      await setTokens(control, journey.sandbox, { sub: `site-reader-${process.pid}-${++readers}` });
      const { tab } = await openAnsweringPage(journey, control, site.url);
      const popup = await journey.browser.openPage(`popup.html?tab=${tab}`);
      const offers = popup.getByRole('list', { name: 'From this page' });
      await waitFor(async () => (await offers.textContent())?.includes(site.preset), {
        ...SLOW,
        message: `the preset ${site.preset}`,
      });
      // What the address names comes first.
      const [first] = await offers.getByRole('button').allTextContents();
      expect(first?.replace(/\s+/g, ' ').trim()).toBe(site.first);
    });

    it('makes a goal from a selection of its verses', async () => {
      const [start, end, range] = site.select;
      // A new reader, with no goal, rather than a sandbox reset: a reset would revoke the
      // token of a request the last test's popup may still have on its way.
      await setTokens(control, journey.sandbox, { sub: `site-reader-${process.pid}-${++readers}` });
      await journey.sandbox.clearRequests();
      const { page, tab } = await openAnsweringPage(journey, control, site.url);
      expect(await selectBetween(page, start, end)).not.toBe('');
      const before = new Set(journey.browser.context.pages());
      const answer = await sendFromExtensionPage(control, {
        name: 'e2e:menuClick',
        payload: { tabId: tab, frameId: 0, window: true },
      });
      const [from, to] = range.split('-');
      expect(answer).toMatchObject({ ok: true, value: { found: true } });
      const popup = await openedPopup(journey, before);
      await waitFor(async () => (await popup.locator('#from').inputValue()) === from, SLOW);
      expect(await popup.locator('#to').inputValue()).toBe(to);
      await popup.getByRole('button', { name: 'Create goal' }).click(SLOW);
      const request = await journey.sandbox.waitForRequest(isCreate, SLOW);
      expect(request.body).toMatchObject({ type: 'QURAN_RANGE', amount: range, category: 'QURAN' });
      expect(journey.workerErrors.errors).toEqual([]);
    });
  });
}

describe('the presets the address and the view name', () => {
  beforeEach(async () => {
    await setTokens(control, journey.sandbox, { sub: `site-reader-${process.pid}-${++readers}` });
  });

  it("offers a quran.com slug's surah before its page shows it", async () => {
    const { tab } = await openAnsweringPage(journey, control, SLUG_URL);
    expect(await pagePresets(tab, 1)).toEqual(['This surah 67:1–67:30']);
  });

  it('offers "From here" from the first verse below the fixed header', async () => {
    const { page, tab } = await openAnsweringPage(journey, control, HEADER_URL);
    // 67:11 ends 20 pixels from the top, under the header; 67:12 shows below it.
    await page.evaluate(() => window.scrollTo(0, 1080));
    await waitFor(async () => (await page.evaluate(() => window.scrollY)) === 1080, SLOW);
    expect(await pagePresets(tab, 2)).toEqual([
      'This surah 67:1–67:30',
      'From here to the end of the surah 67:12–67:30',
    ]);
  });
});

describe('a selection without verses', () => {
  it('is answered with the reason on the toolbar button; no popup, no prefill', async () => {
    const site = SITES[2] as SiteCase;
    const { page, tab } = await openAnsweringPage(journey, control, site.url);
    await selectBetween(
      page,
      '[class*="ChapterHeader_translatedName"]',
      '[class*="ChapterHeader_translatedName"]',
    );
    const before = journey.browser.context.pages().length;
    const answer = await sendFromExtensionPage(control, {
      name: 'e2e:menuClick',
      payload: { tabId: tab, frameId: 0, window: true },
    });
    expect(answer).toEqual({
      ok: true,
      value: { found: false, reason: 'surahTitle' },
    });
    const shown = await control.evaluate(async (tabId) => {
      const { action, storage } = (globalThis as unknown as { chrome: ActionRuntime }).chrome;
      return {
        badge: await action.getBadgeText({ tabId }),
        title: await action.getTitle({ tabId }),
        prefill: (await storage.session.get('pendingPrefill')).pendingPrefill ?? null,
      };
    }, tab);
    expect(shown).toEqual({
      badge: '!',
      // The reason in the browser's language (English here), from the extension's messages.
      title: `Quran Goals: ${en.reason_surahTitle.message}`,
      prefill: null,
    });
    expect(journey.browser.context.pages()).toHaveLength(before);
  });
});

describe('"Mark as read"', () => {
  it('logs the selected verses once, and today’s plan moves past them', SLOW, async () => {
    const site = SITES[0] as SiteCase;
    const [start, end, range] = site.select;
    await setTokens(control, journey.sandbox, { sub: `site-reader-${process.pid}-${++readers}` });
    const goal = {
      mushafId: 4,
      body: { type: 'QURAN_RANGE', amount: '2:250-2:260', category: 'QURAN' },
    };
    expect(
      await sendFromExtensionPage(control, { name: 'createGoal', payload: { goal } }),
    ).toMatchObject({ ok: true });
    await journey.sandbox.clearRequests();
    const { page, tab } = await openAnsweringPage(journey, control, site.url);
    expect(await selectBetween(page, start, end)).not.toBe('');
    const answer = await sendFromExtensionPage(control, {
      name: 'e2e:menuClick',
      payload: { tabId: tab, frameId: 0, item: 'mark-as-read' },
    });
    expect(answer).toMatchObject({ ok: true, value: { status: 'logged', ranges: [range] } });
    // One POST of the documents' body: three verses, in the default mushaf, with the
    // sandbox's estimate (its readingRate, 10 s a verse).
    const logs = (await journey.sandbox.requests()).filter(
      (r) => r.method === 'POST' && r.path === '/auth/v1/activity-days',
    );
    expect(logs.map((r) => r.body)).toEqual([
      {
        type: 'QURAN',
        seconds: 30,
        ranges: [range],
        mushafId: 4,
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    const plan = await sendFromExtensionPage(control, {
      name: 'getTodaysPlan',
      payload: { type: 'QURAN_RANGE', mushafId: 4 },
    });
    expect(plan).toMatchObject({
      ok: true,
      value: { remainingDailyTargetRanges: ['2:250-2:253', '2:257-2:260'] },
    });
    const title = await control.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: ActionRuntime }).chrome.action.getTitle({ tabId }),
      tab,
    );
    // The range is isolated (U+2066…U+2069), so that it reads left to right in any language.
    expect(title).toBe('Quran Goals: logged \u20662:254–2:256\u2069');
    expect(journey.workerErrors.errors).toEqual([]);
  });
});

type ActionRuntime = {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  storage: { session: { get(key: string): Promise<{ pendingPrefill?: unknown }> } };
};
