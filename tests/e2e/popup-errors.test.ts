import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney, waitFor } from './harness';
import {
  createAndCapture,
  fillPagesDraft,
  formValues,
  freshSignedInPopup,
  isCreate,
  readerGoals,
  regionSays,
  SLOW,
  signedInShown,
  signIn,
} from './popup-page';

const journey = setupJourney();
let popup: Page;

const PAGES_BODY = { type: 'QURAN_PAGES', amount: 7, category: 'QURAN', duration: 12 };

describe('a create the service refuses', () => {
  // A 403 is refused twice: the first is answered with a token refresh and one more try.
  it.each([
    [400, 1, 'Quran.com did not accept what was sent.'],
    [403, 2, 'Quran.com refused: this sign-in may not manage goals on the local sandbox.'],
    [404, 1, 'That goal was not found'],
    [422, 1, 'Quran.com could not use what was sent.'],
  ] as const)(
    '%i: its own message in an alert, the draft kept, no Retry',
    async (status, count, text) => {
      popup = await freshSignedInPopup(journey, popup);
      await fillPagesDraft(popup);
      const before = await formValues(popup);
      await journey.sandbox.fault({ route: 'createGoal', status, count });

      const request = await createAndCapture(journey, popup);
      expect(request.body).toEqual(PAGES_BODY);
      await regionSays(popup, 'alert', text);
      expect(await formValues(popup)).toEqual(before);
      expect(await popup.getByRole('button', { name: 'Retry' }).count()).toBe(0);
      expect(await popup.getByRole('status').textContent()).toBe('');
      expect(await readerGoals(journey)).toEqual([]);
    },
  );
});

describe('401: sign in again, the draft kept', () => {
  it('asks to sign in; signed in again, the same goal is created', async () => {
    popup = await freshSignedInPopup(journey, popup);
    await fillPagesDraft(popup);
    const before = await formValues(popup);
    // The first 401 is answered with a token refresh and one more try, which fails too.
    await journey.sandbox.fault({ route: 'createGoal', status: 401, count: 2 });

    await createAndCapture(journey, popup);
    await regionSays(popup, 'alert', 'Your sign-in has expired. Sign in again; your goal is kept.');
    await popup.getByRole('alert').getByRole('button', { name: 'Sign in' }).waitFor(SLOW);
    expect(await formValues(popup)).toEqual(before);
    expect(await readerGoals(journey)).toEqual([]);

    await signIn(journey, popup);
    expect(await formValues(popup)).toEqual(before);
    await journey.sandbox.clearRequests();
    const request = await createAndCapture(journey, popup);
    expect(request.body).toEqual(PAGES_BODY);
    await regionSays(popup, 'status', 'Goal created.');
  });
});

/** An API call of the reader's made outside the extension (it counts toward the rate limit). */
async function callFromAnotherDevice() {
  const { access_token } = await journey.sandbox.mintTokens();
  const url = `${journey.sandbox.url}/auth/v1/goals/get-todays-plan?type=QURAN_PAGES&mushafId=6`;
  const response = await fetch(url, {
    headers: {
      'x-auth-token': access_token,
      'x-client-id': 'quran-goals-sandbox',
      'x-timezone': 'UTC',
    },
  });
  expect(response.status).toBe(200);
}

describe('429: a countdown, then Retry', () => {
  it('Retry waits out the countdown, then creates the goal once', async () => {
    popup = await freshSignedInPopup(journey, popup);
    await fillPagesDraft(popup);
    const before = await formValues(popup);
    await popup.locator('.plan .week').waitFor(SLOW);
    // One call per 5 s, and the reader's other device has just made it: the create is refused.
    await journey.sandbox.rateLimit(1, 5_000);
    await callFromAnotherDevice();

    await createAndCapture(journey, popup);
    const said = await regionSays(popup, 'alert', 'Too many requests for now.');
    expect(said).toMatch(/You can retry in [1-5] s\./);
    const retry = popup.getByRole('button', { name: 'Retry' });
    expect(await retry.isDisabled()).toBe(true);
    expect(await formValues(popup)).toEqual(before);

    await journey.sandbox.rateLimit(0);
    await waitFor(() => retry.isEnabled(), { timeout: 15_000, message: 'Retry to be enabled' });
    await retry.click();
    await regionSays(popup, 'status', 'Goal created.');
    const creates = (await journey.sandbox.requests()).filter(isCreate);
    expect(creates.map((r) => r.status)).toEqual([429, 200]);
    expect(await readerGoals(journey)).toHaveLength(1);
  });
});

describe('the draft survives the popup closing', () => {
  it('reopened, the form is as it was left, half-typed values too', async () => {
    popup = await freshSignedInPopup(journey, popup);
    await fillPagesDraft(popup);
    await popup.getByRole('textbox', { name: 'Days' }).fill('12x');
    const before = await formValues(popup);
    await popup.close();

    popup = await journey.browser.openPopup();
    await signedInShown(popup);
    expect(await formValues(popup)).toEqual(before);
    expect(before).toContain('mushaf:6');
    expect(before).toContain('days:12x');
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
