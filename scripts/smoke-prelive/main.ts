import type { AccountState } from '../../utils/messages';
import { findBrowser, installHint } from '../lib/find-browser.mjs';
import { buildForPrelive, openBrowser } from './browser';
import { recordCalls } from './call-log';
import type { Smoke } from './extension';
import type { Findings } from './findings';
import { goalQuestions } from './goal-questions';
import { printNeeds, redirectUrlToRegister, refusal } from './inputs';
import {
  askPagesEstimate,
  checkInvalidToken,
  checkReadingSessions,
  checkScopes,
  judgeOrigin,
  judgePageEstimates,
} from './questions';
import { publishReport, type Report } from './report';
import { signInByHand, signOut } from './sign-in';

/** Asks every question, in an order that keeps the goals' lifetime short. */
async function investigate(s: Smoke, account: AccountState, notes: string[]): Promise<Findings> {
  const { putWithoutDuration, secondCreate } = await goalQuestions(s, notes);
  const estimate = await askPagesEstimate(s);
  const expiredToken = await checkInvalidToken(s);
  const scopes = await checkScopes(s, account);
  const readingSessions = await checkReadingSessions(s, account);
  await s.log.settled();
  return {
    origin: judgeOrigin(s.log.calls, s.browser.extensionId, estimate),
    secondCreate,
    putWithoutDuration,
    expiredToken,
    scopes,
    pageEstimates: judgePageEstimates(estimate),
    readingSessions,
  };
}

/** Builds, opens the browser, signs in, asks, and always signs out and closes the browser. */
async function runAgainstPrelive(clientId: string, executable: string): Promise<Report> {
  const dist = await buildForPrelive(clientId);
  const browser = await openBrowser(dist, executable);
  try {
    const log = recordCalls(browser.context);
    // The options page makes no API call of its own: every call logged is one this run caused.
    const page = await browser.openPage('options.html');
    const s: Smoke = { browser, page, clientId, log, created: [] };
    const account = await signInByHand(s);
    const notes: string[] = [];
    let findings: Findings;
    try {
      findings = await investigate(s, account, notes);
    } finally {
      notes.push(await signOut(s));
    }
    await log.settled();
    return { findings, notes, calls: log.calls, extensionId: browser.extensionId };
  } finally {
    await browser.close();
  }
}

/** The whole check; answers the exit code. */
export async function main(): Promise<number> {
  const refused = refusal(process.env);
  if (refused) {
    console.error(`Refusing to run: ${refused}`);
    return 1;
  }
  const clientId = process.env.QF_PRELIVE_CLIENT_ID?.trim();
  if (!clientId) {
    printNeeds(await redirectUrlToRegister());
    return 0;
  }
  // Not `hasDisplay()`: the harness puts a headed browser without DISPLAY on Xvfb, out of sight.
  if (!process.env.DISPLAY) {
    console.error('DISPLAY is not set: the pre-live sign-in needs a window. Nothing was checked.');
    return 1;
  }
  const executable = findBrowser();
  if (!executable) {
    console.error(
      `No Chromium or Chrome found (${installHint('chromium')}, or set CHROME_PATH). ` +
        'Nothing was checked.',
    );
    return 1;
  }
  publishReport(clientId, await runAgainstPrelive(clientId, executable));
  return 0;
}
