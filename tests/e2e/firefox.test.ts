import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefoxExtension } from '../firefox/launch';
import { buildExtension, startTestSandbox, type TestSandbox, waitFor } from './harness';

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

/** `browser.runtime.sendMessage` from the popup page, as its own code sends it. */
function send(name: string, payload: unknown = {}): Promise<unknown> {
  return firefox.popup.evaluate(
    (message) =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).browser.runtime.sendMessage(message),
    { name, payload },
  );
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
});
