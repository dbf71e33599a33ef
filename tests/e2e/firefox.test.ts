import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_PORT } from '../../utils/messaging';
import { type FirefoxExtension, launchFirefoxExtension } from '../firefox/launch';
import {
  buildExtension,
  portRequests,
  startTestSandbox,
  type TestSandbox,
  waitFor,
} from './harness';

/** Sign-in and a goal created in Debian's Firefox ESR, through the add-on's Firefox build. */
let sandbox: TestSandbox;
let firefox: FirefoxExtension;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const dist = await buildExtension({ sandboxUrl: sandbox.url, browser: 'firefox', mode: 'e2e' });
  firefox = await launchFirefoxExtension(dist);
});

afterAll(async () => {
  await firefox?.close();
  await sandbox?.close();
});

/** One request on a protocol port from the popup page, as its own code sends it. */
async function send(name: string, payload: unknown = {}): Promise<unknown> {
  const [outcome] = await firefox.popup.evaluate(portRequests, {
    port: PROTOCOL_PORT,
    messages: [{ name, payload }],
  });
  if (!outcome || 'thrown' in outcome) throw new Error(`No answer: ${outcome?.thrown}`);
  return outcome.reply;
}

const isCreate = (request: { method: string; path: string }) =>
  request.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(request.path);

describe('Firefox ESR', () => {
  it('signs in through the consent page and creates a goal the sandbox receives', async () => {
    const before = await send('getAccountState');
    expect(before).toMatchObject({ ok: true, value: { signedIn: false } });
    const redirectUrl = (before as { value: { redirectUrl: string } }).value.redirectUrl;
    expect(redirectUrl).toMatch(/^https:\/\/[0-9a-f]+\.extensions\.allizom\.org\/$/);

    const signIn = send('signIn');
    const consent = await firefox.findPage(
      (href) => href.startsWith(`${sandbox.url}/oauth2/auth`),
      'the sign-in window on the sandbox consent page',
    );
    await consent.locator('button[value=approve]').click();
    expect(await signIn).toMatchObject({ ok: true, value: { signedIn: true } });

    const token = await sandbox.waitForRequest(
      (r) => r.method === 'POST' && r.path === '/oauth2/token',
    );
    expect(token.body).toMatchObject({ grant_type: 'authorization_code' });

    const body = { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } as const;
    const reply = await send('createGoal', { goal: { mushafId: 4, body }, replace: false });
    expect(reply).toMatchObject({ ok: true, value: { status: 'created' } });
    const create = await sandbox.waitForRequest(isCreate);
    expect(create.body).toEqual(body);
    expect(create.headers['x-client-id']).toBe('quran-goals-sandbox');
    expect(create.status).toBe(200);
    await waitFor(async () => (await sandbox.goals()).length === 1, { message: 'one goal' });
  });

  it('"Make goal from selection" opens the popup with the selected verses', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('data:text/html,<p>Ayat al-Kursi and after: 2:255-2:257</p>');
    const tabId = await firefox.popup.evaluate(async () => {
      const { tabs } = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        }
      ).browser;
      const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    });
    // The menu's click handler, as a right-click on that tab runs it: the toolbar popup opens.
    const answer = await send('e2e:menuClick', { tabId, selectionText: '2:255-2:257' });
    expect(answer).toMatchObject({ ok: true, value: { found: true } });
    // The toolbar popup is no page of the driver's; the add-on's own pages see it as a view.
    const rangeInPopup = () =>
      firefox.popup.evaluate(() => {
        const { extension } = (
          globalThis as unknown as {
            browser: { extension: { getViews(q: object): Window[] } };
          }
        ).browser;
        const value = (view: Window, id: string) =>
          (view.document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
        return extension
          .getViews({ type: 'popup' })
          .map((view) => `${value(view, 'from')}-${value(view, 'to')}`);
      });
    await waitFor(async () => (await rangeInPopup()).includes('2:255-2:257'), {
      message: 'the toolbar popup with the selected verses',
    });
  });
});
