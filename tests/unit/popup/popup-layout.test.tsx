// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import type { TodaysPlan } from '@/utils/goals';
import type { Result } from '@/utils/messages';
import { fakeClient, renderPopup, SIGNED_IN } from './fake-client';

// The popup's two layouts: presets, plan and Create when there is no goal (the custom form
// one click away); today's card first when there is one (the presets one click away).

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });
const pressed = () =>
  screen
    .getAllByRole('button', { pressed: true })
    .map((b) => b.textContent)
    .join();

/** A week of seven days, each a juz-sized range: the estimate of a goal over 30 days. */
const sevenDays = Array.from({ length: 7 }, (_, i) => ({
  date: `2026-03-0${i + 1}`,
  amount: '1:1-2:141',
}));

describe('without a goal', () => {
  it('opens on the presets, a short plan and Create, the custom form folded', async () => {
    renderPopup(
      fakeClient({ estimateGoal: () => ({ ok: true, value: { week: sevenDays } }) }),
      {},
      'en',
      'presets',
    );
    const customize = button('Customize');
    expect(customize.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: 'Minutes' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Goal type' })).toBeNull();
    fireEvent.click(button('Whole Quran in 30 days'));
    // Three days of the plan, then how many more and the last: 30 days from Sunday 1 March
    // 2026 end on Monday 30 March.
    const plan = screen.getByRole('region', { name: 'Your plan' });
    await waitFor(() => expect(within(plan).getAllByRole('listitem')).toHaveLength(3));
    expect(plan.textContent).toContain('+27 more days');
    expect(plan.textContent).toMatch(/Last day: Mon,? (30 Mar|Mar 30)/);
    expect(button('Create goal')).toBeTruthy();
  });

  it('opens the custom form in place at once, with the whole week', async () => {
    renderPopup(
      fakeClient({ estimateGoal: () => ({ ok: true, value: { week: sevenDays } }) }),
      {},
      'en',
      'presets',
    );
    fireEvent.click(button('Whole Quran in 30 days'));
    fireEvent.click(button('Customize'));
    expect(button('Customize').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Goal type' })).toBeTruthy();
    const plan = screen.getByRole('region', { name: 'Your plan' });
    await waitFor(() => expect(within(plan).getAllByRole('listitem')).toHaveLength(7));
  });

  it('opens on the custom form when the reader left a customized draft', () => {
    renderPopup(
      fakeClient(),
      {
        draft: {
          type: 'QURAN_TIME',
          schedule: 'daily',
          minutes: '25',
          pages: '1',
          from: '1:1',
          to: '1:7',
          days: '30',
          finishBy: '',
          mushafId: 4,
          raw: { on: false, type: 'COURSE', category: 'COURSE', amount: '' },
          preset: null,
        },
      },
      'en',
      'presets',
    );
    expect((screen.getByRole('textbox', { name: 'Minutes' }) as HTMLInputElement).value).toBe('25');
  });
});

describe('Make goal from selection', () => {
  /** The background's answer after "Make goal from selection" on 2:255–2:257. */
  const selectedVerses = () => ({
    ok: true as const,
    value: {
      pageContext: null,
      prefill: { from: { surah: 2, ayah: 255 }, to: { surah: 2, ayah: 257 } },
    },
  });

  it('opens the popup on the custom form, its range the selected verses', async () => {
    const fake = fakeClient({
      getPopupContext: selectedVerses,
    });
    renderPopup(fake, {}, 'en', 'presets');
    const from = (await screen.findByRole('textbox', { name: 'From verse' })) as HTMLInputElement;
    expect(from.value).toBe('2:255');
    expect(button('Customize').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens the form beside an existing goal too: the selection is a new goal', async () => {
    const fake = fakeClient({
      getTodaysPlan: () => ({
        ok: true,
        value: { hasGoal: true, goalId: 'goal-9', dailyTargetPages: 2 },
      }),
      getPopupContext: selectedVerses,
    });
    renderPopup(fake, {}, 'en', 'presets');
    await screen.findByText('Your current goal');
    expect(button('New goal').getAttribute('aria-expanded')).toBe('true');
    const from = screen.getByRole('textbox', { name: 'From verse' }) as HTMLInputElement;
    expect(from.value).toBe('2:255');
  });
});

describe('the keyboard over the presets', () => {
  it('moves and chooses with the arrow keys, and Enter on the chosen one creates', async () => {
    const fake = fakeClient();
    renderPopup(fake, {}, 'en', 'presets');
    const first = button('10 minutes a day');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('1 page a day');
    expect(pressed()).toBe('1 page a day');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    // Past the first, round to the last.
    expect(pressed()).toBe('Ramadan khatm');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(pressed()).toBe('10 minutes a day');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await waitFor(() => expect(button('Create goal')).toHaveProperty('disabled', false));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    await screen.findByText('Goal created.');
    // One page a day, as the preset says.
    expect(fake.sent('createGoal')).toEqual([
      expect.objectContaining({
        goal: expect.objectContaining({
          body: { type: 'QURAN_PAGES', amount: 1, category: 'QURAN' },
        }),
      }),
    ]);
  });

  it('follows the reading direction in Arabic: the left arrow goes on', () => {
    renderPopup(fakeClient(), {}, 'ar', 'presets');
    const [first] = screen.getAllByRole('button', { pressed: true });
    (first as HTMLElement).focus();
    fireEvent.keyDown(first as Element, { key: 'ArrowLeft' });
    expect(pressed()).toBe('صفحة واحدة يوميًا');
  });
});

describe('with a goal', () => {
  const withGoal = (plan: object) =>
    fakeClient({
      getTodaysPlan: () => ({ ok: true, value: { hasGoal: true, goalId: 'goal-9', ...plan } }),
    });

  it('shows today’s card first, the presets one click away under "New goal"', async () => {
    renderPopup(
      withGoal({ dailyTargetSeconds: 600, secondsRead: 180, progress: 0.3 }),
      {},
      'en',
      'presets',
    );
    await screen.findByText('Your current goal');
    expect(screen.queryByRole('button', { name: 'Create goal' })).toBeNull();
    expect(screen.queryByRole('button', { name: '10 minutes a day' })).toBeNull();
    // Ten minutes, three read: seven left.
    expect(screen.getByText('Still to do today: Read 7 minutes')).toBeTruthy();
    const newGoal = button('New goal');
    expect(newGoal.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(newGoal);
    expect(newGoal.getAttribute('aria-expanded')).toBe('true');
    expect(button('10 minutes a day')).toBeTruthy();
    expect(button('Create goal')).toBeTruthy();
  });

  it('links "Read now" to the next range left today on Quran.com', async () => {
    renderPopup(
      withGoal({
        dailyTargetRanges: ['2:11-2:30'],
        remainingDailyTargetRanges: ['2:21-2:30'],
        progress: 0.5,
      }),
    );
    const link = await screen.findByRole('link', { name: 'Read now' });
    expect(link.getAttribute('href')).toBe('https://quran.com/2:21-2:30');
    expect(screen.getByText('Still to do today: Read Al-Baqarah 21–30')).toBeTruthy();
  });

  it('says when today’s reading is done, and offers no "Read now"', async () => {
    renderPopup(
      withGoal({ dailyTargetRanges: ['2:11-2:30'], remainingDailyTargetRanges: [], progress: 1 }),
    );
    await screen.findByText("Today's reading is done.");
    expect(screen.queryByRole('link', { name: 'Read now' })).toBeNull();
  });

  it('puts today’s card first again once a new goal is made, saying so', async () => {
    let hasGoal = true;
    const fake = fakeClient({
      getTodaysPlan: () => ({
        ok: true,
        value: hasGoal
          ? { hasGoal: true, goalId: 'goal-9', dailyTargetPages: 2 }
          : { hasGoal: false },
      }),
      createGoal: () => {
        hasGoal = true;
        return { ok: true, value: { status: 'replaced', goalId: 'goal-10', remade: false } };
      },
    });
    renderPopup(fake, {}, 'en', 'presets');
    fireEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    await waitFor(() => expect(button('Create goal')).toHaveProperty('disabled', false));
    fireEvent.click(button('Create goal'));
    fireEvent.click(button('Replace goal'));
    await screen.findByText('Goal replaced.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create goal' })).toBeNull());
    expect(button('New goal').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the first paint from the snapshot of the last opening', () => {
  const snapshot = (askedAt: string, hasGoal = true) => ({
    account: SIGNED_IN,
    plan: hasGoal ? { hasGoal, goalId: 'goal-9', dailyTargetSeconds: 600 } : { hasGoal },
    // The default draft's: ten minutes a day in the Uthmani Hafs mushaf.
    asked: { type: 'QURAN_TIME' as const, mushafId: 4 as const },
    askedAt: Date.parse(askedAt),
  });

  it('draws today’s card at once, which acts only once the background has answered', async () => {
    let answer = (_: Result<TodaysPlan>) => {};
    const fake = fakeClient({
      getTodaysPlan: () => new Promise((resolve) => (answer = resolve)),
    });
    renderPopup(fake, { snapshot: snapshot('2026-03-01T06:00:00Z') }, 'en', 'presets');
    // Before today's plan is answered: the account and the card, Edit not yet pressable.
    expect(screen.getByText('Your current goal')).toBeTruthy();
    expect(screen.getByText(/^Signed in to /)).toBeTruthy();
    expect(button('Edit goal')).toHaveProperty('disabled', true);
    await waitFor(() => expect(fake.sent('getTodaysPlan')).toHaveLength(1));
    answer({ ok: true, value: { hasGoal: true, goalId: 'goal-9', dailyTargetSeconds: 600 } });
    await waitFor(() => expect(button('Edit goal')).toHaveProperty('disabled', false));
  });

  it('gives way to the background’s answer: no goal any more, the presets', async () => {
    renderPopup(fakeClient(), { snapshot: snapshot('2026-03-01T06:00:00Z') }, 'en', 'presets');
    expect(screen.getByText('Your current goal')).toBeTruthy();
    await screen.findByRole('button', { name: '10 minutes a day' });
    expect(screen.queryByText('Your current goal')).toBeNull();
  });

  it('is not used on another day', () => {
    renderPopup(fakeClient(), { snapshot: snapshot('2026-02-28T06:00:00Z') }, 'en', 'presets');
    expect(screen.queryByText('Your current goal')).toBeNull();
  });
});

describe('the first paint from the copy, then storage’s own answer (`restart`)', () => {
  const card = (hasGoal: boolean) => ({
    account: SIGNED_IN,
    plan: hasGoal ? { hasGoal, goalId: 'goal-9', dailyTargetSeconds: 600 } : { hasGoal },
    asked: { type: 'QURAN_TIME' as const, mushafId: 4 as const },
    askedAt: Date.parse('2026-03-01T06:00:00Z'),
  });
  const base = { draft: null, mushafId: null, timeZone: 'UTC' };
  const surahMulk = () => screen.getByRole('button', { name: 'Surah Al-Mulk every day' });
  /** A background that does not answer (yet): only the copy and storage speak. */
  const silent = () =>
    fakeClient({
      getAccountState: () => new Promise(() => {}),
      getTodaysPlan: () => new Promise(() => {}),
    });

  it('changes nothing when storage holds what the copy held', () => {
    const { store } = renderPopup(silent(), { snapshot: card(true) }, 'en', 'presets');
    const before = store.get();
    store.restart({ ...base, snapshot: card(true) });
    expect(store.get()).toBe(before);
  });

  it('takes the draft and settings storage holds when the reader has not touched the form', () => {
    const saved = { ...DEFAULT_DRAFT, type: 'QURAN_RANGE' as const, from: '67:1', to: '67:30' };
    const { store } = renderPopup(silent(), {}, 'en', 'presets');
    store.restart({ ...base, draft: { ...saved, preset: 'mulk' }, mushafId: 6 });
    expect(store.get().draft).toMatchObject({ type: 'QURAN_RANGE', from: '67:1', preset: 'mulk' });
    expect(store.get().defaults.mushafId).toBe(6);
  });

  it('keeps a choice the reader made before storage answered', () => {
    const { store } = renderPopup(silent(), {}, 'en', 'presets');
    fireEvent.click(surahMulk());
    store.restart({ ...base, draft: { ...DEFAULT_DRAFT, pages: '3', preset: null }, mushafId: 6 });
    expect(store.get().draft).toMatchObject({ from: '67:1', to: '67:30', preset: 'mulk' });
    expect(surahMulk().getAttribute('aria-pressed')).toBe('true');
    expect(store.get().defaults.mushafId).toBe(6);
  });

  it('drops the copy’s card when storage no longer holds it (signed out since)', async () => {
    const { store } = renderPopup(silent(), { snapshot: card(true) }, 'en', 'presets');
    expect(screen.getByText('Your current goal')).toBeTruthy();
    store.restart({ ...base, snapshot: null });
    await waitFor(() => expect(screen.queryByText('Your current goal')).toBeNull());
    expect(store.get()).toMatchObject({ account: null, plan: null, early: false });
  });

  it('keeps what the background has answered since', async () => {
    const fake = fakeClient({
      getTodaysPlan: () => ({ ok: true, value: { hasGoal: true, dailyTargetSeconds: 900 } }),
    });
    const { store } = renderPopup(fake, {}, 'en', 'presets');
    await screen.findByText('Your current goal');
    store.restart({ ...base, snapshot: card(false) });
    expect(store.get().plan).toMatchObject({ hasGoal: true, dailyTargetSeconds: 900 });
    expect(screen.getByText('Your current goal')).toBeTruthy();
  });
});
