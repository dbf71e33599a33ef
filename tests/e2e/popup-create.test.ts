import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupJourney, waitFor } from './harness';
import {
  choose,
  createAndCapture,
  dayIn,
  fillField,
  freshSignedInPopup,
  isCreate,
  isUpdate,
  readerGoals,
  regionSays,
  SLOW,
} from './popup-page';

/** A zone unlike the machine's, so "by a date" can only count days in the reader's zone. */
const TIMEZONE = 'Asia/Karachi';
const journey = setupJourney({ launch: { timezone: TIMEZONE } });

let popup: Page;
const fresh = async () => {
  popup = await freshSignedInPopup(journey, popup);
  return popup;
};

/** Creates with the form as it is; answers what the sandbox received, once it succeeded. */
async function created() {
  const request = await createAndCapture(journey, popup);
  await regionSays(popup, 'status', 'Goal created.');
  return { method: request.method, query: request.query, body: request.body };
}

describe('the popup sends the goal the form describes', () => {
  it('time, every day: minutes sent as seconds, no duration; a double click sends it once', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Time');
    await fillField(popup, 'Minutes', '15');
    await popup.getByRole('button', { name: 'Create goal' }).dblclick(SLOW);
    await regionSays(popup, 'status', 'Goal created.');
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);
    const creates = (await journey.sandbox.requests()).filter(isCreate);
    expect(creates.map(({ method, query, body }) => ({ method, query, body }))).toEqual([
      {
        method: 'POST',
        query: { mushafId: '4' },
        body: { type: 'QURAN_TIME', amount: 900, category: 'QURAN' },
      },
    ]);
    expect(await readerGoals(journey)).toHaveLength(1);
  });

  it('time over a number of days: the total in seconds and the duration', async () => {
    await fresh();
    await fillField(popup, 'Minutes', '90');
    await choose(popup, 'Schedule', 'Over a number of days');
    await fillField(popup, 'Days', '7');
    expect((await created()).body).toEqual({
      type: 'QURAN_TIME',
      amount: 5400,
      category: 'QURAN',
      duration: 7,
    });
  });

  it('pages, every day, in another mushaf', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Pages');
    await fillField(popup, 'Pages per day', '3');
    await popup.getByLabel('Mushaf').selectOption('6');
    expect(await created()).toEqual({
      method: 'POST',
      query: { mushafId: '6' },
      body: { type: 'QURAN_PAGES', amount: 3, category: 'QURAN' },
    });
  });

  it('pages by a date: the days through that date in the reader’s zone', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Pages');
    await fillField(popup, 'Pages per day', '20');
    await choose(popup, 'Schedule', 'By a date');
    await popup.getByLabel('Finish by').fill(dayIn(TIMEZONE, 9));
    expect((await created()).body).toEqual({
      type: 'QURAN_PAGES',
      amount: 20,
      category: 'QURAN',
      duration: 10,
    });
  });

  it('verse range every day, picked as a whole surah', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Verse range');
    await popup.getByLabel('Surah', { exact: true }).selectOption('36');
    expect(await popup.getByLabel('From verse').inputValue()).toBe('36:1');
    expect((await created()).body).toEqual({
      type: 'QURAN_RANGE',
      amount: '36:1-36:83',
      category: 'QURAN',
    });
  });

  it('verse range over a number of days, pasted as one range', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Verse range');
    await fillField(popup, 'From verse', '2:255-2:286');
    expect(await popup.getByLabel('To verse').inputValue()).toBe('2:286');
    await choose(popup, 'Schedule', 'Over a number of days');
    await fillField(popup, 'Days', '4');
    expect((await created()).body).toEqual({
      type: 'QURAN_RANGE',
      amount: '2:255-2:286',
      category: 'QURAN',
      duration: 4,
    });
  });

  it('verse range chosen as a juz', async () => {
    await fresh();
    await choose(popup, 'Goal type', 'Verse range');
    await popup.getByLabel('Or a part').selectOption('juz');
    await fillField(popup, 'Number', '30');
    await popup.getByRole('button', { name: 'Use', exact: true }).click();
    await waitFor(async () => (await popup.getByLabel('From verse').inputValue()) === '78:1', SLOW);
    expect((await created()).body).toEqual({
      type: 'QURAN_RANGE',
      amount: '78:1-114:6',
      category: 'QURAN',
    });
  });

  it('presets: Surah Al-Mulk every day, and the Ramadan khatm over 29 days', async () => {
    await fresh();
    await popup.getByRole('button', { name: 'Surah Al-Mulk every day' }).click();
    expect((await created()).body).toEqual({
      type: 'QURAN_RANGE',
      amount: '67:1-67:30',
      category: 'QURAN',
    });
    await fresh();
    await popup.getByRole('button', { name: 'Ramadan khatm' }).click();
    await choose(popup, 'Days of Ramadan', '29 days');
    expect((await created()).body).toEqual({
      type: 'QURAN_RANGE',
      amount: '1:1-114:6',
      category: 'QURAN',
      duration: 29,
    });
  });

  it('an advanced COURSE goal is sent as typed, and made (the documents accept it)', async () => {
    await fresh();
    await popup.locator('summary', { hasText: 'Advanced' }).click();
    await popup.getByLabel('Send this goal instead of the one above').check();
    await popup.getByLabel('Type', { exact: true }).selectOption('COURSE');
    await popup.getByLabel('Category').selectOption('COURSE');
    await fillField(popup, 'Amount', '12');
    const request = await createAndCapture(journey, popup);
    expect({ query: request.query, body: request.body }).toEqual({
      query: { mushafId: '4' },
      body: { type: 'COURSE', amount: 12, category: 'COURSE' },
    });
    await regionSays(popup, 'status', 'Goal created.');
    expect(await readerGoals(journey)).toEqual([
      expect.objectContaining({ type: 'COURSE', amount: 12, category: 'COURSE' }),
    ]);
  });
});

describe('a goal exists already', () => {
  it('Replace goal updates that goal with PUT; the sandbox still holds one goal', async () => {
    await fresh();
    await fillField(popup, 'Minutes', '5');
    await created();
    const [first] = (await readerGoals(journey)) as { id: string }[];
    await popup.getByRole('button', { name: 'Edit goal' }).waitFor(SLOW);

    await fillField(popup, 'Minutes', '25');
    await popup.getByRole('button', { name: 'Create goal' }).click();
    await popup.getByRole('button', { name: 'Keep current goal' }).click();
    await popup.getByRole('button', { name: 'Create goal' }).click();
    await popup.getByRole('button', { name: 'Replace goal' }).click();
    await regionSays(popup, 'status', 'Goal replaced.');

    const update = await journey.sandbox.waitForRequest(isUpdate, SLOW);
    expect(update.path).toBe(`/auth/v1/goals/${first?.id}`);
    expect(update.query).toEqual({ mushafId: '4' });
    expect(update.body).toEqual({ type: 'QURAN_TIME', amount: 1500, category: 'QURAN' });
    const requests = await journey.sandbox.requests();
    expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/goals'))).toHaveLength(
      1,
    );
    const goals = (await readerGoals(journey)) as { id: string; amount: unknown }[];
    expect(goals).toEqual([expect.objectContaining({ id: first?.id, amount: 1500 })]);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
