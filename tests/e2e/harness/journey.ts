import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchExtension } from './browser';
import { type BuildVariant, buildExtension } from './build';
import { startTestSandbox, type TestSandbox } from './sandbox';
import { type SitePage, type SiteServer, serveSites } from './sites';
import { collectWorkerErrors, type WorkerErrors } from './worker-errors';

/** What a test file's journey runs against. */
export interface JourneyOptions {
  /** Sandbox options (`existingGoal`, `tokenLifetime`…). */
  sandbox?: Parameters<typeof startTestSandbox>[0];
  /** Build mode and browser (`e2e` Chrome by default). */
  build?: BuildVariant;
  launch?: LaunchOptions;
  /** Saved pages to serve under their real host names (see `serveSites`). */
  sites?: Record<string, SitePage>;
}

/** The running pieces of a journey, ready once `beforeAll` has run. */
export interface Journey {
  readonly sandbox: TestSandbox;
  readonly browser: ExtensionBrowser;
  readonly distDir: string;
  readonly workerErrors: WorkerErrors;
  /** The site server, when `sites` was given. */
  readonly sites: SiteServer | undefined;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that start a sandbox, build the extension for it,
 * launch Chromium with it and collect the worker's errors; everything is closed afterwards.
 */
export function setupJourney(options: JourneyOptions = {}): Journey {
  const state: { -readonly [K in keyof Journey]?: Journey[K] } = {};
  beforeAll(async () => {
    state.sandbox = await startTestSandbox(options.sandbox);
    state.distDir = await buildExtension({ sandboxUrl: state.sandbox.url, ...options.build });
    state.sites = options.sites ? await serveSites(options.sites) : undefined;
    const args = [...(options.launch?.args ?? []), ...(state.sites?.args ?? [])];
    state.browser = await launchExtension(state.distDir, { ...options.launch, args });
    state.workerErrors = await collectWorkerErrors(state.browser);
  });
  // Every request the extension sent in a test must be one the official document describes.
  afterEach(async () => {
    await state.sandbox?.checkRequests();
  });
  afterAll(async () => {
    state.workerErrors?.stop();
    await state.browser?.close();
    await state.sites?.close();
    await state.sandbox?.close();
  });
  const ready = <K extends keyof Journey>(key: K): Journey[K] => {
    if (!(key in state)) throw new Error(`The journey is not set up yet (${key}).`);
    return state[key] as Journey[K];
  };
  return {
    get sandbox() {
      return ready('sandbox');
    },
    get browser() {
      return ready('browser');
    },
    get distDir() {
      return ready('distDir');
    },
    get workerErrors() {
      return ready('workerErrors');
    },
    get sites() {
      return state.sites;
    },
  };
}
