// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, OptionsStoreContext } from '@/entrypoints/options/App';
import type { OptionsClient } from '@/entrypoints/options/options-client';
import { RemindersSection } from '@/entrypoints/options/RemindersSection';
import { createOptionsStore } from '@/entrypoints/options/store';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage';
import { English } from './english';

// The options page's daily reminder: off by default; turning it on asks for the notifications
// permission from the click itself, and a refusal keeps it off with the reason shown.

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

function renderSection(settings: Settings = DEFAULT_SETTINGS, ask?: () => Promise<boolean>) {
  const onChange = vi.fn();
  render(<RemindersSection settings={settings} onChange={onChange} askPermission={ask} />, {
    wrapper: English,
  });
  return { onChange };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('RemindersSection', () => {
  it('is off by default, at 20:00, every day, the weekdays grouped under a legend', () => {
    renderSection();
    expect(box('Daily reminder').checked).toBe(false);
    expect((screen.getByLabelText('Reminder time') as HTMLInputElement).value).toBe('20:00');
    const group = screen.getByRole('group', { name: 'Remind me on' });
    const days = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(days.map((day) => day.labels?.[0]?.textContent)).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(days.every((day) => day.checked)).toBe(true);
  });

  it('asks for the permission in the click itself, and turns on once it is granted', async () => {
    let grant: (granted: boolean) => void = () => {};
    const ask = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          grant = resolve;
        }),
    );
    const { onChange } = renderSection(DEFAULT_SETTINGS, ask);
    fireEvent.click(box('Daily reminder'));
    // Asked synchronously, within the user gesture.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    grant(true);
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({
        reminder: { on: true, time: '20:00', days: ALL_DAYS },
      }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays off and says why when notifications are refused', async () => {
    const { onChange } = renderSection(DEFAULT_SETTINGS, async () => false);
    fireEvent.click(box('Daily reminder'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Notifications were not allowed, so the reminder stays off/);
    expect(box('Daily reminder').checked).toBe(false);
    expect(box('Daily reminder').getAttribute('aria-describedby')).toContain(alert.id);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stays off too when the browser cannot ask', async () => {
    const { onChange } = renderSection(DEFAULT_SETTINGS, async () => {
      throw new Error('No permissions API');
    });
    fireEvent.click(box('Daily reminder'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/stays off/);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('asks the browser for the notifications permission by default', async () => {
    const request = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { request });
    renderSection();
    fireEvent.click(box('Daily reminder'));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await screen.findByRole('alert');
  });

  it('turns off without asking, and saves the time and the weekdays', () => {
    const ask = vi.fn(async () => true);
    const on = { ...DEFAULT_SETTINGS, reminder: { on: true, time: '20:00', days: ALL_DAYS } };
    const { onChange } = renderSection(on, ask);
    fireEvent.click(box('Daily reminder'));
    expect(ask).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenLastCalledWith({
      reminder: { on: false, time: '20:00', days: ALL_DAYS },
    });
    fireEvent.change(screen.getByLabelText('Reminder time'), { target: { value: '06:45' } });
    expect(onChange).toHaveBeenLastCalledWith({
      reminder: { on: true, time: '06:45', days: ALL_DAYS },
    });
    fireEvent.click(box('Sunday'));
    expect(onChange).toHaveBeenLastCalledWith({
      reminder: { on: true, time: '20:00', days: [1, 2, 3, 4, 5, 6] },
    });
  });

  it('adds a weekday back in order', () => {
    const some = { ...DEFAULT_SETTINGS, reminder: { on: true, time: '20:00', days: [1, 5] } };
    const { onChange } = renderSection(some);
    expect(box('Wednesday').checked).toBe(false);
    fireEvent.click(box('Wednesday'));
    expect(onChange).toHaveBeenLastCalledWith({
      reminder: { on: true, time: '20:00', days: [1, 3, 5] },
    });
  });
});

describe('the options page', () => {
  it('shows the reminders and saves a change to the settings', async () => {
    const saved: Settings[] = [];
    const client: OptionsClient = {
      loadSettings: async () => DEFAULT_SETTINGS,
      saveSettings: async (settings) => {
        saved.push(settings);
      },
      send: (async () => ({
        ok: true,
        value: { signedIn: false, environment: ENVIRONMENT_DEFAULTS.production, scopes: [] },
      })) as OptionsClient['send'],
      onAccountState: () => () => {},
      copy: async () => undefined,
      build: ENVIRONMENT_DEFAULTS.production,
      automaticTimeZone: 'Asia/Karachi',
    };
    Object.assign(fakeBrowser.permissions, { request: async () => true });
    const store = createOptionsStore(client);
    render(
      <OptionsStoreContext.Provider value={store}>
        <App />
      </OptionsStoreContext.Provider>,
      { wrapper: English },
    );
    await store.start();
    await screen.findByRole('heading', { name: 'Reminders' });
    fireEvent.click(box('Daily reminder'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(saved.at(-1)?.reminder).toEqual({ on: true, time: '20:00', days: ALL_DAYS });
    expect(box('Daily reminder').checked).toBe(true);
  });
});
