// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TodaysPlan } from '@/utils/goals';
import { fakeClient, renderPopup, SIGNED_IN } from './fake-client';

// Today's region: the streak and its risk, "Read now" for time and page goals, and "Add
// reading". The popup runs on 1 March 2026 (fake-client.tsx).

afterEach(cleanup);

const TIME_GOAL: TodaysPlan = {
  hasGoal: true,
  goalId: 'goal-1',
  dailyTargetSeconds: 600,
  secondsRead: 0,
  progress: 0,
};
const ok = <T,>(value: T) => ({ ok: true as const, value });
const today = () => screen.findByRole('region', { name: 'Today' });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });

describe('the streak', () => {
  it('shows the streak, at risk while nothing is read today', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () => ok(TIME_GOAL),
        getToday: () => ok({ streakDays: 5, readToday: false, lastPosition: null }),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await waitFor(() => expect(region.textContent).toContain('5-day streak'));
    expect(region.querySelector('.at-risk')?.textContent).toContain('Nothing read today yet');
  });

  it('is not at risk once something was read today', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () => ok({ ...TIME_GOAL, secondsRead: 120, progress: 0.2 }),
        getToday: () => ok({ streakDays: 6, readToday: true, lastPosition: null }),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await waitFor(() => expect(region.textContent).toContain('6-day streak'));
    expect(region.querySelector('.at-risk')).toBeNull();
  });

  it('says nothing of a streak of no days', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () => ok(TIME_GOAL),
        getToday: () => ok({ streakDays: 0, readToday: false, lastPosition: null }),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await within(region).findByRole('button', { name: 'Add reading' });
    expect(region.textContent).not.toMatch(/streak/);
  });
});

describe('Read now', () => {
  it('opens the last reading position for a time goal', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () => ok(TIME_GOAL),
        getToday: () =>
          ok({ streakDays: 0, readToday: false, lastPosition: { surah: 3, ayah: 10 } }),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await waitFor(() =>
      expect(within(region).getByRole('link', { name: 'Read now' }).getAttribute('href')).toBe(
        'https://quran.com/3?startingVerse=10',
      ),
    );
  });

  it('opens the first range left for a range goal', async () => {
    renderPopup(
      fakeClient({
        getTodaysPlan: () =>
          ok({
            hasGoal: true,
            goalId: 'goal-2',
            dailyTargetRanges: ['2:11-2:30'],
            remainingDailyTargetRanges: ['2:21-2:30'],
            progress: 0.5,
          }),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    const links = within(region).getAllByRole('link', { name: 'Read now' });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['https://quran.com/2:21-2:30']);
  });
});

describe('Add reading', () => {
  async function open(handlers: Parameters<typeof fakeClient>[0] = {}) {
    const fake = fakeClient({ getTodaysPlan: () => ok(TIME_GOAL), ...handlers });
    renderPopup(fake, {}, 'en', 'presets');
    const region = await today();
    fireEvent.click(await within(region).findByRole('button', { name: 'Add reading' }));
    return fake;
  }

  it('saves a range read today: one logReading with the verses, the plan asked again', async () => {
    const fake = await open({
      logReading: () =>
        ok({ status: 'logged', date: '2026-03-01', seconds: 50, ranges: ['2:1-2:5'] }),
    });
    type('Read from', '2:1');
    type('Read to', '2:5');
    const plans = fake.sent('getTodaysPlan').length;
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Reading saved.'));
    expect(fake.sent('logReading')).toEqual([
      {
        reading: {
          mushafId: 4,
          ranges: [{ from: { surah: 2, ayah: 1 }, to: { surah: 2, ayah: 5 } }],
        },
      },
    ]);
    expect(screen.getByRole('status').textContent).toMatch(
      /Al-Baqarah 1–5.*(1 March 2026|March 1, 2026)/,
    );
    await waitFor(() => expect(fake.sent('getTodaysPlan').length).toBeGreaterThan(plans));
    // Saved: the form is closed.
    expect(screen.queryByRole('textbox', { name: 'Read from' })).toBeNull();
  });

  it('takes a whole surah chosen by name: Al-Mulk is 67:1 to 67:30', async () => {
    const fake = await open({
      logReading: () =>
        ok({ status: 'logged', date: '2026-03-01', seconds: 300, ranges: ['67:1-67:30'] }),
    });
    const form = screen
      .getByRole('button', { name: 'Save reading' })
      .closest('form') as HTMLElement;
    fireEvent.change(within(form).getByRole('combobox', { name: 'Surah' }), {
      target: { value: '67' },
    });
    expect(field('Read from').value).toBe('67:1');
    expect(field('Read to').value).toBe('67:30');
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    await waitFor(() => expect(fake.sent('logReading')).toHaveLength(1));
    expect(fake.sent('logReading')[0]).toEqual({
      reading: {
        mushafId: 4,
        ranges: [{ from: { surah: 67, ayah: 1 }, to: { surah: 67, ayah: 30 } }],
      },
    });
  });

  it('sends minutes as seconds, and an earlier date', async () => {
    const fake = await open({
      logReading: () => ok({ status: 'logged', date: '2026-02-27', seconds: 900, ranges: [] }),
    });
    type('Minutes read', '15');
    fireEvent.input(screen.getByLabelText('Date read'), { target: { value: '2026-02-27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    await waitFor(() => expect(fake.sent('logReading')).toHaveLength(1));
    expect(fake.sent('logReading')[0]).toEqual({
      reading: { mushafId: 4, ranges: [], seconds: 900, date: '2026-02-27' },
    });
  });

  it('says what is missing or wrong, and sends nothing', async () => {
    const fake = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    expect(await screen.findByText('Give the verses read or the minutes read.')).toBeTruthy();
    type('Read from', '1:1');
    type('Read to', '1:8');
    // Al-Fatihah has seven ayahs.
    expect(field('Read to').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(screen.getByLabelText('Date read'), { target: { value: '2026-03-02' } });
    expect(await screen.findByText('Choose today or an earlier day.')).toBeTruthy();
    expect(fake.sent('logReading')).toEqual([]);
  });

  it('keeps what was typed when saving fails, and says why', async () => {
    await open({
      logReading: () => ({
        ok: false,
        error: { kind: 'service_unavailable', message: 'The service is unavailable.', status: 503 },
      }),
    });
    type('Read from', '2:1');
    type('Read to', '2:5');
    fireEvent.click(screen.getByRole('button', { name: 'Save reading' }));
    const form = screen
      .getByRole('button', { name: 'Save reading' })
      .closest('form') as HTMLElement;
    await waitFor(() => expect(within(form).getByRole('alert').textContent).not.toBe(''));
    expect(field('Read from').value).toBe('2:1');
    expect(field('Read to').value).toBe('2:5');
  });
});

describe('scopes', () => {
  it('offers Allow access, not Add reading, to a token without the reading scopes', async () => {
    const fake = fakeClient({
      getAccountState: () =>
        ok({ ...SIGNED_IN, scopes: ['goal'], missingScopes: ['streak', 'activity_day'] }),
      getTodaysPlan: () => ok(TIME_GOAL),
    });
    renderPopup(fake, {}, 'en', 'presets');
    const region = await today();
    const allow = await within(region).findByRole('button', { name: 'Allow access' });
    expect(within(region).queryByRole('button', { name: 'Add reading' })).toBeNull();
    fireEvent.click(allow);
    await waitFor(() => expect(fake.sent('signIn')).toHaveLength(1));
  });

  it('hides what this client may not have, without asking again', async () => {
    renderPopup(
      fakeClient({
        getAccountState: () =>
          ok({ ...SIGNED_IN, scopes: ['goal'], unavailableScopes: ['streak', 'activity_day'] }),
        getTodaysPlan: () => ok(TIME_GOAL),
      }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await within(region).findByRole('link', { name: 'Read now' });
    expect(within(region).queryByRole('button', { name: 'Allow access' })).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Add reading' })).toBeNull();
  });
});

describe('days left', () => {
  /** Two pages a day over ten days, known here, made at noon UTC on `made`. */
  const known = (made: string) => ({
    getTodaysPlan: () => ok({ hasGoal: true, goalId: 'goal-3', dailyTargetPages: 2, progress: 0 }),
    getGoalDefinition: () =>
      ok({
        goal: {
          mushafId: 4 as const,
          body: {
            type: 'QURAN_PAGES' as const,
            amount: 20,
            category: 'QURAN' as const,
            duration: 10,
          },
        },
        savedAt: Date.parse(`${made}T12:00:00Z`),
      }),
  });

  it('counts the days left of a goal made here, today included', async () => {
    // Made on 25 February 2026, ten days: 25–28 February and 1–6 March. On 1 March, six are left.
    renderPopup(fakeClient(known('2026-02-25')), {}, 'en', 'presets');
    const region = await today();
    await waitFor(() =>
      expect(region.textContent).toMatch(
        /6 days left of this goal, until (March 6, 2026|6 March 2026)/,
      ),
    );
  });

  it('asks what was read since the goal’s first day, and says where the goal stands', async () => {
    // By 1 March, 8 of the 20 pages are due, 10 with today's: 11 read is ahead.
    const fake = fakeClient({
      ...known('2026-02-25'),
      getToday: ({ since }) =>
        ok({
          streakDays: null,
          readToday: true,
          lastPosition: null,
          read: since ? { since, seconds: 0, pages: 11, ranges: [] } : null,
        }),
    });
    renderPopup(fake, {}, 'en', 'presets');
    const region = await today();
    await waitFor(() => expect(region.textContent).toContain('You are ahead of this goal.'));
    expect(fake.sent('getToday')).toContainEqual({ since: '2026-02-25' });
  });

  it('says when the goal’s days have ended', async () => {
    // Made on 1 February 2026, ten days: the last was 10 February.
    renderPopup(fakeClient(known('2026-02-01')), {}, 'en', 'presets');
    const region = await today();
    await waitFor(() =>
      expect(region.textContent).toMatch(
        /This goal’s days ended on (February 10, 2026|10 February 2026)/,
      ),
    );
  });

  it('says nothing of days for a goal not known here', async () => {
    renderPopup(
      fakeClient({ getTodaysPlan: known('2026-02-25').getTodaysPlan }),
      {},
      'en',
      'presets',
    );
    const region = await today();
    await within(region).findByRole('button', { name: 'Add reading' });
    expect(region.textContent).not.toMatch(/days left|ended/);
  });
});
