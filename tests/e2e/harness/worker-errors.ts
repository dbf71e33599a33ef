import type { ConsoleMessage, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Errors the extension's service worker reported while a collector ran. */
export interface WorkerErrors {
  /** Console errors, uncaught errors and unhandled rejections, in order. */
  readonly errors: string[];
  stop(): void;
}

/** Makes a worker log its uncaught errors and unhandled rejections to the console. */
async function instrument(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => {
      const scope = globalThis as typeof globalThis & { __quranGoalsErrorHooks?: boolean };
      if (scope.__quranGoalsErrorHooks) return;
      scope.__quranGoalsErrorHooks = true;
      scope.addEventListener('unhandledrejection', (event) => {
        const reason = event.reason;
        console.error('unhandledrejection:', reason instanceof Error ? reason.stack : reason);
      });
      scope.addEventListener('error', (event) => {
        console.error('uncaught error:', event.message);
      });
    })
    .catch(() => {});
}

/**
 * Collects what goes wrong in the extension's service worker: every `console.error`, and
 * every uncaught error or unhandled rejection after the collector started (each worker start,
 * including restarts, is instrumented as it appears).
 */
export async function collectWorkerErrors(browser: ExtensionBrowser): Promise<WorkerErrors> {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    const worker = message.worker();
    if (message.type() === 'error' && worker?.url().startsWith('chrome-extension://')) {
      errors.push(message.text());
    }
  };
  const onWorker = (worker: Worker) => {
    if (worker.url().startsWith('chrome-extension://')) void instrument(worker);
  };
  browser.context.on('console', onConsole);
  browser.context.on('serviceworker', onWorker);
  await instrument(await browser.worker());
  return {
    errors,
    stop: () => {
      browser.context.off('console', onConsole);
      browser.context.off('serviceworker', onWorker);
    },
  };
}
