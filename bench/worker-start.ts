import type { CDPSession, Page } from 'playwright-core';
import { type ExtensionBrowser, portRequests, waitFor } from '../tests/e2e/harness';
import { PROTOCOL_PORT } from '../utils/messaging';
import { sendLikePopup } from './popup-port';
import { median } from './stats';

/**
 * Answers how long `getAccountState` takes from `page` on a port opened for it (what a context
 * pays that holds no port open), in ms timed in the page.
 */
async function timedAccountState(page: Page): Promise<number> {
  const [outcome] = await page.evaluate(portRequests, {
    port: PROTOCOL_PORT,
    messages: [{ name: 'getAccountState', payload: {} }],
  });
  if (!outcome || !('reply' in outcome) || !(outcome.reply as { ok?: boolean } | null)?.ok)
    throw new Error(`getAccountState: ${JSON.stringify(outcome)}`);
  return outcome.ms;
}

/**
 * Counts the stops of the extension's service worker, through the DevTools protocol. A count,
 * not the status now: an event the stop itself set off (a storage change a listener waits
 * for) may wake the worker again before a poll of its status could see it stopped.
 */
async function workerStops(cdp: CDPSession, scriptUrl: string) {
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = versions.find((v) => v.scriptURL === scriptUrl);
    if (version?.runningStatus === 'stopped') stops++;
  });
  await cdp.send('ServiceWorker.enable');
  return () => stops;
}

/**
 * Worker start to first message answered: the service worker is stopped through the DevTools
 * protocol, then a message from an open extension page wakes it. A message to the running
 * worker is timed beside it.
 */
export async function measureWorkerStart(browser: ExtensionBrowser, runs: number) {
  const page = await browser.openPage('blank.html');
  const cdp = await browser.context.newCDPSession(page);
  const stops = await workerStops(cdp, (await browser.worker()).url());
  const cold: number[] = [];
  const warm: number[] = [];
  const port: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const before = stops();
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => stops() > before, { message: 'the worker to stop', interval: 10 });
      cold.push(await timedAccountState(page));
      warm.push(await timedAccountState(page));
      const accountState = { name: 'getAccountState', payload: {} };
      // The stop closed the port: the first message opens it again, the second is timed.
      await sendLikePopup(page, accountState);
      const onPort = await sendLikePopup<{ ok?: boolean }>(page, accountState);
      if (!onPort.reply?.ok) throw new Error(`getAccountState: ${JSON.stringify(onPort.reply)}`);
      port.push(onPort.ms);
    }
  } finally {
    await cdp.detach();
    await page.close();
  }
  return { cold: median(cold), warm: median(warm), port: median(port) };
}
