import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  buildExtension,
  collectWorkerErrors,
  type ExtensionBrowser,
  launchExtension,
  type SiteServer,
  serveSites,
  startTestSandbox,
  type TestSandbox,
  type WorkerErrors,
  waitFor,
} from '../harness';

/** The second unpacked extension loaded beside Quran Goals. */
export const OTHER_EXTENSION = join(import.meta.dirname, 'other-extension');

/** A quran.com address served on loopback, where the quran.com content script runs. */
export const QURAN_PAGE = 'https://quran.com/1';

/** The id Chromium gives an unpacked extension with a `key`: its SHA-256, in letters a–p. */
export function extensionIdOf(dir: string): string {
  const { key } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** What the security journeys run against. */
export interface SecurityJourney {
  sandbox: TestSandbox;
  browser: ExtensionBrowser;
  distDir: string;
  sites: SiteServer;
  workerErrors: WorkerErrors;
}

/**
 * Like `setupJourney`, with a quran.com page served on loopback and the other extension
 * loaded too (the last `--load-extension` switch wins, so it names both folders).
 */
export function setupSecurityJourney(): SecurityJourney {
  const journey = {} as SecurityJourney;
  beforeAll(async () => {
    journey.sandbox = await startTestSandbox();
    journey.distDir = await buildExtension({ sandboxUrl: journey.sandbox.url });
    journey.sites = await serveSites({
      [QURAN_PAGE]: { html: '<!doctype html><title>Al-Fatiha</title><p>Al-Fatiha</p>' },
    });
    const both = `${journey.distDir},${OTHER_EXTENSION}`;
    journey.browser = await launchExtension(journey.distDir, {
      args: [
        ...journey.sites.args,
        `--disable-extensions-except=${both}`,
        `--load-extension=${both}`,
      ],
    });
    journey.workerErrors = await collectWorkerErrors(journey.browser);
  });
  afterAll(async () => {
    journey.workerErrors?.stop();
    await journey.browser?.close();
    await journey.sites?.close();
    await journey.sandbox?.close();
  });
  return journey;
}

/** The content script's isolated world in a page, reached through the DevTools protocol. */
export interface ContentScriptWorld {
  /** Calls `probe(arg)` there (it may use only globals such as `chrome`); answers its value. */
  run<T, A = undefined>(probe: (arg: A) => Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

interface ContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string };
}

/** Finds the isolated world our content script runs in on `page` (waiting for it). */
export async function contentScriptWorld(
  page: Page,
  extensionId: string,
): Promise<ContentScriptWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = await waitFor(
    () =>
      contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
      ),
    { timeout: 30_000, message: "the content script's isolated world" },
  );
  return {
    async run<T, A>(probe: (arg: A) => Promise<T>, arg?: A) {
      const answer = await cdp.send('Runtime.evaluate', {
        expression: `(${probe.toString()})(${JSON.stringify(arg ?? null)})`,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (answer.exceptionDetails) {
        throw new Error(`The probe threw: ${JSON.stringify(answer.exceptionDetails)}`);
      }
      return answer.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
