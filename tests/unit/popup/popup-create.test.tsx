// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageResponse, Result } from '@/utils/messages';
import { english, fakeClient, renderPopup, SIGNED_IN } from './fake-client';

afterEach(cleanup);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const choose = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const ready = () => waitFor(() => expect(button('Create goal')).toHaveProperty('disabled', false));
const withGoal = (plan: object = {}) =>
  fakeClient({
    getTodaysPlan: () => ({
      ok: true,
      value: {
        hasGoal: true,
        goalId: 'goal-9',
        progress: 0.4,
        type: 'QURAN',
        dailyTargetSeconds: 600,
        ...plan,
      },
    }),
  });

describe('Create goal', () => {
  it('confirms what was made, from when until when, and forgets the draft', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    fireEvent.click(button(/Whole Quran in 30 days/));
    await ready();
    fireEvent.click(button('Create goal'));
    const status = await screen.findByText('Goal created.');
    expect(screen.getByRole('status').textContent).toContain(
      'Read Al-Fatihah 1 – An-Nas 6 over 30 days, from March 1, 2026 until March 30, 2026.',
    );
    expect(status).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(english('progressSandbox'));
    expect(fake.cleared()).toBe(1);
    expect(button(/10 minutes a day/).getAttribute('aria-pressed')).toBe('true');
  });

  it('links to the progress page on Quran.com for a production goal', async () => {
    const production = {
      ...SIGNED_IN,
      environment: { ...SIGNED_IN.environment, name: 'production' as const },
    };
    renderPopup(fakeClient({ getAccountState: () => ({ ok: true, value: production }) }));
    await ready();
    fireEvent.click(button('Create goal'));
    const link = await screen.findByRole('link', { name: english('seeProgress') });
    expect(link.getAttribute('href')).toBe('https://quran.com/reading-goal/progress');
  });

  it('creates one goal however often it is clicked or submitted while busy', async () => {
    let answer: (result: Result<MessageResponse<'createGoal'>>) => void = () => {};
    const fake = fakeClient({ createGoal: () => new Promise((resolve) => (answer = resolve)) });
    renderPopup(fake);
    await ready();
    const create = button('Create goal');
    fireEvent.click(create);
    fireEvent.click(create);
    fireEvent.submit(create.closest('form') as HTMLFormElement);
    fireEvent.submit(create.closest('form') as HTMLFormElement);
    expect(create).toHaveProperty('disabled', true);
    expect(create.getAttribute('aria-busy')).toBe('true');
    answer({ ok: true, value: { status: 'created', goalId: 'goal-1' } });
    await screen.findByText('Goal created.');
    expect(fake.sent('createGoal')).toHaveLength(1);
  });

  it('asks before replacing a goal the plan says exists, then replaces it', async () => {
    const fake = withGoal();
    renderPopup(fake);
    await screen.findByText('Your current goal');
    fireEvent.click(button('New goal'));
    fireEvent.click(button('Create goal'));
    expect(screen.getByRole('group', { name: english('replaceQuestion') })).toBeTruthy();
    expect(fake.sent('createGoal')).toHaveLength(0);
    fireEvent.click(button('Replace goal'));
    await screen.findByText('Goal replaced.');
    // Sent with what the reader saw: today's plan naming goal-9, asked at the popup's clock.
    expect(fake.sent('createGoal')).toEqual([
      {
        goal: expect.any(Object),
        replace: true,
        seen: { goalId: 'goal-9', askedAt: Date.parse('2026-03-01T10:00:00Z') },
      },
    ]);
  });

  it('keeps the current goal when the reader says so', async () => {
    const fake = withGoal();
    renderPopup(fake);
    await screen.findByText('Your current goal');
    fireEvent.click(button('New goal'));
    fireEvent.click(button('Create goal'));
    fireEvent.click(button('Keep current goal'));
    expect(screen.queryByRole('button', { name: 'Replace goal' })).toBeNull();
    expect(fake.sent('createGoal')).toHaveLength(0);
  });

  it('asks when the background finds a goal the popup did not know of', async () => {
    const fake = fakeClient({
      createGoal: ({ replace }) => ({
        ok: true,
        value: replace
          ? { status: 'replaced', goalId: 'goal-9', remade: false }
          : { status: 'exists', goalId: 'goal-9' },
      }),
    });
    renderPopup(fake);
    await ready();
    fireEvent.click(button('Create goal'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace goal' }));
    await screen.findByText('Goal replaced.');
    expect(fake.sent('createGoal').map((p) => (p as { replace: boolean }).replace)).toEqual([
      false,
      true,
    ]);
  });

  it('says a goal found after an uncertain failure is probably the reader’s own', async () => {
    let tries = 0;
    const fake = fakeClient({
      createGoal: () =>
        ++tries === 1
          ? { ok: false, error: { kind: 'gateway_timeout', message: 'timeout', status: 504 } }
          : { ok: true, value: { status: 'exists', goalId: 'goal-1' } },
    });
    renderPopup(fake);
    await ready();
    fireEvent.click(button('Create goal'));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: english('replaceAfterRetry') })).toBeTruthy();
  });
});

describe('the current goal', () => {
  it('comes from the plan asked last: a late answer for the type left behind is dropped', async () => {
    let answerFirst: (value: Result<MessageResponse<'getTodaysPlan'>>) => void = () => {};
    const fake = fakeClient({
      getTodaysPlan: ({ type }: { type: string }) =>
        type === 'QURAN_TIME'
          ? new Promise((resolve) => {
              answerFirst = resolve;
            })
          : { ok: true, value: { hasGoal: false } },
    });
    const { store } = renderPopup(fake);
    await ready();
    choose('Pages');
    await waitFor(() => expect(store.get().plan).toEqual({ hasGoal: false }));
    answerFirst({ ok: true, value: { hasGoal: true, goalId: 'goal-9', progress: 0.4 } });
    // The late answer's continuation runs in the microtasks before this macrotask.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get().plan).toEqual({ hasGoal: false });
    expect(screen.queryByRole('button', { name: 'Edit goal' })).toBeNull();
    expect(screen.queryByText('Done today: 40%')).toBeNull();
  });

  it('shows today’s target and progress', async () => {
    renderPopup(withGoal());
    expect(await screen.findByText('Today: Read 10 minutes')).toBeTruthy();
    expect(screen.getByText('Done today: 40%')).toBeTruthy();
  });

  it('cannot be changed here when today’s plan does not name it (its id is the day’s)', async () => {
    const fake = withGoal({ goalId: undefined, id: 'day-3' });
    renderPopup(fake);
    expect(await screen.findByText(english('goalNotKnown'))).toBeTruthy();
    expect(button('Edit goal')).toHaveProperty('disabled', true);
    expect(button('Delete goal')).toHaveProperty('disabled', true);
    fireEvent.click(button('Delete goal'));
    expect(fake.sent('deleteGoal')).toHaveLength(0);
    expect(fake.sent('updateGoal')).toHaveLength(0);
  });

  it('is deleted only after a confirmation', async () => {
    const fake = withGoal();
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete goal' }));
    expect(fake.sent('deleteGoal')).toHaveLength(0);
    fireEvent.click(button(english('confirmDelete')));
    await screen.findByText('Goal deleted.');
    expect(fake.sent('deleteGoal')).toEqual([{ goalId: 'goal-9', category: 'QURAN' }]);
  });

  /**
   * The goal the background keeps a definition of: 30 pages over 10 days, 3 a day today. The
   * definition answers once `held` settles (at once by default).
   */
  const thirtyPagesOverTen = (held: Promise<void> = Promise.resolve()) =>
    fakeClient({
      getTodaysPlan: () => ({
        ok: true,
        value: { hasGoal: true, goalId: 'goal-9', type: 'QURAN', dailyTargetPages: 3, mushafId: 4 },
      }),
      getGoalDefinition: async ({ goalId }) => {
        await held;
        return {
          ok: true,
          value: {
            goal:
              goalId === 'goal-9'
                ? {
                    mushafId: 4,
                    body: { type: 'QURAN_PAGES', amount: 30, category: 'QURAN', duration: 10 },
                  }
                : null,
          },
        };
      },
    });
  it('is edited from its whole definition even when Edit is pressed before the definition came', async () => {
    // Today's plan answers at once; the goal's definition only when the test lets it.
    let release = () => {};
    const fake = thirtyPagesOverTen(
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit goal' }));
    // The press is taken (the form edits, or the definition is asked again), then it comes.
    await waitFor(() =>
      expect(
        !!screen.queryByRole('button', { name: 'Save goal' }) ||
          fake.sent('getGoalDefinition').length > 1,
      ).toBe(true),
    );
    release();
    await waitFor(() => expect(field('Pages in total').value).toBe('30'));
    expect(field('Days').value).toBe('10');
    expect(screen.getByRole('radio', { name: 'Over a number of days' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('is edited from its whole definition (30 pages over 10 days), not from today’s target', async () => {
    const fake = thirtyPagesOverTen();
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit goal' }));
    await waitFor(() => expect(field('Pages in total').value).toBe('30'));
    expect(screen.getByRole('radio', { name: 'Over a number of days' })).toHaveProperty(
      'checked',
      true,
    );
    expect(field('Days').value).toBe('10');
    fireEvent.input(field('Pages in total'), { target: { value: '40' } });
    fireEvent.click(button('Save goal'));
    await screen.findByText('Goal saved.');
    expect(fake.sent('updateGoal')).toEqual([
      {
        goalId: 'goal-9',
        goal: {
          mushafId: 4,
          body: { type: 'QURAN_PAGES', amount: 40, category: 'QURAN', duration: 10 },
        },
      },
    ]);
    expect(fake.sent('createGoal')).toHaveLength(0);
  });

  it('gives back the reader’s unsaved draft on Cancel, and after saving', async () => {
    for (const leave of ['Cancel', 'Save goal']) {
      const fake = thirtyPagesOverTen();
      renderPopup(fake);
      await screen.findByRole('button', { name: 'Edit goal' });
      fireEvent.click(button('New goal'));
      fireEvent.input(field('Minutes'), { target: { value: '17' } });
      fireEvent.click(button('Edit goal'));
      await waitFor(() => expect(field('Pages in total').value).toBe('30'));
      fireEvent.click(button(leave));
      // Saved, today's card comes first again: the draft waits under "New goal".
      if (leave === 'Save goal') {
        await screen.findByText(/^Goal saved/);
        fireEvent.click(button('New goal'));
      }
      await waitFor(() => expect(field('Minutes').value).toBe('17'));
      // The goal being edited never took the place of the reader's draft in storage.
      expect(fake.saved.at(-1)?.minutes).toBe('17');
      expect(fake.saved.some((draft) => draft.pages === '30' || draft.pages === '40')).toBe(false);
      cleanup();
    }
  });

  it('asks for the whole definition of a goal made elsewhere: nothing filled in for the reader', async () => {
    const fake = withGoal({ dailyTargetSeconds: 900 });
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit goal' }));
    await screen.findByText(
      /does not know all of it\. Today's plan says: Read 15 minutes\. Enter the whole goal/,
    );
    await waitFor(() => expect(field('Minutes').value).toBe(''));
    for (const name of ['Every day', 'Over a number of days', 'By a date']) {
      expect(screen.getByRole('radio', { name })).toHaveProperty('checked', false);
    }
    fireEvent.input(field('Minutes'), { target: { value: '20' } });
    expect(screen.getByText(english('errSchedule'))).toBeTruthy();
    fireEvent.click(button('Save goal'));
    expect(fake.sent('updateGoal')).toHaveLength(0);
    choose('Over a number of days');
    fireEvent.input(field('Days'), { target: { value: '7' } });
    fireEvent.click(button('Save goal'));
    await screen.findByText('Goal saved.');
    expect(fake.sent('updateGoal')).toEqual([
      {
        goalId: 'goal-9',
        goal: {
          mushafId: 4,
          body: { type: 'QURAN_TIME', amount: 1200, category: 'QURAN', duration: 7 },
        },
      },
    ]);
  });

  it('tells the reader before an edit to "every day" deletes the goal and makes it again', async () => {
    const fake = thirtyPagesOverTen();
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit goal' }));
    await waitFor(() => expect(field('Pages in total').value).toBe('30'));
    choose('Every day');
    fireEvent.input(field('Pages per day'), { target: { value: '2' } });
    fireEvent.click(button('Save goal'));
    expect(await screen.findByText(english('replaceDeletesFirst'))).toBeTruthy();
    expect(fake.sent('updateGoal')).toHaveLength(0);
    fireEvent.click(button('Replace goal'));
    await waitFor(() => expect(fake.sent('updateGoal')).toHaveLength(1));
  });
});

describe('replacing a goal that runs over days with an every-day goal', () => {
  it('says before that the goal is deleted and made again, and after that it was', async () => {
    const fake = fakeClient({
      getTodaysPlan: () => ({
        ok: true,
        value: { hasGoal: true, goalId: 'goal-9', type: 'QURAN', dailyTargetSeconds: 129 },
      }),
      getGoalDefinition: () => ({
        ok: true,
        value: {
          goal: {
            mushafId: 4,
            body: { type: 'QURAN_TIME', amount: 900, category: 'QURAN', duration: 7 },
          },
        },
      }),
      createGoal: () => ({
        ok: true,
        value: { status: 'replaced', goalId: 'goal-10', remade: true },
      }),
    });
    renderPopup(fake);
    await screen.findByText('Your current goal');
    fireEvent.click(button('New goal'));
    await ready();
    fireEvent.click(button('Create goal'));
    expect(await screen.findByText(english('replaceDeletesFirst'))).toBeTruthy();
    fireEvent.click(button('Replace goal'));
    await screen.findByText(english('remadeNote'));
    expect(screen.getByRole('status').textContent).toContain('Goal replaced.');
  });

  it('a failure after the delete says the old goal is gone, keeps the goal, and Retry creates it', async () => {
    let calls = 0;
    let hasGoal = true;
    const fake = fakeClient({
      getTodaysPlan: () => ({
        ok: true,
        value: hasGoal
          ? { hasGoal: true, goalId: 'goal-9', type: 'QURAN', dailyTargetSeconds: 129 }
          : { hasGoal: false },
      }),
      createGoal: () => {
        hasGoal = false;
        return calls++ === 0
          ? {
              ok: false,
              error: { kind: 'service_unavailable', message: 'down', oldGoalDeleted: true },
            }
          : { ok: true, value: { status: 'created', goalId: 'goal-10' } };
      },
    });
    renderPopup(fake);
    await screen.findByText('Your current goal');
    fireEvent.click(button('New goal'));
    await ready();
    fireEvent.input(field('Minutes'), { target: { value: '12' } });
    fireEvent.click(button('Create goal'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace goal' }));
    await screen.findByText(english('oldGoalDeleted'));
    expect(field('Minutes').value).toBe('12');
    await waitFor(() => expect(screen.queryByText('Your current goal')).toBeNull());
    fireEvent.click(button('Retry'));
    await screen.findByText('Goal created.');
    const goal = { mushafId: 4, body: { type: 'QURAN_TIME', amount: 720, category: 'QURAN' } };
    // The first with what the reader saw (goal-9); the Retry after the delete with no plan.
    expect(fake.sent('createGoal')).toEqual([
      {
        goal,
        replace: true,
        seen: { goalId: 'goal-9', askedAt: Date.parse('2026-03-01T10:00:00Z') },
      },
      { goal, replace: false, seen: { goalId: null, askedAt: Date.parse('2026-03-01T10:00:00Z') } },
    ]);
  });
});

describe('the account', () => {
  it('offers Sign in when signed out, and follows the broadcast state', async () => {
    const fake = fakeClient({
      getAccountState: () => ({ ok: true, value: { ...SIGNED_IN, signedIn: false } }),
    });
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await screen.findByText('Signed in to the local sandbox');
    fake.hint({ ...SIGNED_IN, signedIn: false });
    await screen.findByText('Not signed in to the local sandbox.');
    expect(button('Create goal')).toHaveProperty('disabled', true);
  });

  it('asks again when the popup regains focus', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    await ready();
    fake.hint();
    await waitFor(() => expect(fake.sent('getAccountState')).toHaveLength(2));
  });

  it('shows what setup is missing and the redirect URL to register', async () => {
    const redirectUrl = 'https://abc.chromiumapp.org/';
    const account = { ...SIGNED_IN, signedIn: false, missing: ['clientId'], redirectUrl };
    renderPopup(fakeClient({ getAccountState: () => ({ ok: true, value: account }) }));
    const url = (await screen.findByRole('textbox', {
      name: english('redirectUrl'),
    })) as HTMLInputElement;
    expect(url.value).toBe(redirectUrl);
    expect(screen.getByText(/missing: clientId/)).toBeTruthy();
  });
});

describe('a range goal in progress', () => {
  it('shows today’s verses in words', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () => ({
          ok: true,
          value: {
            hasGoal: true,
            goalId: 'g',
            type: 'QURAN',
            progress: 0,
            dailyTargetRanges: ['1:1-2:201'],
          },
        }),
      }),
    );
    expect(await screen.findByText('Today: Read Al-Fatihah 1 – Al-Baqarah 201')).toBeTruthy();
  });
});
