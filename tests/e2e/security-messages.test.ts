import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_PORT } from '../../utils/messaging';
import {
  contentScriptWorld,
  extensionIdOf,
  OTHER_EXTENSION,
  QURAN_PAGE,
  setupSecurityJourney,
} from './fixtures-security/journey';
import { badgeSettled, portRequests, sendFromExtensionPage, setTokens } from './harness';
import type { Message } from './harness/messaging';

// Privileged messages from anyone but our own extension pages are refused before anything
// reaches the network; other extensions cannot reach the background at all; extension pages
// keep the default CSP.

const journey = setupSecurityJourney();
let goalId = '';
let options: Page;

/** Every privileged request, each with a payload the background would otherwise accept. */
const privileged = (): Message[] => [
  {
    name: 'createGoal',
    payload: {
      goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } },
      replace: true,
    },
  },
  { name: 'updateGoal', payload: { goalId, mushafId: 4, body: { amount: 9 } } },
  { name: 'deleteGoal', payload: { goalId, category: 'QURAN' } },
  {
    name: 'estimateGoal',
    payload: { goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } } },
  },
  { name: 'getTodaysPlan', payload: { type: 'QURAN_PAGES', mushafId: 4 } },
  { name: 'signIn', payload: {} },
  { name: 'signOut', payload: {} },
  { name: 'e2e:runtimeState', payload: {} },
  { name: 'e2e:setTokens', payload: { accessToken: 'forged-token' } },
  { name: 'e2e:menuClick', payload: { tabId: 1, window: true } },
];

/** Messages to send on a protocol port, and the extension to send them to (none: our own). */
const attempt = (target: string | null) => ({
  port: PROTOCOL_PORT,
  messages: privileged(),
  target,
});

/** Still signed in, with the goal untouched, and the sandbox asked nothing at all. */
async function nothingHappened(): Promise<void> {
  const { sandbox, browser } = journey;
  expect(await sandbox.requests()).toEqual([]);
  const account = await sendFromExtensionPage(options, { name: 'getAccountState', payload: {} });
  expect(account).toMatchObject({ ok: true, value: { signedIn: true } });
  const goals = (await sandbox.goals()) as { id: string; amount: unknown }[];
  expect(goals.map((goal) => [goal.id, goal.amount])).toEqual([[goalId, 3]]);
  const pages = browser.context.pages().map((page) => page.url());
  expect(pages.filter((url) => url.includes('/oauth2/'))).toEqual([]);
  expect(journey.workerErrors.errors).toEqual([]);
}

beforeAll(async () => {
  options = await journey.browser.openPage('options.html');
  await setTokens(options, journey.sandbox);
  const created = (await sendFromExtensionPage(options, {
    name: 'createGoal',
    payload: {
      goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 3, category: 'QURAN' } },
    },
  })) as { ok: boolean; value: { goalId: string } };
  if (!created.ok) throw new Error(`The goal was not created: ${JSON.stringify(created)}`);
  goalId = created.value.goalId;
});

// The create above refreshes the badge once it is over: that refresh's calls are not the tests'.
beforeEach(async () => {
  await badgeSettled(options);
  await journey.sandbox.clearRequests();
});

describe('messages from outside the extension pages', () => {
  it('from our content script: each privileged request is refused with forbidden_sender', async () => {
    const page = await journey.browser.context.newPage();
    await page.goto(QURAN_PAGE);
    const world = await contentScriptWorld(page, journey.browser.extensionId);
    const outcomes = await world.run(portRequests, attempt(null));
    await world.close();
    await page.close();
    expect(outcomes).toEqual(
      privileged().map(() => ({
        reply: { ok: false, error: { kind: 'forbidden_sender', message: expect.any(String) } },
        ms: expect.any(Number),
      })),
    );
    await nothingHappened();
  });

  it('from a web page: it cannot even address the extension', async () => {
    const page = await journey.browser.context.newPage();
    await page.goto(QURAN_PAGE);
    const runtime = await page.evaluate(() => {
      const chrome = (globalThis as { chrome?: { runtime?: unknown } }).chrome;
      return typeof chrome?.runtime;
    });
    await page.close();
    expect(runtime).toBe('undefined');
    await nothingHappened();
  });

  it('from another extension: no message reaches the background', async () => {
    const otherId = extensionIdOf(OTHER_EXTENSION);
    const page = await journey.browser.context.newPage();
    await page.goto(`chrome-extension://${otherId}/sender.html`);
    const target = journey.browser.extensionId;
    const outcomes = await page.evaluate(portRequests, attempt(target));
    await page.close();
    expect(outcomes).toEqual(
      privileged().map(() => ({
        thrown: 'Could not establish connection. Receiving end does not exist.',
      })),
    );
    await nothingHappened();
  });
});

describe('the extension pages’ content security policy', () => {
  it('stays the strict default: no CSP key in the manifest, and eval and inline scripts blocked', async () => {
    const manifest = JSON.parse(readFileSync(join(journey.distDir, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const page = await journey.browser.openPage('options.html');
    // DevTools lets its own evaluations eval unless told not to: ask as the page would.
    const cdp = await journey.browser.context.newCDPSession(page);
    const blocked: string[] = [];
    for (const expression of ["eval('1 + 1')", "new Function('return 2')()"]) {
      const answer = await cdp.send('Runtime.evaluate', {
        expression,
        allowUnsafeEvalBlockedByCSP: false,
      });
      blocked.push(answer.exceptionDetails?.exception?.className ?? `ran: ${answer.result.value}`);
    }
    await cdp.detach();
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return `inline ran: ${(window as { inlineRan?: boolean }).inlineRan === true}`;
    });
    blocked.push(inline);
    await page.close();
    expect(blocked).toEqual(['EvalError', 'EvalError', 'inline ran: false']);
  });
});
