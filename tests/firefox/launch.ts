import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from '../e2e/harness';

/** The Firefox to drive: `FIREFOX_PATH`, else Debian's ESR. */
export const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** A headless Firefox with the add-on installed temporarily, driven over WebDriver BiDi. */
export interface FirefoxExtension {
  browser: Browser;
  /** The extension's popup page, which a Firefox e2e build opens in a tab when installed. */
  popup: Page;
  /** `moz-extension://UUID` of this profile. */
  origin: string;
  /** The first open page whose address `match` accepts (tabs the browser opened included). */
  findPage(match: (href: string) => boolean, message: string): Promise<Page>;
  close(): Promise<void>;
}

/** The page's own address: `Page.url()` can lag behind a tab the browser opened itself. */
const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/** Launches Firefox in a fresh profile and installs the e2e build in `distDir`. */
export async function launchFirefoxExtension(distDir: string): Promise<FirefoxExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'quran-goals-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
  });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
  };
  const findPage = (match: (href: string) => boolean, message: string) =>
    waitFor(
      async () => {
        for (const page of await browser.pages()) if (match(await hrefOf(page))) return page;
        return undefined;
      },
      { timeout: 30_000, interval: 200, message },
    );
  try {
    await browser.installExtension(distDir);
    const popup = await findPage(
      (href) => /^moz-extension:\/\/[^/]+\/popup\.html/.test(href),
      'the popup tab the add-on opens when installed',
    );
    const origin = new URL(await hrefOf(popup)).origin;
    return { browser, popup, origin, findPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}
