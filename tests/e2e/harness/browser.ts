import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { startXvfb, type VirtualDisplay } from './xvfb';

/** How to start the browser. */
export interface LaunchOptions {
  /** A real window (under Xvfb when there is no display) instead of headless. */
  headed?: boolean;
  /** IANA zone for the whole browser, service worker included (`TZ`). */
  timezone?: string;
  /** Browser UI language (`--lang`), which `browser.i18n` follows. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium switches. */
  args?: string[];
}

/** A Chromium with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The display a headed browser runs on (for xdotool), if headed. */
  display?: string;
  /** The extension's live service worker (started again if the browser stopped it). */
  worker(): Promise<Worker>;
  /** `chrome-extension://ID/<path>`. */
  url(path: string): string;
  /** Opens an extension page (`popup.html`, `options.html`…) in a new tab, or in `page`. */
  openPage(path: string, page?: Page): Promise<Page>;
  /** Opens the popup page as a tab (the toolbar popup cannot be driven). */
  openPopup(page?: Page): Promise<Page>;
  /**
   * Closes the browser and starts it again on the same profile, as a reader's restart: what
   * the extension keeps on disk stays, its session storage is gone. `context` is the new one.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The Chromium to drive: `CHROME_PATH`, else Debian's. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/** Switches proven on this kind of machine (shared TOOLING.md). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** Launches Chromium with the unpacked extension in `distDir`, in a fresh profile. */
export async function launchExtension(
  distDir: string,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'quran-goals-profile-'));
  let xvfb: VirtualDisplay | undefined;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  if (options.timezone) env.TZ = options.timezone;
  if (options.headed && !process.env.DISPLAY) {
    xvfb = await startXvfb();
    env.DISPLAY = xvfb.display;
  }
  const args = [
    ...(options.headed ? [] : ['--headless=new']),
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    ...BASE_ARGS,
    ...(options.locale ? [`--lang=${options.locale}`] : []),
    ...(options.args ?? []),
  ];
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: false,
      args,
      env,
      locale: options.locale,
      timezoneId: options.timezone,
      colorScheme: options.colorScheme,
      // A headed window keeps its real size, so that screen and page coordinates agree.
      viewport: options.headed ? null : { width: 1000, height: 800 },
    });
  let context: BrowserContext;
  try {
    context = await launch();
  } catch (error) {
    await xvfb?.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
    throw error;
  }

  const worker = async () =>
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
  const extensionId = new URL((await worker()).url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const openPage = async (path: string, page?: Page) => {
    const target = page ?? (await context.newPage());
    await target.goto(url(path));
    return target;
  };

  return {
    get context() {
      return context;
    },
    extensionId,
    display: options.headed ? env.DISPLAY : undefined,
    worker,
    url,
    openPage,
    openPopup: (page) => openPage('popup.html', page),
    restart: async () => {
      await context.close();
      context = await launch();
      await worker();
    },
    close: async () => {
      await context.close().catch(() => {});
      await xvfb?.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
    },
  };
}
