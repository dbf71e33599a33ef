import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney } from './harness';
import type { SandboxFault } from './harness/sandbox';
import {
  createAndCapture,
  fillField,
  formValues,
  freshSignedInPopup,
  isUpdate,
  readerGoals,
  regionSays,
  SLOW,
} from './popup-page';

const journey = setupJourney();
let popup: Page;

type Failure = Omit<SandboxFault, 'route'>;

/** Failures after which the popup offers Retry, with the words it shows for each. */
const FAILURES: [string, Failure, string][] = [
  ['500', { status: 500 }, 'Quran.com had an internal error.'],
  ['502', { status: 502 }, "Quran.com's gateway failed."],
  ['503', { status: 503 }, 'Quran.com is unavailable for the moment.'],
  ['504', { status: 504 }, 'Quran.com took too long to answer.'],
  ['a body that is not JSON', { malformed: true }, 'Quran.com answered in an unexpected way.'],
];

/** A goal of 5 minutes a day, created, then opened for editing and changed to 40 minutes. */
async function editedGoal(): Promise<{ id: string; edited: string[] }> {
  popup = await freshSignedInPopup(journey, popup);
  await fillField(popup, 'Minutes', '5');
  await createAndCapture(journey, popup);
  await regionSays(popup, 'status', 'Goal created.');
  const [goal] = (await readerGoals(journey)) as { id: string }[];
  await popup.getByRole('button', { name: 'Edit goal' }).click(SLOW);
  // Edit opens the goal in the custom form (once its definition is there).
  await popup.getByRole('button', { name: 'Save goal' }).waitFor(SLOW);
  await fillField(popup, 'Minutes', '40');
  return { id: goal?.id ?? '', edited: await formValues(popup) };
}

/** The sandbox holds the one goal, changed to 40 minutes. */
async function savedOnce(id: string) {
  const goals = (await readerGoals(journey)) as { id: string; amount: unknown }[];
  expect(goals).toEqual([expect.objectContaining({ id, amount: 2400 })]);
  expect(journey.workerErrors.errors).toEqual([]);
}

describe('saving an edited goal fails, then Retry saves it once', () => {
  it.each(FAILURES)('%s: its message in an alert, the edit kept', async (_, failure, text) => {
    const { id, edited } = await editedGoal();
    await journey.sandbox.fault({ route: 'updateGoal', ...failure });
    await popup.getByRole('button', { name: 'Save goal' }).click();

    await regionSays(popup, 'alert', text);
    expect(await formValues(popup)).toEqual(edited);
    await popup.getByRole('button', { name: 'Retry' }).click(SLOW);
    await regionSays(popup, 'status', 'Goal saved.');

    const updates = (await journey.sandbox.requests()).filter(isUpdate);
    expect(updates.map((r) => r.path)).toEqual([`/auth/v1/goals/${id}`, `/auth/v1/goals/${id}`]);
    expect(updates.map((r) => r.body)).toEqual([
      { type: 'QURAN_TIME', amount: 2400, category: 'QURAN' },
      { type: 'QURAN_TIME', amount: 2400, category: 'QURAN' },
    ]);
    await savedOnce(id);
  });

  it('a dropped connection: its message in an alert, the edit kept', async () => {
    const { id, edited } = await editedGoal();
    // Chromium may send a request again, unseen, when a reused connection closes without an
    // answer: every try is dropped until the reader has seen the failure, then none is.
    await journey.sandbox.fault({ route: 'updateGoal', drop: true, count: 20 });
    await popup.getByRole('button', { name: 'Save goal' }).click();

    await regionSays(popup, 'alert', 'No connection to Quran.com.');
    expect(await formValues(popup)).toEqual(edited);
    await journey.sandbox.clearFaults();
    await popup.getByRole('button', { name: 'Retry' }).click(SLOW);
    await regionSays(popup, 'status', 'Goal saved.');

    const updates = (await journey.sandbox.requests()).filter(isUpdate);
    const answered = updates.filter((r) => r.status !== null);
    expect(answered.map((r) => r.status)).toEqual([200]);
    expect(updates.at(-1)?.status).toBe(200);
    expect(updates.length).toBeGreaterThan(1);
    await savedOnce(id);
  });

  it('no answer within the background’s 15 s: the timeout message, then Retry saves', async () => {
    const { id, edited } = await editedGoal();
    // Held past the timeout; the late answer is a refusal, so only the retry can save.
    await journey.sandbox.fault({ route: 'updateGoal', delayMs: 17_000, status: 503 });
    await popup.getByRole('button', { name: 'Save goal' }).click();

    await regionSays(popup, 'alert', 'No answer in time.');
    expect(await formValues(popup)).toEqual(edited);
    await popup.getByRole('button', { name: 'Retry' }).click(SLOW);
    await regionSays(popup, 'status', 'Goal saved.');
    await savedOnce(id);
  });
});
