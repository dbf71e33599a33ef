import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SandboxRequest, setupJourney, waitFor } from './harness';
import {
  choose,
  currentReader,
  fillField,
  freshSignedInPopup,
  isCreate,
  isUpdate,
  openCustomForm,
  openNewGoal,
  readerGoals,
  regionSays,
  SLOW,
} from './popup-page';

// Changing a goal, under each reading of `PUT /v1/goals/{id}` the documents leave open (the
// sandbox's `put` option): an update that merges the fields it is given, or one that makes the
// goal exactly the body. The documents: the body's `duration` "If it's empty it means the goal
// is a daily goal", `minimum: 1`, and no field required. The extension must be right under both,
// and under either reading of today's plan's `type` and `mushafId`.

const journey = setupJourney();
let popup: Page;

const isDelete = (r: SandboxRequest) => r.method === 'DELETE' && /\/auth\/v1\/goals\//.test(r.path);
/** The sandbox's copy of the reader's goals, as the documents' fields. */
async function goalsNow() {
  return (await readerGoals(journey)).map(({ type, amount, category, duration, mushafId }) => ({
    type,
    amount,
    category,
    ...(duration === undefined ? {} : { duration }),
    mushafId,
  }));
}
/** The goal changes the popup sent, in order: `PUT`, `DELETE`, `POST`. */
async function changesSent() {
  return (await journey.sandbox.requests())
    .filter((r) => isUpdate(r) || isDelete(r) || isCreate(r))
    .map((r) => `${r.method} ${JSON.stringify(r.body ?? null)}`);
}
async function createFromForm(): Promise<void> {
  await popup.getByRole('button', { name: 'Create goal' }).click(SLOW);
  await regionSays(popup, 'status', 'Goal created.');
  await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
  await journey.sandbox.clearRequests();
}
async function pagesOverDays(pages: string, days: string) {
  await choose(popup, 'Goal type', 'Pages');
  await fillField(popup, 'Pages per day', pages);
  await choose(popup, 'Schedule', 'Over a number of days');
  await fillField(popup, 'Days', days);
}
const textbox = (name: string) => popup.getByRole('textbox', { name, exact: true });

/** The readings run: each PUT reading, and the other readings of today's plan. */
const READINGS = [
  { put: 'partial', planGoal: 'type', planMushaf: 'asked' },
  { put: 'replace', planGoal: 'type', planMushaf: 'asked' },
  { put: 'partial', planGoal: 'newest', planMushaf: 'goal' },
] as const;

describe.each(READINGS)('under the sandbox readings $put, $planGoal, $planMushaf', (reading) => {
  // No reset between tests (it would revoke tokens a request of the last test may still use):
  // each test sets every reading it runs under, and signs in a new reader.
  const fresh = async () => {
    await journey.sandbox.settings(reading);
    popup = await freshSignedInPopup(journey, popup);
  };

  it('Edit starts from the whole goal (30 pages over 10 days), and the update keeps its days', async () => {
    await fresh();
    await pagesOverDays('30', '10');
    await createFromForm();
    await popup.getByRole('button', { name: 'Edit goal' }).click();
    await waitFor(async () => (await textbox('Pages in total').inputValue()) === '30', SLOW);
    expect(await textbox('Days').inputValue()).toBe('10');
    await fillField(popup, 'Pages in total', '40');
    await popup.getByRole('button', { name: 'Save goal' }).click();
    await regionSays(popup, 'status', 'Goal saved.');
    expect(await changesSent()).toEqual([
      `PUT ${JSON.stringify({ type: 'QURAN_PAGES', amount: 40, category: 'QURAN', duration: 10 })}`,
    ]);
    expect(await goalsNow()).toEqual([
      { type: 'QURAN_PAGES', amount: 40, category: 'QURAN', duration: 10, mushafId: 4 },
    ]);
  });

  it('Cancel after Edit gives the reader’s unsaved draft back', async () => {
    await fresh();
    await pagesOverDays('30', '10');
    await createFromForm();
    await choose(popup, 'Goal type', 'Time');
    await fillField(popup, 'Minutes', '17');
    await popup.getByRole('button', { name: 'Edit goal' }).click();
    await waitFor(async () => (await textbox('Pages in total').inputValue()) === '30', SLOW);
    await popup.getByRole('button', { name: 'Cancel' }).click();
    // Today's card comes first again; the draft waits under "New goal".
    await openCustomForm(popup);
    await waitFor(async () => (await textbox('Minutes').inputValue()) === '17', SLOW);
    await popup.reload();
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    await openCustomForm(popup);
    await waitFor(async () => (await textbox('Minutes').inputValue()) === '17', SLOW);
    expect(await changesSent()).toEqual([]);
  });

  it('replacing "15 minutes over 7 days" with "Al-Mulk every day" leaves exactly that goal, told before and after', async () => {
    await fresh();
    await fillField(popup, 'Minutes', '15');
    await choose(popup, 'Schedule', 'Over a number of days');
    await fillField(popup, 'Days', '7');
    await createFromForm();
    await openNewGoal(popup);
    await popup.getByRole('button', { name: 'Surah Al-Mulk every day' }).click();
    await popup.getByRole('button', { name: 'Create goal' }).click();
    await popup
      .getByText(/Quran Goals will delete the current goal and then create this one/)
      .waitFor(SLOW);
    await popup.getByRole('button', { name: 'Replace goal' }).click();
    const said = await regionSays(popup, 'status', 'Goal replaced.');
    expect(said).toContain('Your previous goal was deleted and this one was created in its place.');
    const mulk = { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' };
    expect(await changesSent()).toEqual(['DELETE null', `POST ${JSON.stringify(mulk)}`]);
    expect(await goalsNow()).toEqual([{ ...mulk, mushafId: 4 }]);
  });

  it('a goal made elsewhere: Edit shows today’s plan and asks for the whole goal, then it is exactly that', async () => {
    await fresh();
    const { access_token: token } = await journey.sandbox.mintTokens({ sub: currentReader() });
    const made = await fetch(`${journey.sandbox.url}/auth/v1/goals?mushafId=4`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-auth-token': token,
        'x-client-id': 'quran-goals-sandbox',
      },
      body: JSON.stringify({ type: 'QURAN_TIME', amount: 6300, category: 'QURAN', duration: 7 }),
    });
    expect(made.status).toBe(200);
    await popup.reload();
    await popup.getByRole('button', { name: 'Edit goal' }).click(SLOW);
    await popup
      .getByText(/does not know all of it\. Today's plan says: Read 15 minutes\./)
      .waitFor(SLOW);
    expect(await textbox('Minutes').inputValue()).toBe('');
    for (const option of ['Every day', 'Over a number of days', 'By a date']) {
      expect(await popup.getByRole('radio', { name: option, exact: true }).isChecked()).toBe(false);
    }
    await fillField(popup, 'Minutes', '20');
    await choose(popup, 'Schedule', 'Every day');
    await popup.getByRole('button', { name: 'Save goal' }).click();
    await popup
      .getByText(/Quran Goals will delete the current goal and then create this one/)
      .waitFor(SLOW);
    await popup.getByRole('button', { name: 'Replace goal' }).click();
    await regionSays(popup, 'status', 'Goal replaced.');
    expect(await goalsNow()).toEqual([
      { type: 'QURAN_TIME', amount: 1200, category: 'QURAN', mushafId: 4 },
    ]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
