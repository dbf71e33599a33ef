/**
 * `npm run bench`: the production build for a local sandbox, in a real Chromium, measured
 * against the performance floors. Each timed figure is the median of `BENCH_RUNS` runs
 * (default 21). Prints a table with the targets and writes `bench/results.json`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  buildExtension,
  type ExtensionBrowser,
  launchExtension,
  serveSites,
  startTestSandbox,
} from '../tests/e2e/harness';
import { callsOfBadgeRefresh, setBadge } from './badge';
import { benchCopy } from './bench-dist';
import { measureNoWork, OTHER_SITE, QURAN_SITE } from './no-work';
import { installReadyMark, measureCardReady, measurePageReady } from './page-ready';
import { sendLikePopup } from './popup-port';
import { measurePresetToPlan } from './preset-plan';
import { measureRoundTrip } from './round-trip';
import { signIn } from './sign-in';
import { bundleSizes } from './sizes';
import { round1 } from './stats';
import { formatTable, type Row, sizeRows } from './table';
import { measureWorkerStart } from './worker-start';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 21);
const QURAN_PAGE = join(HERE, '../tests/fixtures/quran-com/2026-11-01-translation-near-2-255.html');
const ms = (value: number) => `${round1(value)} ms`;
const apiCalls = (calls: string[]) => `${calls.length} API call${calls.length === 1 ? '' : 's'}`;

/** Runs `measure` while the signed-in reader has a goal ("10 minutes a day"), then deletes it. */
async function withGoal<T>(popup: Page, measure: () => Promise<T>): Promise<T> {
  type Reply = { ok: boolean; value?: { goalId?: string } };
  const goal = { mushafId: 4, body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' } };
  const { reply } = await sendLikePopup<Reply>(popup, {
    name: 'createGoal',
    payload: { goal, replace: false },
  });
  const goalId = reply.value?.goalId;
  if (!reply.ok || !goalId) throw new Error(`createGoal: ${JSON.stringify(reply)}`);
  try {
    return await measure();
  } finally {
    await sendLikePopup(popup, { name: 'deleteGoal', payload: { goalId, category: 'QURAN' } });
  }
}

async function timedFigures(
  browser: ExtensionBrowser,
  sandbox: Awaited<ReturnType<typeof startTestSandbox>>,
) {
  await installReadyMark(browser.context);
  const ready = await measurePageReady(browser, RUNS);
  const popup = await browser.openPopup();
  await signIn(browser, sandbox, popup);
  const preset = await measurePresetToPlan(popup, RUNS);
  // The create's own calls: the badge, which asks the plan after every goal change, is off.
  await setBadge(popup, false);
  const trip = await measureRoundTrip(popup, sandbox, RUNS);
  await setBadge(popup, true);
  const card = await withGoal(popup, () => measureCardReady(browser, RUNS));
  const badgeCalls = await withGoal(popup, () => callsOfBadgeRefresh(popup, sandbox));
  const worker = await measureWorkerStart(browser, RUNS);
  const noWork = await measureNoWork(browser);
  return { ready, card, preset, trip, worker, noWork, badgeCalls };
}

const sandbox = await startTestSandbox();
const sites = await serveSites({
  [OTHER_SITE]: { html: '<!doctype html><title>Example</title><p>Not a Quran site.</p>' },
  [QURAN_SITE]: QURAN_PAGE,
});
let browser: ExtensionBrowser | undefined;
try {
  console.log(`Building the production extension for the sandbox at ${sandbox.url}…`);
  const dist = await buildExtension({ sandboxUrl: sandbox.url, mode: 'production' });
  browser = await launchExtension(benchCopy(dist), { args: sites.args });
  console.log(`Measuring, ${RUNS} runs per figure…`);
  const { ready, card, preset, trip, worker, noWork, badgeCalls } = await timedFigures(
    browser,
    sandbox,
  );
  const sizes = bundleSizes(dist);
  const rows: Row[] = [
    { figure: 'popup ready (form interactive)', value: ms(ready.popup), target: '' },
    { figure: 'blank extension page ready', value: ms(ready.blank), target: '' },
    { figure: 'page with one tiny script ready (floor)', value: ms(ready.floor), target: '' },
    { figure: 'floor / blank', value: `${ready.floorRatio.toFixed(2)}×`, target: '' },
    {
      figure: "popup − floor (the popup's own work)",
      value: ms(ready.popup - ready.floor),
      target: '',
    },
    { figure: 'popup / blank', value: `${ready.ratio.toFixed(2)}×`, target: '' },
    {
      figure: 'popup / floor',
      value: `${(ready.popup / ready.floor).toFixed(2)}×`,
      target: '≤ 1.2×',
      met: ready.popup / ready.floor <= 1.2,
    },
    { figure: "popup with a goal: today's card drawn", value: ms(card.card), target: '' },
    { figure: 'floor, measured beside it', value: ms(card.floor), target: '' },
    {
      figure: "today's card / floor",
      value: `${card.ratio.toFixed(2)}×`,
      target: '≤ 1.2×',
      met: card.ratio <= 1.2,
    },
    {
      figure: `createGoal via the protocol port + background (${apiCalls(trip.callsPerCreate)})`,
      value: ms(trip.background),
      target: '',
    },
    { figure: 'createGoal by raw fetch from the page', value: ms(trip.raw), target: '' },
    {
      figure: 'background overhead',
      value: ms(trip.overhead),
      target: '≤ 5 ms',
      met: trip.overhead <= 5,
    },
    {
      figure: "badge refresh with a goal: calls of today's plan",
      value: apiCalls(badgeCalls),
      target: '≤ 1',
      met: badgeCalls.filter((call) => call.includes('get-todays-plan')).length <= 1,
    },
    { figure: 'preset chosen → plan shown', value: ms(preset.shown), target: '' },
    { figure: 'estimateGoal on the protocol port', value: ms(preset.trip), target: '' },
    {
      figure: 'preset → plan, over its estimate',
      value: ms(preset.shown - preset.trip),
      target: '≤ 16 ms',
      met: preset.shown - preset.trip <= 16,
    },
    {
      figure: `createGoal with no plan seen first (${apiCalls(trip.callsUnseen)})`,
      value: ms(trip.unseen),
      target: '',
    },
    { figure: 'worker start to first answer (cold)', value: ms(worker.cold), target: '' },
    {
      figure: 'message answered on a port opened for it, worker running',
      value: ms(worker.warm),
      target: '',
    },
    { figure: 'same on a port kept open (what pages do)', value: ms(worker.port), target: '' },
    {
      figure: 'extension scripts on example.org',
      value: `${noWork.other.scripts} scripts, ${noWork.other.contexts} worlds`,
      target: '0',
      met: noWork.other.scripts === 0 && noWork.other.contexts === 0,
    },
    {
      figure: 'same count on quran.com (control)',
      value: `${noWork.quran.scripts} scripts, ${noWork.quran.contexts} worlds`,
      target: '',
    },
    ...sizeRows(sizes),
  ];
  console.log(`\n${formatTable(rows)}\n`);
  console.log(
    `API calls of one createGoal through the background: ${trip.callsPerCreate.join(', ')}; ` +
      `with no plan seen first: ${trip.callsUnseen.join(', ')}`,
  );
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    ready,
    card,
    trip,
    worker,
    preset,
    noWork,
    badgeCalls,
    sizes,
    rows,
  };
  writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to bench/results.json');
} finally {
  await browser?.close();
  await sites.close();
  await sandbox.close();
}
