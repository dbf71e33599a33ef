import { describe, expect, it } from 'vitest';
import {
  collectWorkerErrors,
  type SandboxRequest,
  sendFromExtensionPage,
  setTokens,
  setupJourney,
  waitFor,
} from './harness';

// A goal the service could not take waits in the outbox, on disk; after the reader restarts
// the browser, the extension sends it by itself (signed in again with its refresh token), once.

const journey = setupJourney();
const SLOW = { timeout: 30_000 } as const;
const GOAL = { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } };
const isCreate = (r: SandboxRequest) =>
  r.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(r.path);

describe('a goal waiting in the outbox across a browser restart', () => {
  it('is sent once after the restart, with no popup open', async () => {
    const options = await journey.browser.openPage('options.html');
    await setTokens(options, journey.sandbox);
    // Both tries of the create fail: the goal goes to the outbox.
    await journey.sandbox.fault({ route: 'createGoal', status: 503, count: 2 });
    const queued = (await sendFromExtensionPage(options, {
      name: 'createGoal',
      payload: { goal: GOAL },
    })) as { ok: boolean; value?: { status: string } };
    expect(queued).toMatchObject({ ok: true, value: { status: 'queued' } });
    expect(await journey.sandbox.goals()).toEqual([]);

    await journey.browser.restart();
    const errors = await collectWorkerErrors(journey.browser);
    await waitFor(async () => (await journey.sandbox.goals()).length === 1, {
      ...SLOW,
      message: 'the queued goal to be created after the restart',
    });
    // Opening the popup asks the outbox to send what waits: nothing is left to send.
    const popup = await journey.browser.openPopup();
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    const reply = (await sendFromExtensionPage(popup, { name: 'flushOutbox', payload: {} })) as {
      value: { entries: unknown[] };
    };
    expect(reply.value.entries).toEqual([]);
    const creates = (await journey.sandbox.requests()).filter(isCreate);
    expect(creates.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(await journey.sandbox.goals()).toEqual([
      expect.objectContaining({ type: 'QURAN_PAGES', amount: 2, mushafId: 4 }),
    ]);
    errors.stop();
    expect(errors.errors).toEqual([]);
  });
});
